// Lint is where the layout rules of ARCHITECTURE.md are enforced: the folder a file
// sits in says where it runs, and an import that breaks that is an error, not a review note.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeOrNative = [
  { group: ['node:*'], message: 'renderer/ and shared/ run in the browser: no Node modules.' },
  { group: ['electron', 'electron/*'], message: 'renderer/ and shared/ must not import Electron.' },
  {
    group: ['better-sqlite3', 'serialport', '@serialport/*', 'usb', 'node-thermal-printer', 'ws', 'kysely'],
    message: 'renderer/ and shared/ must not import a native or main-process module.',
  },
];
const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'net', 'http', 'child_process', 'worker_threads', 'stream', 'url', 'util', 'events', 'buffer'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { paths: nodeBuiltins, patterns: nodeOrNative }],
    },
  },
  {
    files: ['renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The shell's decisions (origins, CSP, launch options, startup errors) are pure so
    // they are unit-tested in Node; only the two modules that apply them touch Electron.
    files: ['electron/shell/**/*.ts'],
    ignores: ['electron/shell/app-protocol.ts', 'electron/shell/security.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'A pure electron/shell module: apply it in app-protocol.ts or security.ts instead.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'electron/core runs in plain Node: never import Electron.' },
          ],
        },
      ],
    },
  },
);
