// How much `npm run audit` slows the processor for Lighthouse's phone, from how fast this machine is.
//
// Lighthouse's mobile preset slows the processor 4×, which is right for a fast desktop (its
// `benchmarkIndex` about 1,500): a quarter of that is the mid-range phone the preset stands for.
// On a slower machine 4× stands for a slower phone than that, and Lighthouse's guide says to
// calibrate (docs/throttling.md, "Calibrating the CPU slowdown"). This is the calculator that
// guide links to (lighthouse-cpu-throttling-calculator, by one of Lighthouse's maintainers), which
// maps a host's benchmark index to the multiplier that reaches the same phone:
// 2,000 → 6×, 1,533 → 4×, 1,300 → 3×, 800 → 2×, 150 → 1×, straight lines between.

/** The CPU slowdown that makes a host of this Lighthouse `benchmarkIndex` stand for the preset's phone. */
export function cpuSlowdownFor(benchmarkIndex) {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0)
    throw new Error(`Lighthouse measured no benchmark index for this machine (got ${benchmarkIndex}).`);
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  return Math.max(1, 1 + (benchmarkIndex - 150) / 650);
}
