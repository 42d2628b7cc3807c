import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'storybook-static/', '.tmp/'] },
  js.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['demo/public/**/*.js', 'scripts/bench/browser/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommended],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    rules: {
      'lit/no-invalid-html': 'error',
      'wc/guard-super-call': 'off',
    },
  },
  // Layers point one way: api → state → elements (docs/architecture.md). utils and api stand on
  // nothing of ours; state, routing and i18n never reach up into the elements.
  {
    files: ['src/utils/**/*.ts', 'src/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/state/*',
                '**/elements/*',
                '**/routing/*',
                '**/i18n/*',
                '**/context.js',
                '**/events.js',
              ],
              message:
                'src/api and src/utils are the bottom layer: they import nothing above them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/**/*.ts', 'src/routing/**/*.ts', 'src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/elements/*'],
              message:
                'Layers point one way (api → state → elements): nothing below src/elements imports it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@open-wc/testing',
              importNames: ['waitUntil'],
              message:
                'Use test/helpers/wait-until.js: a 5 s limit for a loaded CI machine, and no timer left behind.',
            },
          ],
        },
      ],
      // @open-wc/semantic-dom-diff types chai's `equal` as returning a Promise (for its DOM diff
      // overload), so every `expect(x).to.equal(y)` would count as a floating promise.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: 'chai' }] },
      ],
    },
  },
);
