/**
 * Goal: the sealer seals when a seal is due (every N events, after a while with new events, after an
 * event named by the caller, at once for a log without a seal), never twice for one position, and
 * signs a seal the audit accepts; a time-stamping authority that cannot be reached leaves the seal
 * signed and unstamped until it answers again; published copies land in a folder. The audit then
 * finds a forged append before a seal, a back-dated append after it, a log shorter than a seal, a
 * forged seal, and says up to where the log is sealed and what follows.
 */
import { generateKeyPairSync, createPublicKey, type KeyObject } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createEventStore } from '../create-event-store';
import type { EventStore, NewEvent, RecordedEvent } from '../event-store.port';
import { computeEventHash } from '../hash-chain';
import {
  startTestTimeStampAuthority,
  type TestTimeStampAuthority,
} from '../testing/test-time-stamp-authority';
import { verifyChains } from '../verify-chains';
import { sealKeyId, type PublishedSeal } from './seal';
import { checkSeals, SealAudit, type SealAuditOptions, type SealAuditResult } from './seal-audit';
import { folderSealPublisher, readPublishedSeals } from './seal-publication';
import { readSealStream } from './seal-stream';
import { Sealer, type SealerOptions } from './sealer';
import { InProcessSealingLock } from './sealing-lock';
import { parseCertificates } from './time-stamping';

let directory: string;
let store: EventStore;
let authority: TestTimeStampAuthority;
const { privateKey } = generateKeyPairSync('ed25519');
let clock = Date.parse('2024-03-01T09:00:00.000Z');

function event(index: number, recordedAt = new Date(clock).toISOString()): NewEvent {
  return {
    type: 'ContributionReceived',
    data: { amount: `${index}.00` },
    metadata: {
      actor: { subject: 'treasurer-1', role: 'treasurer' },
      commandId: `c-${index}`,
      correlationId: `c-${index}`,
      causationId: `c-${index}`,
      recordedAt,
    },
  };
}

async function appendEvents(count: number, stream = 'fund-a'): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    clock += 1000;
    await store.append(stream, [event(index)], 'any');
  }
}

function sealer(options: Partial<SealerOptions> = {}): Sealer {
  return new Sealer({
    store,
    signingKey: privateKey,
    lock: new InProcessSealingLock(),
    everyEvents: 5,
    everyMs: 15 * 60_000,
    now: () => new Date(clock),
    ...options,
  });
}

function trustedKeys(key: KeyObject = privateKey): Map<string, KeyObject> {
  const publicKey = createPublicKey(key);
  return new Map([[sealKeyId(publicKey), publicKey]]);
}

async function audit(
  options: Partial<SealAuditOptions> = {},
  published: PublishedSeal[] = [],
): Promise<SealAuditResult & { chainOk: boolean }> {
  const trust = {
    keys: trustedKeys(),
    authorities: parseCertificates(authority.caCertificatePem, 'CA'),
    ...options,
  };
  const { seals } = await readSealStream(store);
  const checked = await checkSeals(seals, published, trust);
  const result = await verifyChains(store.readAll(), {
    seals: new SealAudit(checked.seals, checked.findings, trust),
  });
  return { ...(result.seals as SealAuditResult), chainOk: result.ok };
}

/** Appends a row behind the store's back with a valid hash, as someone with write access to the file could. */
function forgeAppend(streamId: string, recordedAt: string, position?: number): void {
  const db = new Database(join(directory, 'ledger.sqlite'));
  const head = db
    .prepare('SELECT revision, hash FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1')
    .get(streamId) as { revision: number; hash: string } | undefined;
  const revision = head === undefined ? 0 : head.revision + 1;
  const prevHash = head?.hash ?? '0'.repeat(64);
  const forged = { ...event(999, recordedAt), type: 'PayoutMade', data: { amount: '3000.00' } };
  const hash = computeEventHash({ streamId, revision, ...forged, prevHash });
  db.prepare(
    'INSERT INTO events (position, stream_id, revision, type, data, metadata, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    position ?? null,
    streamId,
    revision,
    'PayoutMade',
    JSON.stringify({ amount: '3000.00' }),
    JSON.stringify(forged.metadata),
    prevHash,
    hash,
  );
  db.close();
}

