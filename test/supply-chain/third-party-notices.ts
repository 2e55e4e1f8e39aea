/**
 * THIRD-PARTY-NOTICES: every package shipped with fund-ledger, with its licence and the licence and notice
 * files it ships, rendered from the SBOM so that the two always name the same packages. A package that
 * ships no licence file gets the standard text of the licence it declares, once, in an appendix.
 */
import {
  componentsOf,
  type CycloneDxBom,
  type CycloneDxComponent,
  declaredLicenceOf,
  licenceFilesOf,
  packageNameOf,
} from './cyclonedx-bom';

/** The standard text of an SPDX licence, or undefined for an id it does not know. */
export type StandardLicenceText = (spdxId: string) => string | undefined;

const RULE = '-'.repeat(78);
const NOT_DECLARED = 'no licence declared';

export function renderThirdPartyNotices(bom: CycloneDxBom, standardText: StandardLicenceText): string {
  const product = bom.metadata.component;
  const components = componentsOf(bom);
  const appendixIds = new Set<string>();
  const sections = components.map((component) => packageSection(component, standardText, appendixIds));
  return [
    ...introduction(product, components.length),
    ...packageList(components),
    heading('Licence and notice files'),
    ...sections.flatMap((section) => [section, RULE, '']),
    ...appendix([...appendixIds].sort(), standardText),
  ].join('\n');
}

function introduction(product: CycloneDxComponent, count: number): string[] {
  const title = `Third-party notices for ${product.name} ${product.version}`;
  return [
    title,
    '='.repeat(title.length),
    '',
    `${product.name} is licensed under the ${declaredLicenceOf(product) ?? NOT_DECLARED} (see LICENSE).`,
    `It ships the ${count} third-party packages listed below: the production dependencies of its`,
    'package.json, which run in the service and the CLI or are bundled into the web application. Each is',
    'used under its own licence; the licence and notice files each package ships follow the list.',
    '',
    'This file is written by `npm run notices` from the software bill of materials (`npm run sbom`).',
    '',
  ];
}

function packageList(components: readonly CycloneDxComponent[]): string[] {
  const labels = components.map((component) => `${packageNameOf(component)} ${component.version}`);
  const width = Math.max(...labels.map((label) => label.length)) + 2;
  return [
    ...heading('Packages'),
    ...components.map(
      (component, index) => `${labels[index].padEnd(width)}${declaredLicenceOf(component) ?? NOT_DECLARED}`,
    ),
    '',
  ];
}

function packageSection(
  component: CycloneDxComponent,
  standardText: StandardLicenceText,
  appendixIds: Set<string>,
): string {
  const licence = declaredLicenceOf(component);
  const title = `${packageNameOf(component)} ${component.version} (${licence ?? NOT_DECLARED})`;
  const files = licenceFilesOf(component);
  if (files.length > 0) {
    return [title, '', ...files.flatMap((file) => [`${file.fileName}:`, '', file.text.trimEnd(), ''])].join(
      '\n',
    );
  }
  const known = spdxIdsOf(licence ?? '').filter((id) => standardText(id) !== undefined);
  known.forEach((id) => appendixIds.add(id));
  const pointer =
    known.length > 0
      ? `the standard text of ${known.join(', ')} is under "Standard licence texts" at the end.`
      : 'no standard text is known for it.';
  return [title, '', `The package ships no licence file; ${pointer}`, ''].join('\n');
}

function appendix(ids: readonly string[], standardText: StandardLicenceText): string[] {
  if (ids.length === 0) return [];
  return [
    ...heading('Standard licence texts'),
    ...ids.flatMap((id) => [`${id}:`, '', (standardText(id) ?? '').trimEnd(), '', RULE, '']),
  ];
}

/** The licence ids of an SPDX expression such as `(MIT OR Apache-2.0)`; exceptions after WITH are left out. */
export function spdxIdsOf(expression: string): string[] {
  const tokens = expression.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
  return tokens.filter(
    (token, index) => !['AND', 'OR', 'WITH'].includes(token) && tokens[index - 1] !== 'WITH',
  );
}

function heading(text: string): string[] {
  return [text, '-'.repeat(text.length), ''];
}
