/**
 * Goal: the auditor's side of seals and read-only auditing. Every auditing command leaves the SQLite
 * file's SHA-256 as it was (read-only, and immutable on request); `verify` checks every seal's signature
 * and token, says up to where the log is sealed and what follows, names seals without a token, fails on
 * a back-dated forged append and with `--sealed-before` on what no seal covers, accepts published seals
 * (a folder, or the seal a report carries), says plainly when a log is unsealed, and refuses a stored
 * event whose JSON names a member twice.
 */
import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  computeEventHash,
  createEventStore,
  folderSealPublisher,
  InProcessSealingLock,
  publicKeyPem,
  Sealer,
  type EventStore,
} from '@fund-ledger/event-store';
import {
  startTestTimeStampAuthority,
  type TestTimeStampAuthority,
} from '@fund-ledger/event-store/testing/test-time-stamp-authority';
import {
  appendFundEvents,
  councilYearEvents,
  REPORT_FUND_ID,
} from '@fund-ledger/reporting/testing/report-histories';
import { runCli } from '../cli';
import { councilReportArguments } from '../testing/council-report';
import type { CliIo } from '../cli-context';
import { CLI_SUBCOMMANDS } from '.';

let directory: string;
let storePath: string;
let authority: TestTimeStampAuthority;
const { privateKey } = generateKeyPairSync('ed25519');

function file(name: string): string {
  return join(directory, name);
}

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  let out = '';
  let err = '';
  const io: CliIo = {
    env: { SQLITE_PATH: storePath, ...env },
    writeOut: (text) => (out += text),
    writeErr: (text) => (err += text),
  };
  const code = await runCli(args, io, CLI_SUBCOMMANDS);
  return { code, out, err };
}

