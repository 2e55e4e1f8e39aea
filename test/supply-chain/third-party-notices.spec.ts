/**
 * Goal: THIRD-PARTY-NOTICES gives, for every shipped package, its licence and every licence and notice
 * file it ships, word for word; a package that ships none gets the standard text of its declared licence,
 * printed once however many packages need it.
 */
import type { CycloneDxBom, CycloneDxComponent } from './cyclonedx-bom';
import { renderThirdPartyNotices, spdxIdsOf } from './third-party-notices';

function licenceFile(fileName: string, text: string) {
  return {
    license: {
      name: `file: ${fileName}`,
      text: { content: Buffer.from(text).toString('base64'), encoding: 'base64' as const },
    },
  };
}

const APACHE_WITH_NOTICE: CycloneDxComponent = {
  name: 'swagger-ui-dist',
  version: '5.0.0',
  licenses: [{ license: { id: 'Apache-2.0' } }],
  evidence: {
    licenses: [licenceFile('LICENSE', 'Apache License text'), licenceFile('NOTICE', 'swagger-ui notice')],
  },
};
const SCOPED_WITHOUT_FILE: CycloneDxComponent = {
  group: '@eventstore',
  name: 'db-client',
  version: '6.2.1',
  licenses: [{ license: { id: 'Apache-2.0' } }],
};
const EXPRESSION_WITHOUT_FILE: CycloneDxComponent = {
  name: 'rc',
  version: '1.2.8',
  licenses: [{ expression: '(BSD-2-Clause OR MIT)' }],
};

function bomOf(components: CycloneDxComponent[]): CycloneDxBom {
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    metadata: {
      component: { name: 'fund-ledger', version: '0.1.0', licenses: [{ license: { id: 'EUPL-1.2' } }] },
    },
    components,
  };
}

const STANDARD_TEXTS: Record<string, string> = {
  'Apache-2.0': 'STANDARD APACHE TEXT',
  MIT: 'STANDARD MIT TEXT',
  'BSD-2-Clause': 'STANDARD BSD TEXT',
};
const standardText = (id: string) => STANDARD_TEXTS[id];

describe('THIRD-PARTY-NOTICES', () => {
  it("names the product's licence and counts the packages", () => {
    const notices = renderThirdPartyNotices(bomOf([APACHE_WITH_NOTICE, SCOPED_WITHOUT_FILE]), standardText);
    expect(notices).toMatch(/^Third-party notices for fund-ledger 0\.1\.0\n/);
    expect(notices).toContain('fund-ledger is licensed under the EUPL-1.2 (see LICENSE).');
    expect(notices).toContain('It ships the 2 third-party packages listed below');
  });

  it('lists every package with its version and licence, scoped names whole, in name order', () => {
    const notices = renderThirdPartyNotices(
      bomOf([APACHE_WITH_NOTICE, EXPRESSION_WITHOUT_FILE, SCOPED_WITHOUT_FILE]),
      standardText,
    );
    const list = notices.slice(notices.indexOf('Packages\n'), notices.indexOf('Licence and notice files'));
    expect(list.split('\n').filter((line) => /\d/.test(line))).toEqual([
      '@eventstore/db-client 6.2.1  Apache-2.0',
      'rc 1.2.8                     (BSD-2-Clause OR MIT)',
      'swagger-ui-dist 5.0.0        Apache-2.0',
    ]);
  });

  it('reproduces every licence and notice file a package ships, word for word', () => {
    const notices = renderThirdPartyNotices(bomOf([APACHE_WITH_NOTICE]), standardText);
    expect(notices).toContain(
      'swagger-ui-dist 5.0.0 (Apache-2.0)\n\nLICENSE:\n\nApache License text\n\nNOTICE:\n\nswagger-ui notice\n',
    );
    expect(notices).not.toContain('Standard licence texts');
  });

  it('gives a package without licence files the standard texts of its licences, once for all', () => {
    const notices = renderThirdPartyNotices(
      bomOf([SCOPED_WITHOUT_FILE, EXPRESSION_WITHOUT_FILE, { ...SCOPED_WITHOUT_FILE, name: 'other' }]),
      standardText,
    );
    expect(notices).toContain(
      '@eventstore/db-client 6.2.1 (Apache-2.0)\n\nThe package ships no licence file; the standard text of Apache-2.0',
    );
    expect(notices).toContain('the standard text of BSD-2-Clause, MIT is under "Standard licence texts"');
    expect(notices.split('STANDARD APACHE TEXT')).toHaveLength(2);
    expect(notices.indexOf('Apache-2.0:\n\nSTANDARD APACHE TEXT')).toBeGreaterThan(
      notices.indexOf('Standard licence texts'),
    );
    expect(notices).toContain('MIT:\n\nSTANDARD MIT TEXT');
  });

  it('lists a package once when the SBOM nests it more than once', () => {
    const nested = { ...APACHE_WITH_NOTICE, components: [SCOPED_WITHOUT_FILE] };
    const notices = renderThirdPartyNotices(bomOf([nested, SCOPED_WITHOUT_FILE]), standardText);
    expect(notices.split('\n@eventstore/db-client 6.2.1 (Apache-2.0)')).toHaveLength(2);
    expect(notices).toContain('It ships the 2 third-party packages');
  });

  it('says so when a package declares no licence and ships no file', () => {
    const notices = renderThirdPartyNotices(bomOf([{ name: 'silent', version: '1.0.0' }]), standardText);
    expect(notices).toContain(
      'silent 1.0.0 (no licence declared)\n\nThe package ships no licence file; no standard text is known for it.',
    );
  });

  it('reads the licence ids of an SPDX expression, leaving out exceptions', () => {
    expect(spdxIdsOf('(MIT OR Apache-2.0) AND BSD-3-Clause')).toEqual(['MIT', 'Apache-2.0', 'BSD-3-Clause']);
    expect(spdxIdsOf('GPL-2.0-only WITH Classpath-exception-2.0')).toEqual(['GPL-2.0-only']);
  });
});
