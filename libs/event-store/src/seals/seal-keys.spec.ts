/**
 * Goal: the signing key is read from a file or a key service (with its bearer token), only when it is an
 * Ed25519 private key; errors name the source but never a URL's credentials; trusted public keys are
 * read by key id, several to a file.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sealKeyId } from './seal';
import { loadSigningKey, parseTrustedSealKeys, publicKeyPem, SealKeyError } from './seal-keys';

const ed25519 = generateKeyPairSync('ed25519');
const pem = ed25519.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
let directory: string;
let server: Server;
let url: string;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'seal-keys-'));
  server = createServer((request, response) => {
    const authorised = request.headers.authorization === 'Bearer key-service-token';
    response.writeHead(authorised ? 200 : 401).end(authorised ? pem : '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/keys/seal`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(directory, { recursive: true, force: true });
});

describe('loadSigningKey', () => {
  it('reads an Ed25519 key from a file and from a key service with its token', async () => {
    writeFileSync(join(directory, 'seal.key'), pem);

    const fromFile = await loadSigningKey({ kind: 'file', path: join(directory, 'seal.key') });
    const fromService = await loadSigningKey({ kind: 'url', url, bearerToken: 'key-service-token' });

    expect(publicKeyPem(fromFile)).toBe(publicKeyPem(ed25519.publicKey));
    expect(publicKeyPem(fromService)).toBe(publicKeyPem(ed25519.publicKey));
  });

  it('refuses another kind of key, a missing file, and a key service that says no', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    });
    writeFileSync(join(directory, 'rsa.key'), rsa);

    await expect(loadSigningKey({ kind: 'file', path: join(directory, 'rsa.key') })).rejects.toThrow(
      'is a rsa key; seals need Ed25519',
    );
    await expect(loadSigningKey({ kind: 'file', path: join(directory, 'missing.key') })).rejects.toThrow(
      SealKeyError,
    );
    const refused = loadSigningKey({ kind: 'url', url: `${url}?secret=do-not-log`, bearerToken: 'wrong' });
    await expect(refused).rejects.toThrow(/answered HTTP 401$/);
    await expect(refused).rejects.not.toThrow('do-not-log');
  });
});

describe('parseTrustedSealKeys', () => {
  it('reads every public key of a file by its key id', () => {
    const other = generateKeyPairSync('ed25519').publicKey;
    const keys = parseTrustedSealKeys(`${publicKeyPem(ed25519.publicKey)}${publicKeyPem(other)}`, 'keys.pem');
    expect([...keys.keys()].sort()).toEqual([sealKeyId(ed25519.publicKey), sealKeyId(other)].sort());
    expect(() => parseTrustedSealKeys('nothing here', 'keys.pem')).toThrow(
      'keys.pem holds no PEM public key',
    );
  });
});
