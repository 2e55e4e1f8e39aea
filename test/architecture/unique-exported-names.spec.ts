/**
 * Goal: a name exported by production code means one thing. When two production files export the same
 * name, a search for it finds two different things, and an import picks one by its path alone. A const
 * and a type of the same name in one file (`Money`, the value and its type) are one definition.
 *
 * Production code is every `.ts`/`.tsx` file under `apps/` and `libs/`, without specifications, type
 * declarations (the web application's generated `schema.d.ts`) and `testing/` folders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../..');
const PRODUCTION_FOLDERS = ['apps', 'libs'];

function isProductionFile(path: string): boolean {
  const folders = path.split('/');
  const isSpecification = /(\.spec|-spec)\.tsx?$/.test(path);
  return (
    /\.tsx?$/.test(path) &&
    !path.endsWith('.d.ts') &&
    !isSpecification &&
    !folders.includes('testing') &&
    !folders.includes('node_modules')
  );
}

function productionFiles(): string[] {
  return PRODUCTION_FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .map((path) => join(folder, path))
      .filter(isProductionFile),
  );
}

function isExported(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
  );
}

/**
 * The names a source text defines and exports: exported functions, classes, variables, interfaces, types,
 * enums and namespaces, and local declarations named in an `export { … }` list. Re-exports of another
 * module's names define nothing.
 */
function exportedDeclarationNames(fileName: string, text: string): Set<string> {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, scriptKindOf(fileName));
  const names = new Set<string>();
  const localNames = new Set<string>();
  for (const statement of source.statements) {
    const declared = declaredNames(statement);
    for (const name of declared) (isExported(statement) ? names : localNames).add(name);
  }
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || statement.moduleSpecifier !== undefined) continue;
    if (statement.exportClause === undefined || !ts.isNamedExports(statement.exportClause)) continue;
    for (const element of statement.exportClause.elements) {
      const localName = (element.propertyName ?? element.name).text;
      if (localNames.has(localName)) names.add(element.name.text);
    }
  }
  return names;
}

function declaredNames(statement: ts.Statement): string[] {
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((declaration) => boundNames(declaration.name));
  }
  if (
    ts.isFunctionDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isEnumDeclaration(statement)
  ) {
    return statement.name === undefined ? [] : [statement.name.text];
  }
  if (ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name)) return [statement.name.text];
  return [];
}

function scriptKindOf(fileName: string): ts.ScriptKind {
  return fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
}

/** `export const { a, b: [c] } = …` binds `a` and `c`. */
function boundNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) =>
    ts.isOmittedExpression(element) ? [] : boundNames(element.name),
  );
}

/** Each name exported by more than one file, with those files, by name. */
function namesExportedTwice(files: ReadonlyMap<string, string>): Map<string, string[]> {
  const filesByName = new Map<string, string[]>();
  for (const [fileName, text] of files) {
    for (const name of exportedDeclarationNames(fileName, text)) {
      filesByName.set(name, [...(filesByName.get(name) ?? []), fileName]);
    }
  }
  return new Map(
    [...filesByName]
      .filter(([, fileNames]) => fileNames.length > 1)
      .sort(([first], [second]) => first.localeCompare(second)),
  );
}

describe('exported names of the production code', () => {
  it('reads each kind of exported declaration, and no declaration that is not exported', () => {
    const text = [
      'export function aFunction() {}',
      'export class AClass {}',
      'export const aConst = 1, another = 2;',
      'export let aLet = 1;',
      'export interface AnInterface {}',
      'export type AType = string;',
      'export enum AnEnum { One }',
      'export const { destructured, renamed: [inArray] } = source;',
      'export default function () {}',
      'export namespace ANamespace {}',
      'const local = 1, kept = 2;',
      'function helper() {}',
      "import { imported } from './elsewhere';",
      'export { local as exportedLocal, kept, imported };',
      "export { reExported } from './elsewhere';",
    ].join('\n');

    expect([...exportedDeclarationNames('module.ts', text)].sort()).toEqual(
      [
        'AClass',
        'ANamespace',
        'AType',
        'AnEnum',
        'AnInterface',
        'aConst',
        'aFunction',
        'aLet',
        'another',
        'destructured',
        'exportedLocal',
        'inArray',
        'kept',
      ].sort(),
    );
  });

  it('reads a React component file', () => {
    const text = 'export function Board(): JSX.Element { return <div />; }';

    expect([...exportedDeclarationNames('Board.tsx', text)]).toEqual(['Board']);
  });

  it('counts a const and a type of the same name in one file once', () => {
    const files = new Map([['money.ts', 'export const Money = 1;\nexport type Money = number;']]);

    expect(namesExportedTwice(files)).toEqual(new Map());
  });

  it('names a name that two files export, with both files', () => {
    const files = new Map([
      ['web/money.ts', 'export const AMOUNT_MAX = "1";'],
      ['domain/money.ts', 'export const AMOUNT_MAX = "1";'],
      ['domain/share.ts', 'export type Share = string;'],
    ]);

    expect(namesExportedTwice(files)).toEqual(new Map([['AMOUNT_MAX', ['web/money.ts', 'domain/money.ts']]]));
  });

  it('finds every exported name of the production code in one file only', () => {
    const files = new Map(productionFiles().map((path) => [path, readFileSync(join(ROOT, path), 'utf8')]));

    const twice = [...namesExportedTwice(files)].map(
      ([name, fileNames]) => `${name}: ${fileNames.join(', ')}`,
    );

    expect(twice).toEqual([]);
  });
});
