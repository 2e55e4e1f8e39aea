/**
 * `npm run notices`: writes THIRD-PARTY-NOTICES from the SBOM that `npm run sbom` wrote just before.
 * Usage: `write-third-party-notices.ts [SBOM] [OUTPUT]`, by default `dist/sbom.cdx.json` and
 * `dist/THIRD-PARTY-NOTICES`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import spdxLicences from 'spdx-license-list/full';
import type { CycloneDxBom } from './cyclonedx-bom';
import { renderThirdPartyNotices } from './third-party-notices';

function main(): void {
  const [sbomPath = 'dist/sbom.cdx.json', outputPath = 'dist/THIRD-PARTY-NOTICES'] = process.argv.slice(2);
  const bom = JSON.parse(readFileSync(sbomPath, 'utf8')) as CycloneDxBom;
  const notices = renderThirdPartyNotices(bom, (id) => spdxLicences[id]?.licenseText);
  writeFileSync(outputPath, notices);
  process.stdout.write(`Wrote ${outputPath} from ${sbomPath}\n`);
}

main();
