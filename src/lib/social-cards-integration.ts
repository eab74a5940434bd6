import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildShared } from './build-shared';
import { placeFiles } from './output-files';

/**
 * Writes each topic's social card to `topics/<slug>/card.png` once the pages are built. The cards
 * were started when the build first read the content (src/lib/topic-card.ts) and drawn on a worker
 * thread meanwhile; whatever is still drawing is awaited here. A card that failed fails the build.
 * In the preview the same address is served by src/pages/topics/[slug]/card.png.ts.
 */
export function socialCards(): AstroIntegration {
  return {
    name: 'social-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const cards = buildShared('cards', () => new Map<string, Promise<string>>());
        const root = fileURLToPath(dir);
        const files = await Promise.all([...cards].map(async ([slug, file]) => [await file, [join(root, 'topics', slug, 'card.png')]] as [string, string[]]));
        await placeFiles(files);
        logger.info(`Social cards: wrote ${cards.size}`);
        cards.clear();
      },
    },
  };
}
