// ESLint: JavaScript's and TypeScript's recommended rules, and Astro's for .astro files.
// `npm run lint` runs it; `npm run check` runs it with the content check and Prettier.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['.bench/', 'dist/', 'dist-*/', '*.building/', '*.previous/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'schemas/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused arguments named with a leading underscore are deliberate (callbacks' positions).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