async function withTestStore<Result>(work: (store: EventStore) => Promise<Result>): Promise<Result> {
  const store = await createEventStore({ kind: 'sqlite', path: storePath });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Seals as the service would, on a clock after the sample history (its events are recorded in 2024 and 2025). */
async function seal(): Promise<void> {
  await withTestStore((store) =>
    new Sealer({
      store,
      signingKey: privateKey,
      lock: new InProcessSealingLock(),
      now: () => new Date('2025-06-01T12:00:00.000Z'),
      timeStampAuthorityUrl: authority.url,
      publisher: folderSealPublisher(file('published')),
    }).round(),
  );
}

/** Sets or clears the immutable flag (`chattr`); false when this machine cannot. */
function setImmutable(paths: readonly string[], on: boolean): boolean {
  try {
    execFileSync('chattr', [on ? '+i' : '-i', ...paths], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

const REPORT = councilReportArguments();

const trusted = () => [
  '--seal-key',
  file('seal.pub'),
  '--tsa-ca',
  authority.caCertificatePath,
  '--progress',
  'off',
];

beforeAll(async () => {
  authority = await startTestTimeStampAuthority();
});
afterAll(() => authority.close());
beforeEach(async () => {
  directory = mkdtempSync(join(tmpdir(), 'ledger-cli-seals-'));
  storePath = file('ledger.sqlite');
  writeFileSync(file('seal.pub'), publicKeyPem(createPublicKey(privateKey)));
  await withTestStore((store) => appendFundEvents(store, councilYearEvents()));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('auditing reads only', () => {
  it('leaves the SQLite file byte for byte as it was after every auditing command', async () => {
    await seal();
    const commands = [
      ['verify', '--progress', 'off'],
      ['replay', '--progress', 'off'],
      ['export', '--format', 'jsonl', '--out', file('log.jsonl'), '--progress', 'off'],
      ['digest', '--progress', 'off'],
      [...REPORT, '--format', 'json', '--out', file('report.json'), '--progress', 'off'],
      ['verify', '--input', file('log.jsonl'), '--progress', 'off'],
      ['verify-report', file('report.json'), file('log.jsonl'), '--progress', 'off'],
    ];
    const before = sha256(storePath);
    for (const command of commands) {
      const result = await run(command);
      expect({ command, code: result.code, err: result.err.includes('readonly') }).toEqual({
        command,
        code: 0,
        err: false,
      });
      expect(sha256(storePath)).toBe(before);
    }
    const immutable = await run(['verify', '--progress', 'off'], { SQLITE_IMMUTABLE: 'true' });
    expect(immutable.code).toBe(0);
    expect(sha256(storePath)).toBe(before);
  });

  it('audits a copy nothing may write to: immutable mode reads it, a read-only open says what it lacks', async () => {
    const copy = file('copy');
    mkdirSync(copy);
    copyFileSync(storePath, join(copy, 'ledger.sqlite'));
    if (!setImmutable([join(copy, 'ledger.sqlite'), copy], true)) {
      // chattr needs root and a file system that keeps the flag; CI runs on such a machine.
      if (process.env.CI === 'true') throw new Error('chattr +i must work when CI=true');
      process.stderr.write('\nNOTICE: the read-only copy test needs chattr +i (root, ext4); not run\n');
      return;
    }
    try {
      const readOnly = await run(['verify', '--progress', 'off'], {
        SQLITE_PATH: join(copy, 'ledger.sqlite'),
      });
      const immutable = await run(['verify', '--progress', 'off'], {
        SQLITE_PATH: join(copy, 'ledger.sqlite'),
        SQLITE_IMMUTABLE: 'true',
      });

      expect(readOnly.code).toBe(3);
      expect(readOnly.err).toContain('On read-only media, set SQLITE_IMMUTABLE=true');
      expect(immutable.code).toBe(0);
      expect(immutable.out).toMatch(/^OK: \d+ events/);
    } finally {
      setImmutable([join(copy, 'ledger.sqlite'), copy], false);
    }
  });

  it('refuses the immutable mode while a write-ahead log holds events not yet in the file', async () => {
    const db = new Database(storePath);
    db.pragma('wal_autocheckpoint = 0');
    const writer = await createEventStore({ kind: 'sqlite', path: storePath });
    await appendFundEvents(writer, councilYearEvents('hoerde'));

    const result = await run(['verify', '--progress', 'off'], { SQLITE_IMMUTABLE: 'true' });

    await writer.close();
    db.close();
    expect(result.code).toBe(3);
    expect(result.err).toContain('holds events not yet in');
  });
});

describe('verify with seals', () => {
  it('says the log is unsealed, plainly, and still exits 0 for intact chains', async () => {
    const result = await run(['verify', '--progress', 'off']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('UNSEALED: no seal covers this log.');
  });

  it('checks signature and token, says up to where the log is sealed and what follows, and names seals without a token', async () => {
    authority.setOnline(false);
    await seal();
    authority.setOnline(true);
    const head = await withTestStore((store) => store.headPosition());

    const result = await run(['verify', ...trusted()]);
    const unchecked = await run(['verify', '--progress', 'off']);

    expect(result.code).toBe(0);
    expect(result.out).toContain(
      `Sealed up to position ${head - 1} on 2025-06-01T12:00:00.000Z (signed by key ${result.out.match(/key ([0-9a-f]{16})…/)?.[1]}…, no time-stamp token yet, ${head - 1} events).`,
    );
    expect(result.out).toContain('After the last seal: no events.');
    expect(result.out).toContain(`Seals without a time-stamp token yet: positions ${head - 1}.`);
    expect(unchecked.out).toContain('Seal signatures were not checked');
  });

  it('fails on a forged, back-dated append after a seal, and with --sealed-before on what no seal covers', async () => {
    await seal();
    const head = await withTestStore((store) => store.headPosition());
    const db = new Database(storePath);
    const last = db
      .prepare(
        "SELECT revision, hash, metadata FROM events WHERE stream_id = 'fund-city-fonds' ORDER BY revision DESC LIMIT 1",
      )
      .get() as { revision: number; hash: string; metadata: string };
    const metadata = { ...JSON.parse(last.metadata), recordedAt: '2024-06-01T10:00:00.000Z' };
    const data = { fundId: REPORT_FUND_ID, amount: '3000.00' };
    const hash = computeEventHash({
      streamId: 'fund-city-fonds',
      revision: last.revision + 1,
      type: 'PayoutMade',
      data,
      metadata,
      prevHash: last.hash,
    });
    db.prepare(
      'INSERT INTO events (stream_id, revision, type, data, metadata, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(
      'fund-city-fonds',
      last.revision + 1,
      'PayoutMade',
      JSON.stringify(data),
      JSON.stringify(metadata),
      last.hash,
      hash,
    );
    db.close();

    const result = await run(['verify', ...trusted()]);
    const sealedBefore = await run(['verify', ...trusted(), '--sealed-before', '2025-01-01']);

    expect(result.code).toBe(1);
    expect(result.out).toContain(
      `says it was recorded at 2024-06-01T10:00:00.000Z, before the seal at position`,
    );
    expect(result.out).toContain(
      `After the last seal: 1 event, position ${head + 1}, recorded 2024-06-01T10:00:00.000Z`,
    );
    expect(sealedBefore.code).toBe(1);
    expect(sealedBefore.out).toContain('is before 2025-01-01T00:00:00.000Z but not covered by a valid seal');
  });

  it('accepts the seal a report carries and published seals, and fails when the log lost what they sealed', async () => {
    await seal();
    const position = (await withTestStore((store) => store.headPosition())) - 2;
    expect(
      (
        await run([
          ...REPORT,
          '--position',
          String(position),
          '--format',
          'json',
          '--out',
          file('report.json'),
        ])
      ).code,
    ).toBe(0);
    const carried = JSON.parse(readFileSync(file('report.json'), 'utf8')).source.seal;
    const withReport = await run(['verify', ...trusted(), '--seals', file('report.json')]);
    const db = new Database(storePath);
    db.exec('DROP TRIGGER events_no_delete');
    db.prepare('DELETE FROM events WHERE position >= ?').run(position);
    db.close();
    const shorter = await run(['verify', ...trusted(), '--seals', file('published')]);

    expect(carried).toMatchObject({
      seal: { position },
      statement: expect.stringMatching(/^Sealed: the seal of /),
    });
    expect(withReport.code).toBe(0);
    expect(shorter.code).toBe(1);
    expect(shorter.out).toContain(`was published but is not in the log: seals were removed from it`);
    expect(shorter.out).toContain('The log is shorter than the seal of');
  });

  it('reports a seal record in the log that holds no seal', async () => {
    await withTestStore((store) =>
      store.append(
        'ledger-seals',
        [
          {
            type: 'LedgerSealed',
            data: { type: 'fund-ledger/seal', version: 1, position: 'all of it' },
            metadata: {
              actor: { subject: 'fund-ledger-sealer', role: 'system' },
              commandId: 'c',
              correlationId: 'c',
              causationId: 'c',
              recordedAt: '2025-06-01T12:00:00.000Z',
            },
          },
        ],
        'no_stream',
      ),
    );
    const head = await withTestStore((store) => store.headPosition());

    const result = await run(['verify', '--progress', 'off']);

    expect(result.code).toBe(1);
    expect(result.out).toContain(
      `The seal record at position ${head} of the log is malformed: position is not a whole number`,
    );
  });

  it('refuses a stored event whose JSON names a member twice', async () => {
    const db = new Database(storePath);
    db.exec('DROP TRIGGER events_no_update');
    const { data } = db.prepare('SELECT data FROM events WHERE position = 5').get() as { data: string };
    db.prepare('UPDATE events SET data = ? WHERE position = 5').run(
      data.replace('{', '{"amount":"99999.00",'),
    );
    db.close();

    const result = await run(['verify', '--progress', 'off']);

    expect(result.code).toBe(1);
    expect(result.out).toContain(
      'Stored event at position 5 cannot be read: its data names the member "amount" more than once (at $.amount)',
    );
  });
});
