/**
 * A real RFC 3161 time-stamping authority for tests: a CA and a TSA certificate made with openssl in a
 * temporary folder, and a small HTTP handler that answers each request with `openssl ts -reply`. It can
 * be taken offline and back, to test seals made while the authority cannot be reached.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TestTimeStampAuthority {
  readonly url: string;
  /** PEM of the CA that issued the TSA's certificate: what a verifier trusts. */
  readonly caCertificatePem: string;
  readonly caCertificatePath: string;
  /** Requests answered so far. */
  readonly answered: number;
  /** While offline, every request fails with HTTP 503. */
  setOnline(online: boolean): void;
  close(): Promise<void>;
}

const EXTENSIONS = `
[ca]
basicConstraints=critical,CA:TRUE
keyUsage=critical,keyCertSign,cRLSign
subjectKeyIdentifier=hash
[tsa]
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,nonRepudiation
extendedKeyUsage=critical,timeStamping
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
`;

function tsaConfig(folder: string): string {
  return `
[ tsa ]
default_tsa = test_tsa
[ test_tsa ]
serial = ${join(folder, 'serial')}
crypto_device = builtin
signer_cert = ${join(folder, 'tsa.pem')}
certs = ${join(folder, 'ca.pem')}
signer_key = ${join(folder, 'tsa.key')}
signer_digest = sha256
default_policy = 1.3.6.1.4.1.99999.1
other_policies = 1.3.6.1.4.1.99999.2
digests = sha256
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
`;
}

/** Makes a CA, a TSA certificate it signs (extended key usage: time-stamping, critical) and the TSA config. */
export function makeTimeStampAuthorityFiles(folder: string, commonName = 'Test TSA'): void {
  const openssl = (args: string[]) => execFileSync('openssl', args, { cwd: folder, stdio: 'pipe' });
  writeFileSync(join(folder, 'extensions.cnf'), EXTENSIONS);
  const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl([
    'req',
    '-x509',
    ...ecKey,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '30',
    '-subj',
    '/CN=Test CA',
    '-extensions',
    'ca',
    '-config',
    'extensions.cnf',
  ]);
  openssl([
    'req',
    ...ecKey,
    '-keyout',
    'tsa.key',
    '-out',
    'tsa.csr',
    '-subj',
    `/CN=${commonName}`,
    '-config',
    'extensions.cnf',
  ]);
  openssl([
    'x509',
    '-req',
    '-in',
    'tsa.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'tsa.pem',
    '-days',
    '30',
    '-extfile',
    'extensions.cnf',
    '-extensions',
    'tsa',
  ]);
  writeFileSync(join(folder, 'serial'), '01\n');
  writeFileSync(join(folder, 'tsa.cnf'), tsaConfig(folder));
}

export async function startTestTimeStampAuthority(): Promise<TestTimeStampAuthority> {
  const folder = mkdtempSync(join(tmpdir(), 'test-tsa-'));
  makeTimeStampAuthorityFiles(folder);
  let online = true;
  let answered = 0;
  let requestNumber = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (!online || request.method !== 'POST') {
        response.writeHead(503).end();
        return;
      }
      requestNumber += 1;
      const query = join(folder, `request-${requestNumber}.tsq`);
      const reply = join(folder, `reply-${requestNumber}.tsr`);
      writeFileSync(query, Buffer.concat(chunks));
      run('openssl', ['ts', '-reply', '-config', join(folder, 'tsa.cnf'), '-queryfile', query, '-out', reply])
        .then(() => {
          answered += 1;
          response.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(readFileSync(reply));
        })
        .catch(() => response.writeHead(500).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    caCertificatePem: readFileSync(join(folder, 'ca.pem'), 'utf8'),
    caCertificatePath: join(folder, 'ca.pem'),
    get answered() {
      return answered;
    },
    setOnline(value: boolean) {
      online = value;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
