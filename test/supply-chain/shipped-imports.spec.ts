/**
 * Goal: everything the shipped code loads at run time is a production dependency of the root
 * `package.json` — the service, the CLI and the web application's bundle alike. The licence check, the
 * SBOM and THIRD-PARTY-NOTICES all cover exactly the production dependencies, so a library imported by
 * shipped code but listed as a development tool (or only reachable through another package) would ship
 * unchecked and unlisted. Type-only imports are erased by the compiler and do not count; tests and test
 * support (`*.spec.ts`, `testing/` folders) are not shipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../..');
const SHIPPED_SOURCE_FOLDERS = ['apps', 'libs'];
const WORKSPACE_ALIAS = '@fund-ledger/';

function isShippedSourceFile(path: string): boolean {
  const inSource = path.split('/').includes('src');
  const isTest = /\.(spec|int-spec|e2e-spec|test)\.tsx?$/.test(path) || path.split('/').includes('testing');
  return inSource && !isTest && /\.(ts|tsx|mts|cts)$/.test(path) && !path.endsWith('.d.ts');
}

function shippedSourceFiles(): string[] {
  return SHIPPED_SOURCE_FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .map((path) => join(folder, path))
      .filter((path) => !path.split('/').includes('node_modules') && isShippedSourceFile(path)),
  );
}

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * An npm package name, optionally scoped, as the first part of a specifier. Relative and absolute paths,
 * `node:` and other schemes (`virtual:…`) and bundler aliases such as `@/…` or `~/…` do not match.
 */
const PACKAGE_SPECIFIER = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/.*)?$/i;

function isPackageSpecifier(specifier: string): boolean {
  return PACKAGE_SPECIFIER.test(specifier) && !builtinModules.includes(packageNameOf(specifier));
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return node.isTypeOnly;
  const clause = node.importClause;
  if (clause === undefined) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

/** The module specifiers a file loads at run time: imports, re-exports, `require()` and `import()`. */
function runtimeSpecifiers(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest);
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      !isTypeOnly(node)
    ) {
      specifiers.push(node.moduleSpecifier.text);
    }
    if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      const loads =
        callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require');
      if (loads) specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

describe('what the shipped code loads', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };

  it('finds the shipped source of the service, the CLI and the libraries', () => {
    const files = shippedSourceFiles();
    expect(files).toContain('apps/ledger-api/src/main.ts');
    expect(files).toContain('libs/domain/src/index.ts');
    expect(files.some((file) => file.endsWith('.spec.ts'))).toBe(false);
  });

  it('is, package by package, a production dependency of the root package.json', () => {
    const undeclared = shippedSourceFiles().flatMap((file) =>
      runtimeSpecifiers(file)
        .filter((specifier) => isPackageSpecifier(specifier) && !specifier.startsWith(WORKSPACE_ALIAS))
        .map(packageNameOf)
        .filter((name) => manifest.dependencies[name] === undefined)
        .map((name) => `${file} loads ${name}`),
    );
    expect(undeclared).toEqual([]);
  });

  it('tells a package from a path, a built-in module or an alias', () => {
    const specifiers = [
      'react',
      'react-dom/client',
      '@tanstack/react-query',
      '@kern-ux/native/dist/kern.css',
    ];
    expect(specifiers.filter(isPackageSpecifier).map(packageNameOf)).toEqual([
      'react',
      'react-dom',
      '@tanstack/react-query',
      '@kern-ux/native',
    ]);
    const notPackages = [
      './local',
      '../up',
      '/absolute',
      'node:fs',
      'fs',
      'fs/promises',
      '@/components/x',
      '~/x',
      'virtual:pwa',
    ];
    expect(notPackages.filter(isPackageSpecifier)).toEqual([]);
  });

  it('tells a runtime import from a type-only one', () => {
    const declarations = ts
      .createSourceFile(
        'example.ts',
        [
          "import type { A } from 'types-only';",
          "import { type B } from 'types-only-too';",
          "import { C, type D } from 'runtime-named';",
          "import 'runtime-side-effect';",
          "export { E } from 'runtime-reexport';",
        ].join('\n'),
        ts.ScriptTarget.Latest,
      )
      .statements.filter(
        (statement): statement is ts.ImportDeclaration | ts.ExportDeclaration =>
          ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement),
      );
    expect(declarations.map(isTypeOnly)).toEqual([true, true, false, false, false]);
  });
});
