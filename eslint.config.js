// @ts-check
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** @param {string[]} types */
const allowTo = (types) => ({ to: { element: { types: { anyOf: types } } } });

const SERVER_SIDE = ['server', 'server-platform', 'server-db', 'shared', 'server-test'];
/** @param {string[]} platformMayUse */
const policies = (platformMayUse) => [
  { from: { element: { type: 'shared' } }, allow: allowTo(['shared']) },
  { from: { element: { type: 'web' } }, allow: allowTo(['web', 'shared']) },
  // platform is cross-cutting: it knows no module (the schema aggregate excepted, for typed queries)
  { from: { element: { type: 'server-platform' } }, allow: allowTo(platformMayUse) },
  { from: { element: { type: 'server-db' } }, allow: allowTo(['server', 'server-platform', 'shared']) },
  { from: { element: { type: 'server' } }, allow: allowTo(SERVER_SIDE) },
  { from: { element: { type: 'server-test' } }, allow: allowTo(SERVER_SIDE) },
  { from: { element: { type: 'tooling' } }, allow: allowTo([...SERVER_SIDE, 'tooling']) },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'coverage/**', 'test-results/**', 'server/db/migrations/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'postcss.config.cjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Import direction between runtimes (DESIGN.md "Rules of the house")
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        { type: 'shared', pattern: 'shared/**' },
        { type: 'web', pattern: 'web/**' },
        { type: 'server-test', pattern: 'server/test/**' },
        { type: 'server-platform', pattern: 'server/platform/**' },
        { type: 'server-db', pattern: 'server/db/**' },
        { type: 'server', pattern: 'server/**' },
        { type: 'tooling', pattern: '(scripts|bench|e2e)/**' },
      ],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: policies(['server-platform', 'server-db', 'shared', 'server-test']) }],
    },
  },
  {
    // tests of platform pieces may build their fixtures with modules (the demo university, say)
    files: ['server/platform/**/*.test.ts'],
    rules: { 'boundaries/dependencies': ['error', { default: 'disallow', policies: policies(SERVER_SIDE) }] },
  },
  {
    // A module reaches another only through its index.ts (tables may reference tables for foreign keys).
    files: ['server/modules/**/*.ts'],
    ignores: ['server/modules/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./(?!\\.\\.)[^/]+/(?!index\\.ts$)(?![^/]+\\.tables\\.ts$)[^/]+$', message: 'Import another module only through its index.ts.' },
          ],
        },
      ],
    },
  },
  {
    // Only repositories (and table definitions) talk to Drizzle inside a module.
    files: ['server/modules/**/*.ts'],
    ignores: ['server/modules/**/*.repository.ts', 'server/modules/**/*.tables.ts', 'server/modules/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'drizzle-orm', message: 'Only *.repository.ts files query the database.' }],
          patterns: [
            { group: ['drizzle-orm/*'], message: 'Only *.repository.ts files query the database.' },
            { regex: '^\\.\\./(?!\\.\\.)[^/]+/(?!index\\.ts$)(?![^/]+\\.tables\\.ts$)[^/]+$', message: 'Import another module only through its index.ts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/rules/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Rules take `now` as a parameter.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Rules take `now` as a parameter.' },
      ],
    },
  },
  {
    files: ['web/**/*.tsx', 'web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'server/test/**', 'e2e/**', 'bench/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
