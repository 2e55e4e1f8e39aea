/**
 * Goal: the real entry point refuses to start on a bad setting, exiting non-zero with a message that
 * names the setting; started properly it logs its URL as JSON without any secret, and on SIGTERM it
 * closes the event store and exits with code 0.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const ENTRY = [
  'node_modules/ts-node/dist/bin.js',
  '--swc',
  '-r',
  'tsconfig-paths/register',
  'apps/ledger-api/src/main.ts',
];
const SECRET = 'a-secret-that-must-never-appear-in-any-log-line';

function startupEnvironment(directory: string, settings: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, SQLITE_PATH: join(directory, 'ledger.sqlite'), ...settings };
}

describe('service start-up', () => {
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'ledger-startup-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it.each([
    [
      { EVENT_STORE: 'mongodb' },
      'Invalid setting EVENT_STORE: must be one of sqlite, postgres, eventstoredb',
    ],
    [{ NODE_ENV: 'production' }, 'Invalid setting JWT_SECRET: required when NODE_ENV=production'],
    [
      { NODE_ENV: 'production', JWT_SECRET: SECRET },
      'Invalid setting SEAL_SIGNING_KEY_FILE: required when NODE_ENV=production',
    ],
    [{ PORT: 'eighty' }, 'Invalid setting PORT: must be a whole number'],
  ])('refuses to start with %j', (settings, message) => {
    const result = spawnSync(process.execPath, ENTRY, {
      cwd: ROOT,
      env: startupEnvironment(directory, settings),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`fund-ledger cannot start: ${message}`);
  });

  it('logs its URL without secrets and closes the store on SIGTERM', async () => {
    const child = spawn(process.execPath, ENTRY, {
      cwd: ROOT,
      env: startupEnvironment(directory, { PORT: '0', JWT_SECRET: SECRET, LOG_LEVEL: 'info' }),
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: string | null }>((settle) =>
      child.on('exit', (code, signal) => settle({ code, signal })),
    );
    await new Promise<void>((settle) => {
      child.stdout.on('data', () => {
        if (output.includes('fund-ledger listening on')) settle();
      });
      child.on('exit', () => settle());
    });
    child.kill('SIGTERM');

    expect(await exited).toEqual({ code: 0, signal: null });
    expect(output).toContain('Event store closed on SIGTERM');
    const listening = output.split('\n').find((line) => line.includes('fund-ledger listening on'));
    expect(JSON.parse(listening ?? '{}')).toMatchObject({
      level: 'info',
      msg: expect.stringMatching(
        /^fund-ledger listening on http:\/\/127\.0\.0\.1:\d+ \(OpenAPI at .*\/docs\)$/,
      ),
      settings: { eventStore: 'sqlite', tokenKey: 'secret' },
    });
    expect(output).not.toContain(SECRET);
  }, 60_000);
});
