// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layeringMessage =
  'src/engine, src/python and src/worker must stay free of React, d3, zustand, CodeMirror and the ' +
  'DOM so they run unchanged in Node (tests, CLI, benchmarks), in a Web Worker and in the page. See ' +
  '/work/shared/design/architecture.md: put view code in src/render or src/ui instead.';

const unusedVarsOptions = {
  args: 'after-used',
  argsIgnorePattern: '^_',
  varsIgnorePattern: '^_',
  caughtErrorsIgnorePattern: '^_',
  destructuredArrayIgnorePattern: '^_',
  ignoreRestSiblings: true,
};

export default defineConfig([
  globalIgnores([
    'dist/',
    'dist-single/',
    'dist-cli/',
    'node_modules/',
    'playwright-report/',
    'test-results/',
    'conformance/expected/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: {
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': ['error', unusedVarsOptions],
    },
  },

  // Node-side code: scripts, the CLI entry point, config files, e2e specs, conformance runner.
  {
    files: [
      'scripts/**',
      'bin/**',
      'e2e/**',
      'conformance/**',
      '*.config.{js,mjs,cjs,ts}',
      'src/cli/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },

  // Browser-side code (the app, and the example deck).
  {
    files: ['src/**/*.{ts,tsx}', 'deck/**/*.ts'],
    ignores: ['src/cli/**'],
    languageOptions: { globals: { ...globals.browser } },
  },

  // React hooks rules for the React layer.
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },

  // Layering: render/ is d3 only (no React) and takes only types from the layers below it, so a
  // canvas can be driven by any caller (React, a test, a lesson player).
  {
    files: ['src/render/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'src/render holds d3 factories; React lives in src/ui.' },
            { name: 'react-dom', message: 'src/render holds d3 factories; React lives in src/ui.' },
            { name: 'zustand', message: 'src/render receives state; it does not read the store.' },
          ],
          patterns: [
            {
              group: [
                '../engine',
                '../engine/*',
                '../python',
                '../python/*',
                '../store',
                '../store/*',
              ],
              allowTypeImports: true,
              message:
                'src/render may import only types from engine/, python/ and store/ (see architecture.md).',
            },
            { group: ['../ui', '../ui/*'], message: 'src/render must not import src/ui.' },
          ],
        },
      ],
    },
  },

  // Layering: engine/, python/ and worker/ (the interpreter's thread) import nothing of the view,
  // and touch no DOM; worker/ does not reach up into the store either.
  {
    files: ['src/engine/**', 'src/python/**', 'src/worker/**'],
    // A test may put layers together to check them together (the collector's captions after
    // condensing, say); the code it tests may not.
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: layeringMessage },
            { name: 'react-dom', message: layeringMessage },
            { name: 'zustand', message: layeringMessage },
            { name: 'codemirror', message: layeringMessage },
          ],
          patterns: [
            {
              group: ['react/*', 'react-dom/*', 'zustand/*', 'd3-*', 'd3', '@codemirror/*'],
              message: layeringMessage,
            },
            {
              group: ['../store', '../store/*', '../ui', '../ui/*', '../render', '../render/*'],
              message: layeringMessage,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: layeringMessage },
        { name: 'document', message: layeringMessage },
        { name: 'navigator', message: layeringMessage },
        { name: 'localStorage', message: layeringMessage },
      ],
    },
  },

  // The engine (the simulated heap and its collector) is the bottom tier: it imports nothing of
  // the interpreter, the worker or the app.
  {
    files: ['src/engine/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', '!../engine', '!../engine/*'],
              message: 'src/engine imports nothing outside src/engine (it is the bottom tier).',
            },
          ],
        },
      ],
    },
  },

  // The compiler is cut in two: lowering (compile/) makes the plain-data program of ir/, and a
  // backend (closures/, or one emitting JavaScript source) decides how it runs. Neither the
  // lowering nor the IR may reach into how code is run.
  {
    files: ['src/python/compile/**', 'src/python/ir/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../closures', '../closures/*', '../compile/*', './compile/*'],
              message:
                'compile/ lowers to ir/ and ir/ is data: neither imports a backend (closures/), and ir/ does not import the lowering.',
            },
            {
              group: ['../frame'],
              allowTypeImports: true,
              message:
                "The lowering describes code as ir/ nodes; frames, closures and signals are the backend's (closures/).",
            },
          ],
        },
      ],
    },
  },

  // No runtime import cycles in the app's code: each tier imports only the tiers below it (a cycle
  // makes a module's exports undefined while the other one loads). Type-only imports are free.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
]);
