// Draws the social cards of every published topic into the card cache (node_modules/.cache/social-cards),
// from the content files alone. `npm run build` starts it once the content check has passed, beside
// Astro, which spends that time bundling on one core: the build then finds its cards drawn. Nothing
// depends on it finishing; a card it did not draw is drawn by the build itself.
import './typescript-hooks.mjs';

const { drawCardsAhead } = await import('../src/lib/cards-ahead.ts');
const started = performance.now();
const count = await drawCardsAhead(process.env.CONTENT_DIR ?? 'content');
console.log(`Social cards drawn ahead: ${count} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
