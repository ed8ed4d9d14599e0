/**
 * npm package names from module specifiers, Node's built-in modules, and packages that belong in
 * devDependencies. Data and small pure helpers.
 */
import { builtinModules } from 'node:module';
import { isNpmPackageName } from './untrusted.js';

const BUILTINS: ReadonlySet<string> = new Set(builtinModules.map((m) => m.replace(/^node:/, '').split('/')[0] ?? m));

/** Tools that only tests, linting or building use. Prefixes end with `*`. */
const DEV_TOOLS = [
  '@babel/*',
  '@commitlint/*',
  '@playwright/test',
  '@testing-library/*',
  '@types/*',
  '@typescript-eslint/*',
  '@vitejs/*',
  '@vitest/*',
  'ava',
  'babel-*',
  'c8',
  'chai',
  'chai-*',
  'concurrently',
  'cross-env',
  'cypress',
  'esbuild',
  'eslint',
  'eslint-*',
  'husky',
  'jasmine',
  'jest',
  'jest-*',
  'karma',
  'karma-*',
  'lint-staged',
  'mocha',
  'nock',
  'nodemon',
  'nyc',
  'playwright',
  'prettier',
  'rimraf',
  'rollup',
  'rollup-plugin-*',
  'sinon',
  'supertest',
  'ts-jest',
  'ts-node',
  'tsx',
  'typescript',
  'vite',
  'vitest',
  'webpack',
  'webpack-*',
];

export function isDevTool(name: string): boolean {
  return DEV_TOOLS.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : name === p));
}

export type NodeSpecifier =
  | { package: string }
  | { builtin: string }
  | { relative: string }
  | { alias: string }
  | { invalid: string };

/** What a module specifier from `Cannot find module 'x'` refers to. */
export function classifyNodeSpecifier(specifier: string): NodeSpecifier {
  if (specifier.startsWith('node:')) return { builtin: specifier };
  if (/^\.{1,2}(\/|$)|^\//.test(specifier)) return { relative: specifier };
  if (/^[~#]|^@\//.test(specifier)) return { alias: specifier };
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
  if (BUILTINS.has(name)) return { builtin: name };
  return isNpmPackageName(name) ? { package: name } : { invalid: specifier };
}
