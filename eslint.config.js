// Lint: the rules that keep page text out of HTML sinks and code strings out of eval, and the
// rule that keeps lib/ a pure core (team rule 1). tests/unit/eslint-rules.test.ts plants each
// forbidden construct and expects an error, so weakening a rule here fails the unit suite.
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** What lib/ must not reach: the page, the extension APIs and the Web Crypto of whatever context runs it. */
export const IMPURE_GLOBALS = ['document', 'window', 'browser', 'chrome', 'navigator', 'crypto'];
const IMPURE_MODULES = ['wxt/browser', '#imports', 'webextension-polyfill'];

const impureGlobals = IMPURE_GLOBALS.map((name) => ({
  name, message: 'lib/ is the pure core: take what you need as a parameter, and reach the browser in entrypoints/.',
}));
// The same names through globalThis/self, so `globalThis.navigator` cannot walk around the rule.
const impureGlobalProperties = ['globalThis', 'self'].flatMap((object) =>
  IMPURE_GLOBALS.map((property) => ({ object, property, message: 'lib/ is the pure core: no browser globals.' })),
);
const impureImports = (withDexie) => ({
  paths: [
    ...IMPURE_MODULES.map((name) => ({ name, message: 'lib/ is the pure core: extension APIs belong in entrypoints/.' })),
    ...(withDexie ? ['dexie', 'dexie-react-hooks'] : []).map((name) => ({
      name, message: 'The database lives in lib/db/ only (team rule 7).',
    })),
  ],
  patterns: [{ group: ['wxt/*', '!wxt/browser'], message: 'lib/ is the pure core: WXT runtime modules belong in entrypoints/.' }],
});

// HTML sinks written out even for literals: the UI is built with textContent and React text.
const htmlSinks = [
  ...['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((property) => ({
    property, message: 'Build DOM with textContent / createElement; page text must never become HTML.',
  })),
  ...['write', 'writeln'].map((property) => ({ object: 'document', property, message: 'No document.write.' })),
];


export default defineConfig(
  { ignores: ['dist/**', '.output/**', '.wxt/**', 'node_modules/**', 'docs/**', 'tests/fixtures/**', 'tests/pages/*.html'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'no-unsanitized': noUnsanitized },
    // TypeScript checks names; these are declared only so no-implied-eval can see timer calls.
    languageOptions: {
      globals: Object.fromEntries(['setTimeout', 'setInterval', 'execScript', 'window', 'self', 'globalThis'].map((g) => [g, 'readonly'])),
    },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-properties': ['error', ...htmlSinks],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: render text.' },
        { selector: "Property[key.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: render text.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      // Chinese text is full of ideographic spaces (U+3000): they are content in strings, templates and patterns.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.tsx', 'components/**/*.ts', 'entrypoints/popup/**', 'entrypoints/dashboard/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-properties': ['error', ...htmlSinks, ...impureGlobalProperties],
      'no-restricted-imports': ['error', impureImports(true)],
    },
  },
  {
    files: ['lib/db/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', impureImports(false)] },
  },
);
