/**
 * Goal: prove that the domain stays pure: no file under libs/domain/src imports Nest, a Node
 * built-in or a storage driver, reads the clock or draws random numbers. ESLint enforces the
 * imports too; this test makes the rule part of the test suite.
 */
// The check itself must read the source files; the domain code it checks may not.
// eslint-disable-next-line no-restricted-imports
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';

const SOURCE_ROOT = __dirname;
const ALLOWED_PACKAGES = ['decimal.js', 'fast-check'];
const FORBIDDEN_CALLS = [
  /\bDate\.now\(/,
  /\bnew Date\(\)/,
  /\bMath\.random\(/,
  /\bprocess\.(env|hrtime)\b/,
  /\bperformance\.now\(/,
];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  const pattern =
    /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...source.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? match[3]);
}

describe('the domain layer', () => {
  const files = sourceFiles(SOURCE_ROOT);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [relative(SOURCE_ROOT, file), file]))(
    '%s imports only relative modules and pure packages',
    (_name, file) => {
      const foreign = importsOf(readFileSync(file, 'utf8')).filter(
        (specifier) => !specifier.startsWith('.') && !ALLOWED_PACKAGES.includes(specifier),
      );
      expect(foreign).toEqual([]);
    },
  );

  it.each(files.map((file) => [relative(SOURCE_ROOT, file), file]))(
    '%s reads no clock, no randomness and no environment',
    (_name, file) => {
      const source = readFileSync(file, 'utf8');
      expect(FORBIDDEN_CALLS.filter((pattern) => pattern.test(source)).map(String)).toEqual([]);
    },
  );

  it('recognises a forbidden import when it sees one', () => {
    expect(importsOf("import { Injectable } from '@nestjs/common';")).toEqual(['@nestjs/common']);
    expect(importsOf("const fs = require('node:fs');")).toEqual(['node:fs']);
  });
});
