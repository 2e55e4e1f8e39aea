/**
 * Goal: `npm run sbom` describes exactly what is shipped. It runs the script as a user would and checks
 * the CycloneDX document against the lock file: every production dependency is named with its version
 * and its licence, no development tool is, and the product itself carries its EUPL-1.2. THIRD-PARTY-NOTICES
 * rendered from that SBOM names every package too.
 *
 * npm's own `npm sbom --omit dev` fails this test: it leaves out production packages that a development
 * tool also uses (such as @nestjs/common), which is why the SBOM is made by CycloneDX's generator.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import spdxLicences from 'spdx-license-list/full';
import {
  componentsOf,
  type CycloneDxBom,
  declaredLicenceOf,
  licenceFilesOf,
  packageNameOf,
} from './cyclonedx-bom';
import { renderThirdPartyNotices } from './third-party-notices';

const ROOT = resolve(__dirname, '../..');

interface LockedPackage {
  readonly name: string;
  readonly version: string;
  readonly license?: string;
}

/** The production packages of the lock file: installed for the product, not only for development. */
function productionPackagesOfLockFile(): LockedPackage[] {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<
      string,
      { version: string; license?: string; dev?: boolean; devOptional?: boolean; link?: boolean }
    >;
  };
  const unique = new Map<string, LockedPackage>();
  for (const [path, entry] of Object.entries(lock.packages)) {
    // A devOptional package (an optional peer of a shipped package, e.g. @types/react of React Router)
    // is installed by a production install too, unless optional packages are omitted as well.
    if (path === '' || entry.dev || entry.link) continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    unique.set(`${name}@${entry.version}`, { name, version: entry.version, license: entry.license });
  }
  return [...unique.values()];
}

function reviewedLicenceExceptions(): Record<string, string> {
  const config = JSON.parse(readFileSync(join(ROOT, '.licensee.json'), 'utf8')) as {
    packages?: Record<string, string>;
  };
  return config.packages ?? {};
}

function makeSbom(): CycloneDxBom {
  const directory = mkdtempSync(join(tmpdir(), 'sbom-'));
  try {
    const output = join(directory, 'sbom.cdx.json');
    const result = spawnSync('npm', ['run', '--silent', 'sbom', '--', '--output-file', output], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (result.status !== 0) throw new Error(`npm run sbom failed: ${result.stderr}`);
    return JSON.parse(readFileSync(output, 'utf8')) as CycloneDxBom;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

describe('npm run sbom', () => {
  let bom: CycloneDxBom;
  const locked = productionPackagesOfLockFile();

  beforeAll(() => {
    bom = makeSbom();
  });

  it('is a CycloneDX 1.6 document of fund-ledger under the EUPL-1.2', () => {
    expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6' });
    expect(bom.metadata.component).toMatchObject({ name: 'fund-ledger' });
    expect(declaredLicenceOf(bom.metadata.component)).toBe('EUPL-1.2');
  });

  it('names every production dependency of the lock file with its version', () => {
    const named = new Set(
      componentsOf(bom).map((component) => `${packageNameOf(component)}@${component.version}`),
    );
    expect(locked.length).toBeGreaterThan(100);
    expect(locked.map((item) => `${item.name}@${item.version}`).filter((key) => !named.has(key))).toEqual([]);
  });

  it('names no package that only development needs', () => {
    const production = new Set(locked.map((item) => `${item.name}@${item.version}`));
    const extra = componentsOf(bom)
      .map((component) => `${packageNameOf(component)}@${component.version}`)
      .filter((key) => !production.has(key));
    expect(extra).toEqual([]);
  });

  it('names the licence of every package: the one its metadata declares, or its reviewed licence file', () => {
    const byKey = new Map(
      componentsOf(bom).map((component) => [`${packageNameOf(component)}@${component.version}`, component]),
    );
    const exceptions = reviewedLicenceExceptions();
    const problems = locked.flatMap((item) => {
      const component = byKey.get(`${item.name}@${item.version}`);
      if (component === undefined) return [];
      const declared = declaredLicenceOf(component);
      if (item.license !== undefined && declared !== item.license) {
        return [`${item.name}@${item.version}: the SBOM says ${declared}, the lock file ${item.license}`];
      }
      if (declared !== undefined) return [];
      const reviewed = exceptions[item.name] === item.version && licenceFilesOf(component).length > 0;
      return reviewed ? [] : [`${item.name}@${item.version}: no licence, and no reviewed licence file`];
    });
    expect(problems).toEqual([]);
  });

  it('carries the licence files the packages ship, from which THIRD-PARTY-NOTICES names every package', () => {
    const notices = renderThirdPartyNotices(bom, (id) => spdxLicences[id]?.licenseText);
    const withFiles = componentsOf(bom).filter((component) => licenceFilesOf(component).length > 0);
    expect(withFiles.length).toBeGreaterThan(locked.length * 0.9);
    const unnamed = locked.filter((item) => !notices.includes(`\n${item.name} ${item.version} (`));
    expect(unnamed).toEqual([]);
  });
});