beforeAll(async () => {
  authority = await startTestTimeStampAuthority();
});
afterAll(() => authority.close());
beforeEach(async () => {
  directory = mkdtempSync(join(tmpdir(), 'sealer-'));
  store = await createEventStore({ kind: 'sqlite', path: join(directory, 'ledger.sqlite') });
});
afterEach(async () => {
  await store.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('Sealer', () => {
  it('seals a log without a seal at once, then every N events, after a while with new events, and after a named event', async () => {
    const sealAfterClose = (recorded: RecordedEvent) => recorded.type === 'FiscalYearClosed';
    const theSealer = sealer({ sealsAfter: sealAfterClose, timeStampAuthorityUrl: authority.url });
    await appendEvents(2);
    expect((await theSealer.round()).sealed?.position).toBe(2);
    await appendEvents(3);
    expect((await theSealer.round()).sealed).toBeNull();
    await appendEvents(2);
    expect((await theSealer.round()).sealed?.eventCount).toBe(9);
    await appendEvents(1);
    clock += 15 * 60_000;
    expect((await theSealer.round()).sealed?.position).toBeGreaterThan(9);
    expect((await theSealer.round()).sealed).toBeNull();
    const close = await store.append('fund-a', [{ ...event(50), type: 'FiscalYearClosed' }], 'any');
    const afterClose = await theSealer.round();

    expect(afterClose.sealed?.position).toBe(close.lastPosition);
    const { seals } = await readSealStream(store);
    expect(seals.map((seal) => seal.eventCount)).toEqual([2, 9, 12, 15]);
    expect(seals.every((seal) => seal.timeStampToken !== null)).toBe(true);
    const result = await audit();
    expect(result).toMatchObject({ ok: true, chainOk: true, sealCount: 4, withoutToken: [] });
    expect(result.lastValidSeal?.seal.position).toBe(seals[3]?.position);
    expect(result.lastValidSeal?.timeStamp.state).toBe('valid');
    expect(result.afterLastSeal.eventCount).toBe(0);
  });

  it('seals a position once when several sealers race, each with its own lock', async () => {
    await appendEvents(7);
    const sealers = [sealer(), sealer(), sealer()];

    const rounds = await Promise.all(sealers.map((each) => each.round()));

    expect(rounds.filter((round) => round.sealed !== null)).toHaveLength(1);
    expect((await readSealStream(store)).seals).toHaveLength(1);
    expect(
      (await Promise.all(sealers.map((each) => each.round()))).every((round) => round.sealed === null),
    ).toBe(true);
  });

  it('signs at once while the authority is down, stamps when it answers, and publishes each version', async () => {
    const folder = join(directory, 'published');
    const theSealer = sealer({
      timeStampAuthorityUrl: authority.url,
      publisher: folderSealPublisher(folder),
    });
    await appendEvents(3);
    authority.setOnline(false);
    const offline = await theSealer.round();
    const unstamped = await audit();
    authority.setOnline(true);
    const online = await theSealer.round();

    expect(offline).toMatchObject({ stamped: 0, published: 1 });
    expect(unstamped).toMatchObject({ ok: true, withoutToken: [3] });
    expect(unstamped.lastValidSeal?.timeStamp).toEqual({ state: 'missing' });
    expect(online).toMatchObject({ sealed: null, stamped: 1, published: 1 });
    expect(readdirSync(folder)).toEqual(['seal-000000000000003.json']);
    const [published] = await readPublishedSeals(folder);
    expect(published?.timeStampToken).toEqual(expect.any(String));
    expect(await audit()).toMatchObject({ ok: true, withoutToken: [] });
  });
});

describe('Sealer on a log it sealed before', () => {
  it('refuses to seal again once the history under its seal was rewritten with fresh hashes', async () => {
    await appendEvents(4);
    await sealer().round();
    await appendEvents(2);
    const db = new Database(join(directory, 'ledger.sqlite'));
    db.exec('DROP TRIGGER events_no_update');
    const rows = db
      .prepare(
        "SELECT position, revision, type, data, metadata FROM events WHERE stream_id = 'fund-a' ORDER BY revision",
      )
      .all() as Array<{ position: number; revision: number; type: string; data: string; metadata: string }>;
    let prevHash = '0'.repeat(64);
    for (const row of rows) {
      const data = row.revision === 1 ? { amount: '9999.00' } : JSON.parse(row.data);
      const hash = computeEventHash({
        streamId: 'fund-a',
        revision: row.revision,
        type: row.type,
        data,
        metadata: JSON.parse(row.metadata),
        prevHash,
      });
      db.prepare('UPDATE events SET data = ?, prev_hash = ?, hash = ? WHERE position = ?').run(
        JSON.stringify(data),
        prevHash,
        hash,
        row.position,
      );
      prevHash = hash;
    }
    db.close();
    const restarted = sealer();

    const round = await restarted.round();

    expect(round.sealed).toBeNull();
    expect(restarted.broken).toContain('The log up to position 4 is not the one sealed on');
    expect((await audit()).findings.map((finding) => finding.kind)).toEqual(['seal_mismatch']);
  });

  it('publishes its latest seal again when it starts, so a publication lost in a restart is made up', async () => {
    await appendEvents(3);
    await sealer().round();
    const folder = join(directory, 'published');

    const restarted = await sealer({ publisher: folderSealPublisher(folder) }).round();

    expect(restarted).toMatchObject({ sealed: null, published: 1 });
    expect(readdirSync(folder)).toEqual(['seal-000000000000003.json']);
  });

  it('is not stopped by a seal someone wrote into the log with another key', async () => {
    await appendEvents(3);
    const { privateKey: otherKey } = generateKeyPairSync('ed25519');
    await sealer({ signingKey: otherKey }).round();
    await appendEvents(1);

    const round = await sealer().round();

    expect(round.sealed?.position).toBe((await store.headPosition()) - 1);
  });
});

describe('auditing a sealed log', () => {
  it('finds a forged append placed before a seal, and a back-dated append after it', async () => {
    await appendEvents(4);
    await sealer().round();
    forgeAppend('fund-b', '2024-01-15T10:00:00.000Z');

    const backdated = await audit();

    expect(backdated.chainOk).toBe(true);
    expect(backdated.ok).toBe(false);
    expect(backdated.findings).toEqual([
      expect.objectContaining({
        kind: 'backdated_event',
        message: expect.stringContaining('before the seal at position 4'),
      }),
    ]);
    expect(backdated.afterLastSeal.eventCount).toBe(1);
  });

  it('finds events removed after a seal using the published copy, and a forged seal', async () => {
    const folder = join(directory, 'published');
    await appendEvents(6);
    await sealer({ publisher: folderSealPublisher(folder) }).round();
    const published = await readPublishedSeals(folder);
    const db = new Database(join(directory, 'ledger.sqlite'));
    db.exec('DROP TRIGGER events_no_delete; DELETE FROM events WHERE position >= 6');
    db.close();

    const shorter = await audit({}, published);
    const { privateKey: otherKey } = generateKeyPairSync('ed25519');
    const forgedTrust = await audit({ keys: trustedKeys(otherKey) }, published);

    expect(shorter.findings.map((finding) => finding.kind)).toEqual([
      'seal_missing_from_log',
      'seal_beyond_log',
    ]);
    expect(shorter.findings[1]?.message).toContain('The log is shorter than the seal');
    expect(forgedTrust.findings.map((finding) => finding.kind)).toContain('seal_signature_invalid');
  });

  it('finds an event swapped into an earlier position under a seal, and checks --sealed-before', async () => {
    await appendEvents(3, 'fund-a');
    await appendEvents(2, 'fund-b');
    await sealer().round();
    await appendEvents(1, 'fund-a');
    const lastRecordedAt = new Date(clock).toISOString();
    const covered = await audit({
      sealedBefore: { instant: '2024-03-01T09:00:04.500Z', epochMs: Date.parse('2024-03-01T09:00:04.500Z') },
    });
    const uncovered = await audit({
      sealedBefore: { instant: '2024-03-02T00:00:00Z', epochMs: Date.parse('2024-03-02T00:00:00Z') },
    });
    const db = new Database(join(directory, 'ledger.sqlite'));
    db.exec('DROP TRIGGER events_no_update');
    db.exec(
      'UPDATE events SET position = -position WHERE position IN (3, 4); UPDATE events SET position = 4 WHERE position = -3; UPDATE events SET position = 3 WHERE position = -4',
    );
    db.close();
    const swapped = await audit();

    expect(covered.ok).toBe(true);
    expect(uncovered.findings).toEqual([
      expect.objectContaining({
        kind: 'not_sealed_before',
        message: expect.stringContaining(`recorded ${lastRecordedAt}`),
      }),
    ]);
    expect(swapped.chainOk).toBe(true);
    expect(swapped.findings).toEqual([expect.objectContaining({ kind: 'seal_mismatch', position: 5 })]);
    expect(swapped.findings[0]?.message).toContain('order hash differ');
  });
});
