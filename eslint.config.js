import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const browserGlobalsInLib = ['document', 'window', 'chrome', 'browser', 'navigator', 'location', 'localStorage'].map(
  (name) => ({ name, message: `lib/ is pure: pass ${name} in as an argument (STYLE.md habit 1).` }),
);

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'stats.html', '.demo-output/**'] },
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
  {
    // `Date.now()` / `new Date()` with no argument read the clock: lib takes time as a parameter.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobalsInLib],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'lib/ takes `now` as a parameter.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'lib/ takes `now` as a parameter.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'lib/ takes randomness as a parameter.' },
      ],
    },
  },
);
