/**
 * Compiles the service from its sources into a temporary directory, with the same SWC transform the
 * test suite uses, so that fault and concurrency tests can run it as real child processes (to kill with
 * SIGKILL, or to run two side by side) without needing `npm run build` first. Compiling all sources
 * once takes a second or two; starting a compiled process is then as fast as starting the built one.
 */
import { transformFile, type Options } from '@swc/core';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

export const REPOSITORY_ROOT = join(__dirname, '..', '..', '..');

/** Source folders of the service, of its libraries and of the test-side processes (the projector). */
const SOURCE_FOLDERS = ['apps/ledger-api/src', 'libs', 'test/crash/support'];
const SKIPPED_SUFFIXES = ['.spec.ts', '.int-spec.ts', '.e2e-spec.ts', '.d.ts'];
/** Files compiled at the same time; bounded so the compile does not flood the machine's two cores. */
const COMPILE_CONCURRENCY = 16;

const ALIASED_LIBRARIES = ['domain', 'event-store', 'projections', 'reporting', 'config'];

export interface CompiledService {
  /** The directory that mirrors the repository layout with `.js` files. */
  readonly directory: string;
  /** The compiled `main` of the HTTP service. */
  readonly serviceMain: string;
  /** Absolute path of the compiled counterpart of a source file, e.g. `test/crash/support/projector-main.ts`. */
  compiled(sourcePath: string): string;
  remove(): void;
}

/** Compiles the service, its libraries and the test-side processes, plus any further source folders given. */
export async function compileService(extraFolders: readonly string[] = []): Promise<CompiledService> {
  const directory = mkdtempSync(join(tmpdir(), 'fund-ledger-service-'));
  const sources = [...SOURCE_FOLDERS, ...extraFolders].flatMap((folder) =>
    typeScriptFiles(join(REPOSITORY_ROOT, folder)),
  );
  for (let start = 0; start < sources.length; start += COMPILE_CONCURRENCY) {
    await Promise.all(
      sources.slice(start, start + COMPILE_CONCURRENCY).map((source) => compileFile(source, directory)),
    );
  }
  const compiled = (sourcePath: string) => join(directory, sourcePath.replace(/\.ts$/, '.js'));
  return {
    directory,
    serviceMain: compiled('apps/ledger-api/src/main.ts'),
    compiled,
    remove: () => rmSync(directory, { recursive: true, force: true }),
  };
}

/**
 * The environment a compiled process needs besides its settings: the compiled files live outside the
 * repository, so bare imports must find the repository's `node_modules` through NODE_PATH.
 */
export function compiledProcessEnvironment(): Record<string, string> {
  return { NODE_PATH: join(REPOSITORY_ROOT, 'node_modules') };
}

function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : typeScriptFiles(path);
    const wanted =
      entry.name.endsWith('.ts') && !SKIPPED_SUFFIXES.some((suffix) => entry.name.endsWith(suffix));
    return wanted ? [path] : [];
  });
}

async function compileFile(source: string, outputDirectory: string): Promise<void> {
  const output = await transformFile(source, swcOptions());
  const target = join(outputDirectory, relative(REPOSITORY_ROOT, source).replace(/\.ts$/, '.js'));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, output.code);
}

/** The test suite's transform (see jest.config.js), plus the path aliases rewritten to relative imports. */
function swcOptions(): Options {
  const paths = Object.fromEntries(
    ALIASED_LIBRARIES.flatMap((library) => [
      [`@fund-ledger/${library}`, [`libs/${library}/src`]],
      [`@fund-ledger/${library}/*`, [`libs/${library}/src/*`]],
    ]),
  );
  return {
    swcrc: false,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
      baseUrl: REPOSITORY_ROOT,
      paths,
    },
    module: { type: 'commonjs' },
    sourceMaps: false,
  };
}
