import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';


/**
 * The architecture's "never" rules (STYLE.md; model: bitwarden/clients' restricted import zones):
 * one `no-restricted-imports` entry per boundary, each with its own message. Regexes, because
 * imports are written both as `@/runtime/x` and as `../../runtime/x.ts`.
 */
const boundary = (regex, message) => ({ regex, message });
const NO_APP_LAYERS_IN_LIB = boundary(
  '(^|/)(entrypoints|runtime|components)(/|$)|^[@~]/(entrypoints|runtime|components)',
  'lib/ is pure: it imports no entrypoints/, runtime/ or components/ (pass what it needs in).',
);
const NO_REACT_IN_LIB = boundary('^(react|react-dom)(/|$)|^@tanstack/', 'lib/ knows no React: views live in components/ and entrypoints/.');
const NO_BROWSER_API = boundary('^(wxt|@wxt-dev|webextension-polyfill)(/|$)', 'No browser API here: entrypoints/ and runtime/ talk to the browser.');
const NO_DB = boundary('(^|/)db(/|$)|^[@~]/lib/db', 'lib/analysis, lib/surge and lib/alerts know no storage: lib/db imports them (the alert engine takes an AlertStore), never the other way.');
const NO_DB_IN_COMPONENTS = boundary('(^|/)lib/db(/|$)', 'components/ are presentational: data comes in as props (move view types next to the lib code that computes them).');
const NO_RUNTIME_IN_COMPONENTS = boundary('(^|/)runtime(/|$)|^[@~]/runtime', 'components/ import no runtime/: the view (entrypoints/) wires data in.');
const NO_ANALYSIS_IN_PLATFORMS = boundary('(^|/)analysis(/|$)|^[@~]/lib/analysis', 'lib/platforms extracts, it does not analyse: the pipeline joins the two.');

const restrict = (...patterns) => ['error', { patterns }];
const browserGlobals = (where) =>
  ['document', 'window', 'chrome', 'browser', 'navigator', 'location', 'localStorage'].map((name) => ({
    name,
    message: `${where}: pass ${name} in as an argument (STYLE.md habit 1).`,
  }));

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'stats.html', '.demo-output/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  { files: ['lib/**/*.ts'], rules: { 'no-restricted-imports': restrict(NO_APP_LAYERS_IN_LIB, NO_REACT_IN_LIB, NO_BROWSER_API) } },
  { files: ['lib/analysis/**/*.ts', 'lib/surge/**/*.ts', 'lib/alerts/**/*.ts'], rules: { 'no-restricted-imports': restrict(NO_APP_LAYERS_IN_LIB, NO_REACT_IN_LIB, NO_BROWSER_API, NO_DB) } },
  { files: ['lib/platforms/**/*.ts'], rules: { 'no-restricted-imports': restrict(NO_APP_LAYERS_IN_LIB, NO_REACT_IN_LIB, NO_BROWSER_API, NO_ANALYSIS_IN_PLATFORMS) } },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(NO_DB_IN_COMPONENTS, NO_RUNTIME_IN_COMPONENTS, NO_BROWSER_API),
      'no-restricted-globals': ['error', ...browserGlobals('components/ are presentational').filter((g) => g.name === 'chrome' || g.name === 'browser')],
    },
  },
  {
    // `Date.now()` / `new Date()` with no argument read the clock: lib takes time as a parameter.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals('lib/ is pure')],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'lib/ takes `now` as a parameter.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'lib/ takes `now` as a parameter.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'lib/ takes randomness as a parameter.' },
      ],
    },
  },
);
