import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Modules core/ must never import: it is the pure engine shared by every runtime. */
const RUNTIME_MODULES = [
  'electron',
  'react',
  'react-dom',
  'react-dom/*',
  'leaflet',
  'zustand',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'crypto',
  'node:*',
  'url',
  'util',
  'stream',
];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'data/basemap/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='ipcRenderer']",
          message: 'Use the typed HostApi (electron/preload) instead of raw ipcRenderer.',
        },
      ],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: RUNTIME_MODULES,
              message: 'core/ is pure: no DOM, Node, Electron, React or Leaflet imports. Pass data in instead.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'core/ is pure: no DOM.' },
        { name: 'document', message: 'core/ is pure: no DOM.' },
        { name: 'process', message: 'core/ is pure: no Node.' },
        { name: 'require', message: 'core/ is pure: no Node.' },
        { name: 'localStorage', message: 'core/ is pure: no DOM.' },
        { name: 'fetch', message: 'core/ is pure: pass bytes in.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'fs', 'path', 'node:*', '../electron/*', '../../electron/*'],
              message: 'The renderer reaches the OS only through HostApi.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'node/**/*.ts',
      'cli/**/*.{ts,mjs}',
      'scripts/**/*.mjs',
      'test/**/*.ts',
      '*.config.{ts,js,cjs}',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // node/ is plain Node shared by electron/ and cli/; neither shell reaches into the other.
    files: ['node/**/*.ts', 'cli/**/*.{ts,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', '**/electron/*', '**/renderer/*'],
              message: 'node/ and cli/ use core/ and node/ only: no Electron, no renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only the IPC wrapper (electron/main/ipc.ts) and the preload may touch raw IPC objects.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc.ts', 'electron/preload/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='ipcMain']",
          message: 'Register handlers through electron/main/ipc.ts (sender check + argument validation).',
        },
        {
          selector: "MemberExpression[object.name='ipcRenderer']",
          message: 'Only electron/preload may use ipcRenderer.',
        },
      ],
    },
  },
  {
    // The preload is the one module that bridges ipcRenderer to the typed HostApi.
    files: ['electron/preload/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
