// Lint rules, including the process boundaries: shared code imports nothing app-specific, the
// renderer never imports Electron or Node, the preload only Electron and shared code.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeBuiltins = { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto'], message: 'Node built-ins are not available here.' }
const electron = { name: 'electron', message: 'Only the main process and the preload may import Electron.' }
const liveQuery = {
  name: 'dexie-react-hooks',
  message: "Read through db/useLiveQuery: Dexie's own drops a failed read without a word, and the screen waits forever."
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'tools/**', 'test-results/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', { paths: [electron, liveQuery], patterns: [nodeBuiltins] }]
    }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron, { name: 'react', message: 'Shared code is UI-free.' }, { name: 'dexie', message: 'Shared code is storage-free.' }],
          patterns: [nodeBuiltins, { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'Shared code imports no process code.' }]
        }
      ]
    }
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [nodeBuiltins, { group: ['**/main/**', '**/renderer/**'], message: 'The preload imports only electron and shared code.' }] }
      ]
    }
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**', '**/preload/**'], message: 'Main does not import renderer or preload code.' }] }]
    }
  }
)
