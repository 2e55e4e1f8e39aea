/**
 * A certificate authority made for one test run, and a server certificate it signs for 127.0.0.1,
 * with the openssl command line: production settings require an https key set, so the identity
 * provider of the sign-in test speaks TLS, and the service trusts exactly this authority.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCertificates {
  readonly folder: string;
  readonly caFile: string;
  readonly keyFile: string;
  readonly certFile: string;
}

export function makeTestCertificates(): TestCertificates {
  const folder = mkdtempSync(join(tmpdir(), 'ledger-test-ca-'));
  const file = (name: string) => join(folder, name);
  const openssl = (args: string[]) =>
    execFileSync('openssl', args, { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] });
  openssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '1',
    '-subj',
    '/CN=fund-ledger test CA',
  ]);
  openssl([
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'server.key',
    '-out',
    'server.csr',
    '-subj',
    '/CN=127.0.0.1',
  ]);
  writeFileSync(
    file('server.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n',
  );
  openssl([
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.pem',
    '-days',
    '1',
    '-extfile',
    'server.ext',
  ]);
  return { folder, caFile: file('ca.pem'), keyFile: file('server.key'), certFile: file('server.pem') };
}
