import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // CommonJS by necessity: Jest loads its global setup and teardown untransformed.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // An array spread into a call passes each element as an argument, and overflows the stack at
    // about 100,000 of them (Math.min(...spans) did at 160,000 figures). Reduce, or loop.
    files: ['**/*.ts', '**/*.tsx'],
    // The chart code is being rewritten to build its model in linear time; it comes off this list then.
    ignores: ['lib/figures/chart-data.ts', 'lib/figures/explorer-series.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Math'] > SpreadElement",
          message: 'Do not spread an array into Math.min or Math.max: it overflows the stack for long arrays. Use reduce.',
        },
        {
          selector: "CallExpression[callee.property.name=/^(push|unshift|splice|fromCharCode|fromCodePoint)$/] > SpreadElement",
          message: 'Do not spread an array into a call: it overflows the stack for long arrays. Use a loop, or concat.',
        },
      ],
    },
  },
  globalIgnores(['.next/**', 'generated/**', '.data/**', 'coverage/**', 'next-env.d.ts']),
]);
