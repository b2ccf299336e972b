// ESLint 9 flat config: typescript-eslint's type-aware recommended rules for everything we write.
// `npm run lint` runs it with --max-warnings 0, so a warning fails like an error.
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'

export default defineConfig(
  {
    // Generated files are checked against their generators (check:types, check:migrations), not linted.
    ignores: [
      'src/payload-types.ts',
      'src/app/(payload)/**',
      'src/migrations/**',
      '.next/**',
      'dist/**',
      'node_modules/**',
      'data/**',
      'bench/results/**',
      'test-results/**',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Plain JavaScript (config files, build and check scripts) is outside tsconfig: lint it without types.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    // The Node globals our scripts use (TypeScript files get theirs from @types/node).
    languageOptions: {
      globals: {
        AbortController: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        clearTimeout: 'readonly',
        console: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        process: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
)
