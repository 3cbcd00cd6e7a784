// Lint rules, including the layering: core and cards never touch Apps Script, Node or outer layers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const appsScriptGlobals = [
  'GmailApp', 'CardService', 'SpreadsheetApp', 'PropertiesService', 'LockService', 'CacheService',
  'ScriptApp', 'Session', 'Utilities', 'UrlFetchApp', 'DriveApp', 'Sheets', 'Logger', 'MailApp',
].map((name) => ({ name, message: 'Apps Script globals belong in src/gas/ only.' }));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'artifacts/', 'coverage/', 'preview-data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['src/core/**/*.ts', 'src/cards/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...appsScriptGlobals, 'process', 'require', 'Buffer', 'window', 'document'],
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'core and cards are pure: no Node APIs.' },
          { group: ['**/gas/**', '**/cli/**', '**/local/**', '**/preview/**', '**/main'], message: 'core and cards import nothing from outer layers.' },
        ],
      }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'core is pure: no Node APIs.' },
          { group: ['**/cards/**', '**/gas/**', '**/cli/**', '**/local/**', '**/preview/**', '**/main'], message: 'core imports nothing outside core.' },
        ],
      }],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/local/**/*.ts', 'src/preview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/gas/**', '**/main'], message: 'local hosts run the built bundle, never the gas sources.' }],
      }],
    },
  },
);
