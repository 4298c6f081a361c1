import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    // The two sides meet only in shared/.
    files: ['client/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/**', 'kysely', 'hono', 'hono/*'], message: 'client/ must not import server code.' }] }] },
  },
  {
    files: ['server/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/client/**', 'preact', 'preact/*', 'dexie'], message: 'server/ must not import client code.' }] }] },
  },
  {
    // Cross-cutting middleware (sessions, roles, cookies) lives in server/http/, so no feature depends on another for it.
    files: ['server/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/client/**', 'preact', 'preact/*', 'dexie'], message: 'server/ must not import client code.' },
            { group: ['../*/*.middleware', '../*/*.middleware.ts'], message: "Another feature's middleware: use server/http/ (access.ts, session-cookies.ts)." },
          ],
        },
      ],
    },
  },
  {
    // Pure domain code: no I/O and no hidden clock.
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/**', '**/client/**', 'node:*'], message: 'shared/ stays pure.' }] }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Pass the clock in.' }],
    },
  },
  {
    // Config files and test global setups are loaded by tools that expect a default export.
    files: ['*.config.ts', '*.config.js', 'tests/global-setup.ts', 'tests/e2e/build-client.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
