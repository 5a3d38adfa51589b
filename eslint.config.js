import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ (README "Layers"): each folder may import only the folders it builds on.
 * `ui` and `cloud` are leaves over `lib`; the simulated cloud is reached over fetch, never imported,
 * except by the emulator, which starts it. Tests may import anything.
 */
const LAYERS = {
  lib: [],
  ui: ['lib'],
  device: ['lib'],
  cloud: ['lib'],
  api: ['lib', 'device'],
  backup: ['lib', 'device', 'api'],
  screens: ['lib', 'ui', 'device', 'api', 'backup'],
  app: ['lib', 'ui', 'device', 'api', 'backup', 'screens'],
  emulator: ['lib', 'ui', 'device', 'api', 'backup', 'screens', 'app', 'cloud'],
};
const layerRules = Object.entries(LAYERS).map(([layer, allowed]) => {
  const forbidden = Object.keys(LAYERS).filter((other) => other !== layer && !allowed.includes(other));
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./)+(${forbidden.join('|')})/`,
              message: `${layer} may import only ${['itself', ...allowed].join(', ')} (the layers in eslint.config.js).`,
            },
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-bench',
      '.shots-backup',
      '*.local.config.ts',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      'node_modules',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layerRules,
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
  },
);
