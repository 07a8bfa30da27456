// Run with `eslint --config .config/eslint.config.js` (npm run lint).
import tseslint from 'typescript-eslint';
import layering from './eslint/layering.js';

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', 'tests/artifacts/**', '**/*.d.ts'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    plugins: { layering },
    rules: {
      'layering/imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The rules have no clock and no environment: "today" is a fact.
    files: ['rules/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'rules/ reads no clock: dates are ISO strings and "today" is a fact.' },
        { name: 'process', message: 'rules/ does not read its environment.' },
        { name: 'fetch', message: 'rules/ does no I/O.' },
        { name: 'performance', message: 'rules/ reads no clock.' },
        { name: 'setTimeout', message: 'rules/ reads no clock.' },
      ],
      // Nor the machine's locale: every formatted figure names its language.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/][arguments.length=0]',
          message: "rules/ does not use the machine's default locale: name it ('fr-FR').",
        },
        {
          selector: "NewExpression[callee.object.name='Intl'][arguments.length=0]",
          message: "rules/ does not use the machine's default locale: name it ('fr-FR').",
        },
        {
          selector: "CallExpression[callee.object.name='Intl'][arguments.length=0]",
          message: "rules/ does not use the machine's default locale: name it ('fr-FR').",
        },
      ],
    },
  },
);
