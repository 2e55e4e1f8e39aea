/**
 * The parts of a CycloneDX 1.6 JSON bill of materials that the notices and the SBOM checks read, and
 * how they read them. The SBOM itself is made by CycloneDX's npm generator (`npm run sbom`).
 */

export interface CycloneDxLicenceChoice {
  readonly license?: {
    readonly id?: string;
    readonly name?: string;
    readonly text?: { readonly content: string; readonly encoding?: 'base64' };
  };
  readonly expression?: string;
}

export interface CycloneDxComponent {
  readonly group?: string;
  readonly name: string;
  readonly version: string;
  readonly licenses?: readonly CycloneDxLicenceChoice[];
  /** Licence files found in the package (`--gather-license-texts`), named like `file: LICENSE`. */
  readonly evidence?: { readonly licenses?: readonly CycloneDxLicenceChoice[] };
  readonly components?: readonly CycloneDxComponent[];
}

export interface CycloneDxBom {
  readonly bomFormat: 'CycloneDX';
  readonly specVersion: string;
  readonly metadata: { readonly component: CycloneDxComponent };
  readonly components?: readonly CycloneDxComponent[];
}

export interface LicenceFile {
  /** The file's name in the package, e.g. `LICENSE` or `NOTICE`. */
  readonly fileName: string;
  readonly text: string;
}

/** The npm package name: `@scope/name` for scoped packages, which CycloneDX splits into group and name. */
export function packageNameOf(component: CycloneDxComponent): string {
  return component.group === undefined || component.group === ''
    ? component.name
    : `${component.group}/${component.name}`;
}

/** Every component, nested ones included, once per package name and version, sorted by both. */
export function componentsOf(bom: CycloneDxBom): CycloneDxComponent[] {
  const byKey = new Map<string, CycloneDxComponent>();
  const visit = (components: readonly CycloneDxComponent[] = []): void => {
    for (const component of components) {
      const key = `${packageNameOf(component)}@${component.version}`;
      if (!byKey.has(key)) byKey.set(key, component);
      visit(component.components);
    }
  };
  visit(bom.components);
  return [...byKey.values()].sort(
    (a, b) => compareText(packageNameOf(a), packageNameOf(b)) || compareText(a.version, b.version),
  );
}

/**
 * The licence the package declares in its metadata: an SPDX expression or id, or a licence's name. A
 * package that declares several (old metadata sometimes repeats one) is under all of them.
 */
export function declaredLicenceOf(component: CycloneDxComponent): string | undefined {
  const names = new Set(
    (component.licenses ?? [])
      .map((choice) => choice.expression ?? choice.license?.id ?? choice.license?.name)
      .filter((name): name is string => name !== undefined),
  );
  return names.size === 0 ? undefined : [...names].join(' AND ');
}

/** The licence and notice files the package ships, decoded. */
export function licenceFilesOf(component: CycloneDxComponent): LicenceFile[] {
  return (component.evidence?.licenses ?? []).flatMap((choice) => {
    const licence = choice.license;
    if (licence?.text === undefined) return [];
    const content = licence.text.content;
    const text =
      licence.text.encoding === 'base64' ? Buffer.from(content, 'base64').toString('utf8') : content;
    return [{ fileName: (licence.name ?? 'licence file').replace(/^file: /, ''), text }];
  });
}

/** Code-point order, the same on every machine and locale. */
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
