/**
 * Goal: the CLI keeps its exit codes (0 ok, 2 usage, 3 failure) for commander's own errors as well as
 * its commands', and `token` prints, on its last stdout line, a token the service accepts: signed
 * with the service's secret (configured or the local file it shares with the service).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, jwtVerify } from 'jose';
import { runCli } from './cli';
import type { CliIo } from './cli-context';
import { CLI_SUBCOMMANDS } from './subcommands';

const SECRET = 'a-configured-secret-of-at-least-32-chars';

interface Captured {
  readonly io: CliIo;
  readonly out: () => string;
  readonly err: () => string;
}

function capture(env: NodeJS.ProcessEnv): Captured {
  let out = '';
  let err = '';
  return {
    io: { env, writeOut: (text) => (out += text), writeErr: (text) => (err += text) },
    out: () => out,
    err: () => err,
  };
}

function lastLine(text: string): string {
  return text.trimEnd().split('\n').at(-1) ?? '';
}

describe('ledger-cli', () => {
  let directory: string;
  let env: NodeJS.ProcessEnv;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'ledger-cli-'));
    env = { SQLITE_PATH: join(directory, 'data', 'ledger.sqlite') };
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  async function run(args: string[], environment = env) {
    const captured = capture(environment);
    const code = await runCli(args, captured.io, CLI_SUBCOMMANDS);
    return { code, out: captured.out(), err: captured.err() };
  }

  it('prints help with the exit codes and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Usage: ledger-cli');
    expect(result.out).toContain('token');
    expect(result.out).toContain('2  usage error');
  });

  it.each([
    [[]],
    [['no-such-command']],
    [['token', '--sub', 'anna']],
    [['token', '--role', 'mayor', '--sub', 'anna']],
  ])('exits 2 on a usage error: %j', async (args) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
  });

  it('signs with the local secret file, creating it exactly as the service does', async () => {
    const result = await run(['token', '--role', 'treasurer', '--sub', 'anna']);

    expect(result.code).toBe(0);
    const token = lastLine(result.out);
    const secret = readFileSync(join(directory, 'data', 'jwt-secret'), 'utf8');
    const { payload, protectedHeader } = await jwtVerify(token, new TextEncoder().encode(secret));
    expect(protectedHeader.alg).toBe('HS256');
    expect(payload).toMatchObject({ sub: 'anna', roles: ['treasurer'] });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(8 * 3600);
    expect(result.err).toContain('Token for anna as treasurer');
    expect(result.err).not.toContain(secret);
  });

  it('signs with JWT_SECRET, carrying the configured issuer and audience', async () => {
    const configured = {
      ...env,
      JWT_SECRET: SECRET,
      JWT_ISSUER: 'https://id.example',
      JWT_AUDIENCE: 'fund-ledger',
    };
    const result = await run(
      ['token', '--role', 'auditor', '--sub', 'eve', '--expires-in', '30m'],
      configured,
    );

    const { payload } = await jwtVerify(lastLine(result.out), new TextEncoder().encode(SECRET), {
      issuer: 'https://id.example',
      audience: 'fund-ledger',
    });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(1800);
    expect(result.err).toContain('from JWT_SECRET');
  });

  it('mints a jury member token like any other: the subject is the person, no member id is put in', async () => {
    const result = await run(['token', '--role', 'jury-member', '--sub', 'carl']);
    const claims = decodeJwt(lastLine(result.out));
    expect(claims).toMatchObject({ roles: ['jury-member'], sub: 'carl' });
    expect(claims).not.toHaveProperty('memberId');

    const withMemberId = await run([
      'token',
      '--role',
      'jury-member',
      '--sub',
      'carl',
      '--member-id',
      'member-3',
    ]);
    expect(withMemberId).toMatchObject({ code: 2, out: '' });
    expect(withMemberId.err).toContain("unknown option '--member-id'");
  });

  it.each(['8', '0h', '31d', '1w', '-1h'])('refuses the lifetime %j', async (lifetime) => {
    const result = await run(['token', '--role', 'council', '--sub', 'x', '--expires-in', lifetime]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--expires-in must be a duration');
  });

  it('refuses to mint when tokens come from an identity provider', async () => {
    const result = await run(['token', '--role', 'council', '--sub', 'x'], {
      ...env,
      JWKS_URL: 'https://id.example/certs',
    });
    expect(result.code).toBe(2);
    expect(result.err).toContain('JWKS_URL is set');
  });

  it('exits 2 naming the setting when the environment is invalid', async () => {
    const result = await run(['token', '--role', 'council', '--sub', 'x'], {
      ...env,
      EVENT_STORE: 'mongodb',
    });
    expect(result.code).toBe(2);
    expect(result.err).toContain('Invalid setting EVENT_STORE');
  });
});
