/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets component tests render .astro files through the container API.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
    // The chart stylesheet is read as text by the image downloads (src/lib/chart-image.ts).
    css: { include: [/charts\.css/] },
  },
});
