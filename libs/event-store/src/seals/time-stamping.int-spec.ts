/**
 * Goal: seals get real RFC 3161 tokens. A token from an authority run with `openssl ts -reply` verifies
 * for the message it stamps and for nothing else, fails against another CA, and OpenSSL's own
 * `openssl ts -verify` agrees with the verdicts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startTestTimeStampAuthority,
  makeTimeStampAuthorityFiles,
  type TestTimeStampAuthority,
} from '../testing/test-time-stamp-authority';
import {
  checkTimeStampToken,
  parseCertificates,
  requestTimeStampToken,
  TimeStampError,
} from './time-stamping';

let authority: TestTimeStampAuthority;
let folder: string;

beforeAll(async () => {
  authority = await startTestTimeStampAuthority();
  folder = mkdtempSync(join(tmpdir(), 'tsa-spec-'));
});
afterAll(async () => {
  await authority.close();
  rmSync(folder, { recursive: true, force: true });
});

function opensslVerifies(token: string, message: Buffer, caPath: string): boolean {
  const tokenPath = join(folder, 'token.der');
  const dataPath = join(folder, 'data.bin');
  writeFileSync(tokenPath, Buffer.from(token, 'base64'));
  writeFileSync(dataPath, message);
  try {
    execFileSync(
      'openssl',
      ['ts', '-verify', '-token_in', '-in', tokenPath, '-data', dataPath, '-CAfile', caPath],
      {
        stdio: 'pipe',
      },
    );
    return true;
  } catch {
    return false;
  }
}

describe('RFC 3161 time-stamping', () => {
  it('gets a token that verifies for its message and names the authority and the time', async () => {
    const message = Buffer.from('a seal signature', 'utf8');
    const before = Date.now();
    const token = await requestTimeStampToken(authority.url, message);
    const trusted = parseCertificates(authority.caCertificatePem, 'the test CA');

    const check = await checkTimeStampToken(token, message, trusted);

    expect(check).toEqual({ valid: true, genTime: expect.any(String), authority: 'Test TSA' });
    const genTime = Date.parse((check as { genTime: string }).genTime);
    expect(genTime).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 - 1000);
    expect(opensslVerifies(token, message, authority.caCertificatePath)).toBe(true);
  });

  it('refuses the token for another message, from another CA, or altered', async () => {
    const message = Buffer.from('the stamped signature', 'utf8');
    const token = await requestTimeStampToken(authority.url, message);
    const trusted = parseCertificates(authority.caCertificatePem, 'the test CA');
    const otherFolder = mkdtempSync(join(tmpdir(), 'other-ca-'));
    makeTimeStampAuthorityFiles(otherFolder);
    const otherCa = parseCertificates(readFileSync(join(otherFolder, 'ca.pem'), 'utf8'), 'another CA');
    const bytes = Buffer.from(token, 'base64');
    bytes[bytes.length - 20] ^= 0x01; // inside the signature value

    const otherMessage = await checkTimeStampToken(token, Buffer.from('another', 'utf8'), trusted);
    const otherAuthority = await checkTimeStampToken(token, message, otherCa);
    const altered = await checkTimeStampToken(bytes.toString('base64'), message, trusted);

    expect(otherMessage).toEqual({ valid: false, reason: 'the token stamps another message than this seal' });
    expect(otherAuthority.valid).toBe(false);
    expect(altered.valid).toBe(false);
    expect(opensslVerifies(token, Buffer.from('another', 'utf8'), authority.caCertificatePath)).toBe(false);
    expect(opensslVerifies(token, message, join(otherFolder, 'ca.pem'))).toBe(false);
    expect(opensslVerifies(bytes.toString('base64'), message, authority.caCertificatePath)).toBe(false);
    rmSync(otherFolder, { recursive: true, force: true });
  });

  it('says plainly when the authority cannot be reached', async () => {
    authority.setOnline(false);
    try {
      await expect(requestTimeStampToken(authority.url, Buffer.from('x'))).rejects.toThrow(TimeStampError);
      await expect(requestTimeStampToken('http://127.0.0.1:9/tsa', Buffer.from('x'))).rejects.toThrow(
        'The time-stamping authority cannot be reached',
      );
    } finally {
      authority.setOnline(true);
    }
  });
});
