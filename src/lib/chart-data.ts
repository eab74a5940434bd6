/** The chart ids an MDX body places with `<Chart id="..." />`. */
export function placedChartIds(body: string): string[] {
  return [...body.matchAll(/<Chart\s+[^>]*\bid=["']([^"']+)["']/g)].map((match) => match[1] ?? '');
}
