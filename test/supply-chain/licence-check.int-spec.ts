/**
 * Goal: `npm run lint` refuses a production dependency whose licence is not on the reviewed allow-list
 * (`.licensee.json`), and only such a dependency. The check runs exactly as the lint script runs it, with
 * the project's own allow-list, on small projects made here: a copyleft licence, a package that declares
 * no licence, or a licence exception for another version is refused by name; the same licence in a
 * development tool, which is not shipped, is not.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const LICENSEE = join(ROOT, 'node_modules/licensee/licensee');

interface FixturePackage {
  readonly name: string;
  readonly version?: string;
  readonly license?: string;
}

interface Fixture {
  readonly dependencies: readonly FixturePackage[];
  readonly devDependencies?: readonly FixturePackage[];
}

/** The arguments the lint script passes to licensee, so the test cannot drift from what lint runs. */
function licenceCheckArguments(): string[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [command, ...args] = manifest.scripts['lint:licences'].split(' ');
  expect(command).toBe('licensee');
  return args;
}

function checkLicences(fixture: Fixture): { status: number | null; output: string } {
  const directory = mkdtempSync(join(tmpdir(), 'licence-check-'));
  try {
    const versions = (packages: readonly FixturePackage[] = []) =>
      Object.fromEntries(packages.map((item) => [item.name, item.version ?? '1.0.0']));
    writeFileSync(
      join(directory, 'package.json'),
      JSON.stringify({
        name: 'fixture',
        version: '1.0.0',
        dependencies: versions(fixture.dependencies),
        devDependencies: versions(fixture.devDependencies),
      }),
    );
    for (const item of [...fixture.dependencies, ...(fixture.devDependencies ?? [])]) {
      mkdirSync(join(directory, 'node_modules', item.name), { recursive: true });
      writeFileSync(
        join(directory, 'node_modules', item.name, 'package.json'),
        JSON.stringify({ name: item.name, version: item.version ?? '1.0.0', license: item.license }),
      );
    }
    copyFileSync(join(ROOT, '.licensee.json'), join(directory, '.licensee.json'));
    const result = spawnSync(process.execPath, [LICENSEE, ...licenceCheckArguments()], {
      cwd: directory,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: result.status, output: result.stdout + result.stderr };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

describe('the licence check of npm run lint', () => {
  it('accepts production dependencies under licences on the allow-list', () => {
    const result = checkLicences({
      dependencies: [
        { name: 'permissive', license: 'MIT' },
        { name: 'design-system', license: 'EUPL-1.2' },
        { name: 'either', license: '(MIT OR GPL-3.0-only)' },
      ],
    });
    expect(result).toEqual({ status: 0, output: '' });
  });

  it('refuses a production dependency under a licence not on the allow-list, naming it', () => {
    const result = checkLicences({
      dependencies: [
        { name: 'permissive', license: 'MIT' },
        { name: 'copyleft-widget', license: 'GPL-3.0-only' },
      ],
    });
    expect(result.status).toBe(1);
    expect(result.output).toContain('copyleft-widget@1.0.0');
    expect(result.output).toContain('GPL-3.0-only');
    expect(result.output).not.toContain('permissive');
  });

  it('refuses a production dependency that declares no licence at all', () => {
    const result = checkLicences({ dependencies: [{ name: 'silent' }] });
    expect(result.status).toBe(1);
    expect(result.output).toContain('silent@1.0.0');
  });

  it('holds a reviewed exception to the version that was reviewed', () => {
    expect(checkLicences({ dependencies: [{ name: 'png-js', version: '1.1.0' }] }).status).toBe(0);
    const newer = checkLicences({ dependencies: [{ name: 'png-js', version: '1.2.0' }] });
    expect(newer.status).toBe(1);
    expect(newer.output).toContain('png-js@1.2.0');
  });

  it('does not look at development tools, which are not shipped', () => {
    const result = checkLicences({
      dependencies: [{ name: 'permissive', license: 'MIT' }],
      devDependencies: [{ name: 'copyleft-tool', license: 'GPL-3.0-only' }],
    });
    expect(result).toEqual({ status: 0, output: '' });
  });
});
