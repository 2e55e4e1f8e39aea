/**
 * Goal: the auditor's commands against a real SQLite store. `verify` passes an intact log and names the
 * first altered event (exit 1); `digest` and `replay` print what the library computes; `export` writes a
 * log that `verify --input` accepts; `report accountability` writes the same bytes twice; `verify-report`
 * accepts the report with its export and fails on a tampered export, and checks a printed report by the
 * text of its QR code (rebuilding the very PDF); bad command lines exit 2, a missing store 3; plain
 * progress lines appear on stderr.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { fundStreamName } from '@fund-ledger/domain';
import {
  computeLedgerDigest,
  createEventStore,
  type EventStore,
  type RecordedEvent,
} from '@fund-ledger/event-store';
import { fundBalancesReport, fundProjectionAt, parsePointInTime } from '@fund-ledger/projections';
import {
  buildAccountabilityReport,
  formatReportCode,
  loadReportInput,
  parseAccountabilityReport,
  renderReport,
  reportCodeOf,
  reportPeriod,
} from '@fund-ledger/reporting';
import {
  appendFundEvents,
  councilYearEvents,
  REPORT_FUND_ID,
} from '@fund-ledger/reporting/testing/report-histories';
import { runCli } from '../cli';
import { councilReportArguments } from '../testing/council-report';
import type { CliIo } from '../cli-context';
import { CLI_SUBCOMMANDS } from '.';

/** The private contribution of 15,000.00 EUR is the fund's fifth event and the log's fifth position. */
const CONTRIBUTION_POSITION = 5;

let directory: string;
let storePath: string;

async function withTestStore<Result>(work: (store: EventStore) => Promise<Result>): Promise<Result> {
  const store = await createEventStore({ kind: 'sqlite', path: storePath });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

async function run(args: string[], env: NodeJS.ProcessEnv = { SQLITE_PATH: storePath }) {
  let out = '';
  let err = '';
  const io: CliIo = { env, writeOut: (text) => (out += text), writeErr: (text) => (err += text) };
  const code = await runCli(args, io, CLI_SUBCOMMANDS);
  return { code, out, err };
}

function file(name: string): string {
  return join(directory, name);
}

/** Edits one stored event behind the store's back, as someone with access to the file could. */
function tamperWithStoredAmount(position: number): void {
  const db = new Database(storePath);
  db.exec('DROP TRIGGER IF EXISTS events_no_update');
  const { data } = db.prepare('SELECT data FROM events WHERE position = ?').get(position) as { data: string };
  db.prepare('UPDATE events SET data = ? WHERE position = ?').run(
    data.replace('15000.00', '15900.00'),
    position,
  );
  db.close();
}

beforeEach(async () => {
  directory = mkdtempSync(join(tmpdir(), 'ledger-cli-audit-'));
  storePath = file('ledger.sqlite');
  await withTestStore(async (store) => {
    await appendFundEvents(store, councilYearEvents());
    await appendFundEvents(store, councilYearEvents('hoerde'), 50);
  });
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('ledger-cli verify', () => {
  it('passes an intact log and prints the digest of its head', async () => {
    const result = await run(['verify', '--progress', 'off']);
    const digest = await withTestStore((store) => computeLedgerDigest(store));

    expect(result.code).toBe(0);
    expect(result.out).toContain(
      `OK: ${digest.eventCount} events in 2 streams verified up to position ${digest.position}`,
    );
    expect(result.out).toContain(`Ledger digest root ${digest.root}`);
  });

  it('exits 1 naming the first altered event', async () => {
    tamperWithStoredAmount(CONTRIBUTION_POSITION);

    const result = await run(['verify', '--progress', 'off']);

    expect(result.code).toBe(1);
    expect(result.out).toContain('FAILED: the history is altered or incomplete.');
    expect(result.out).toContain(
      `Event ${fundStreamName(REPORT_FUND_ID)}@4 (position ${CONTRIBUTION_POSITION}): stored hash`,
    );
  });

  it('exits 1 when the digest at a position differs from the one expected', async () => {
    const digest = await withTestStore((store) => computeLedgerDigest(store, 40));
    const good = await run(['verify', '--position', '40', '--expect-root', digest.root, '--progress', 'off']);
    const bad = await run([
      'verify',
      '--position',
      '40',
      '--expect-root',
      'a'.repeat(64),
      '--progress',
      'off',
    ]);

    expect(good.code).toBe(0);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain(`The expected root ${'a'.repeat(64)} differs`);
  });

  it('exits 1, not 2, when a published position lies beyond a log whose last events were removed', async () => {
    const head = await withTestStore((store) => store.headPosition());
    const published = await withTestStore((store) => computeLedgerDigest(store, head));
    const db = new Database(storePath);
    db.exec('DROP TRIGGER events_no_delete');
    db.prepare('DELETE FROM events WHERE position = ?').run(head);
    db.close();

    const result = await run([
      'verify',
      '--position',
      String(head),
      '--expect-root',
      published.root,
      '--progress',
      'off',
    ]);

    expect(result.code).toBe(1);
    expect(result.out).toBe(
      'FAILED: the log is shorter than what was asked for.\n' +
        `It ends at position ${head - 1}, before position ${head}: events were removed after a digest or report of that position was made, or the position is not one of this ledger.\n`,
    );
  });

  it.each([
    [['verify', '--position', 'ten']],
    [['verify', '--sealed-before', '2024-01-01']],
    [['verify', '--seals', 'no-such-folder']],
    [['verify', '--expect-root', 'xyz']],
    [['verify', '--progress', 'loud']],
    [['replay', '--as-of', '2024-06-30', '--position', '3']],
    [['replay', '--as-of', 'yesterday']],
    [['replay', '--fund', 'no-such-fund']],
    [['replay', '--effective-on', '2024-02-30']],
    [['replay', '--effective-on', '30.06.2024']],
    [['export', '--format', 'csv']],
    [
      [
        'report',
        'accountability',
        '--fund',
        REPORT_FUND_ID,
        '--from',
        '2024-01-01',
        '--to',
        '2023-01-01',
        '--format',
        'json',
        '--out',
        'x',
      ],
    ],
  ])('exits 2 on the usage error %j', async (args) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
  });

  it('exits 3 without creating a store where none is', async () => {
    const result = await run(['verify'], { SQLITE_PATH: file('nothing-here.sqlite') });
    expect(result.code).toBe(3);
    expect(result.err).toContain(`There is no SQLite event store at ${file('nothing-here.sqlite')}`);
    expect(existsSync(file('nothing-here.sqlite'))).toBe(false);
  });

  it('shows plain progress lines with rate and ETA, and a closing line', async () => {
    const result = await run(['verify', '--progress', 'lines']);
    expect(result.err).toMatch(
      /^verify: position [\d,]+ of [\d,]+ \(\d+ %\), [\d,]+ events, [\d,]+ events\/s, ETA \d+ s$/m,
    );
    expect(result.err).toMatch(/^verify: done, 162 events in [\d.]+ s \([\d,]+ events\/s\)$/m);
  });
});

describe('ledger-cli digest and replay', () => {
  it('prints the digest at a position', async () => {
    const result = await run(['digest', '--position', '40', '--json', '--progress', 'off']);
    const digest = await withTestStore((store) => computeLedgerDigest(store, 40));
    expect(JSON.parse(result.out)).toEqual(digest);
  });

  it("prints a fund's balances as of a date, as the service's point-in-time query computes them", async () => {
    const result = await run([
      'replay',
      '--fund',
      REPORT_FUND_ID,
      '--as-of',
      '2024-06-30',
      '--format',
      'json',
      '--progress',
      'off',
    ]);
    const expected = await withTestStore((store) =>
      fundProjectionAt(store, REPORT_FUND_ID, parsePointInTime('2024-06-30T23:59:59.999Z')),
    );

    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual([
      fundBalancesReport(expected.summary as NonNullable<typeof expected.summary>),
    ]);
  });

  it('prints balances by business date, alone and as the ledger knew them at a position, as the service computes them', async () => {
    for (const cut of [
      { args: ['--effective-on', '2024-06-30'], point: undefined },
      { args: ['--effective-on', '2024-06-30', '--position', '40'], point: 40 },
    ]) {
      const result = await run([
        'replay',
        '--fund',
        REPORT_FUND_ID,
        ...cut.args,
        '--format',
        'json',
        '--progress',
        'off',
      ]);
      const expected = await withTestStore(async (store) =>
        fundProjectionAt(
          store,
          REPORT_FUND_ID,
          { kind: 'position', position: cut.point ?? (await store.headPosition()) },
          '2024-06-30',
        ),
      );
      expect(result.code).toBe(0);
      expect(JSON.parse(result.out)).toEqual([
        fundBalancesReport(expected.summary as NonNullable<typeof expected.summary>),
      ]);
    }
  });

  it('prints every fund as a table by default', async () => {
    const result = await run(['replay', '--position', '100', '--progress', 'off']);
    expect(result.out).toMatch(/^Fund city-fonds \(Verfügungsfonds Dortmund-City\), open, pooled matching/m);
    expect(result.out).toMatch(/^Fund hoerde /m);
    expect(result.out).toMatch(/^public pot\s+30000\.00/m);
  });
});

describe('ledger-cli output of stored texts that attack a terminal', () => {
  const FORGED = 'Harmless\u001b[2K\r\u001b[1AFAKE LINE\u202e';

  /** A fund recorded before the text policy, with a name that erases a line and forges another. */
  async function storeForgedFund(): Promise<void> {
    await withTestStore((store) =>
      appendFundEvents(
        store,
        councilYearEvents('forged').map((event) =>
          event.type === 'FundOpened' ? { ...event, data: { ...event.data, name: FORGED } } : event,
        ),
        100,
      ),
    );
  }

  it('replay shows control and bidi characters as code points, in text and in JSON', async () => {
    await storeForgedFund();
    const text = await run(['replay', '--fund', 'forged', '--progress', 'off']);
    expect(text.out).toContain('Fund forged (Harmless[U+001B][2K[U+000D][U+001B][1AFAKE LINE[U+202E])');
    expect(containsAny(text.out, '\u001b\r\u202e')).toBe(false);
    const json = await run(['replay', '--fund', 'forged', '--format', 'json', '--progress', 'off']);
    expect(containsAny(json.out, '\u001b\r\u202e')).toBe(false);
    expect((JSON.parse(json.out) as { name: string }[])[0]?.name).toBe(FORGED);
  });
});

describe('ledger-cli export, report and verify-report', () => {
  async function writeReport(format: string, name: string) {
    const args = councilReportArguments();
    return run([...args, '--format', format, '--out', file(name), '--progress', 'off']);
  }

  it('exports a log that verifies on its own, and a fund that is only its stream', async () => {
    const whole = await run(['export', '--format', 'jsonl', '--out', file('log.jsonl'), '--progress', 'off']);
    const fund = await run([
      'export',
      '--format',
      'jsonl',
      '--fund',
      'hoerde',
      '--out',
      file('fund.jsonl'),
      '--progress',
      'off',
    ]);
    expect(fund.err).toContain('Exported 81 events of fund hoerde');
    const digest = await withTestStore((store) => computeLedgerDigest(store));

    expect(whole.err).toContain(`Ledger digest root at position ${digest.position}: ${digest.root}`);
    expect(readFileSync(file('log.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(digest.eventCount);
    const fundLines = readFileSync(file('fund.jsonl'), 'utf8').trimEnd().split('\n');
    expect(fundLines.every((line) => line.includes('"streamId":"fund-hoerde"'))).toBe(true);
    expect((await run(['verify', '--input', file('log.jsonl'), '--progress', 'off'])).code).toBe(0);
    expect((await run(['verify', '--input', file('fund.jsonl'), '--progress', 'off'])).code).toBe(0);
  });

  it('writes the report the library builds, byte for byte the same on a second run', async () => {
    await writeReport('json', 'first.json');
    await writeReport('json', 'second.json');
    const expected = await withTestStore(async (store) => {
      const input = await loadReportInput(store, {
        fundId: REPORT_FUND_ID,
        period: reportPeriod('2024-01-01', '2024-12-31'),
      });
      return renderReport(buildAccountabilityReport(input), 'json', { language: 'de' });
    });

    expect(readFileSync(file('first.json')).equals(expected)).toBe(true);
    expect(readFileSync(file('second.json')).equals(expected)).toBe(true);
    for (const format of ['csv', 'html', 'pdf']) {
      expect((await writeReport(format, `report.${format}`)).code).toBe(0);
    }
    expect(readFileSync(file('report.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('writes the report from what the ledger had recorded by --as-of, as at the position reached by then', async () => {
    const cutAt = await withTestStore(async (store) => {
      let last: RecordedEvent | undefined;
      for await (const event of store.readAll({ toPosition: 40 })) last = event;
      if (last === undefined) throw new Error('The sample log has no position 40');
      return last;
    });
    const asOf = cutAt.metadata.recordedAt;
    const byInstant = await run([
      ...councilReportArguments(),
      '--as-of',
      asOf,
      '--format',
      'json',
      '--out',
      file('as-of.json'),
      '--progress',
      'off',
    ]);
    expect(byInstant.code).toBe(0);
    const report = parseAccountabilityReport(readFileSync(file('as-of.json'), 'utf8'));
    // The log as recorded by then: every event up to the first one recorded later.
    const recordedBy = await withTestStore(async (store) => {
      let position = 0;
      for await (const event of store.readAll()) {
        if (Date.parse(event.metadata.recordedAt) > Date.parse(asOf)) break;
        position = event.position;
      }
      return position;
    });
    expect(recordedBy).toBeGreaterThanOrEqual(40);
    expect(report.source.position).toBe(recordedBy);
    const both = await run([
      ...councilReportArguments(),
      '--as-of',
      asOf,
      '--position',
      '40',
      '--format',
      'json',
      '--out',
      file('x.json'),
    ]);
    expect(both.code).toBe(2);
  });

  it('verifies the report against its export, and names the event of a tampered export', async () => {
    await writeReport('json', 'report.json');
    await run(['export', '--format', 'jsonl', '--out', file('log.jsonl'), '--progress', 'off']);
    const lines = readFileSync(file('log.jsonl'), 'utf8').split('\n');
    lines[CONTRIBUTION_POSITION - 1] = lines[CONTRIBUTION_POSITION - 1].replace('15000.00', '15900.00');
    writeFileSync(file('tampered.jsonl'), lines.join('\n'));

    const intact = await run(['verify-report', file('report.json'), file('log.jsonl'), '--progress', 'off']);
    const tampered = await run([
      'verify-report',
      file('report.json'),
      file('tampered.jsonl'),
      '--progress',
      'off',
    ]);

    expect(intact.code).toBe(0);
    expect(intact.out).toContain(
      'OK: the accountability report of fund city-fonds for 2024-01-01 to 2024-12-31 follows from this export.',
    );
    expect(tampered.code).toBe(1);
    expect(tampered.out).toContain(
      `Event fund-city-fonds@4 (position ${CONTRIBUTION_POSITION}): stored hash`,
    );
  });

  it('checks a printed report by the text of its QR code, and writes the report rebuilt from the export', async () => {
    await writeReport('json', 'report.json');
    await writeReport('pdf', 'report.pdf');
    await run(['export', '--format', 'jsonl', '--out', file('log.jsonl'), '--progress', 'off']);
    const report = parseAccountabilityReport(readFileSync(file('report.json'), 'utf8'));
    writeFileSync(file('code.txt'), `${formatReportCode(reportCodeOf(report)).replace(/\n/g, '\r\n')}\r\n`);

    const paper = await run([
      'verify-report',
      '--code',
      file('code.txt'),
      file('log.jsonl'),
      '--out',
      file('rebuilt.pdf'),
      '--progress',
      'off',
    ]);
    const both = await run([
      'verify-report',
      file('report.json'),
      file('log.jsonl'),
      '--code',
      file('code.txt'),
    ]);

    expect(paper.code).toBe(0);
    expect(paper.out).toContain(
      `OK: the report the code names (fund city-fonds, 2024-01-01 to 2024-12-31, position ${report.source.position}) follows from this export.`,
    );
    expect(paper.out).toContain(`  6. 3 grants, granting ${report.grants.totals.amount}`);
    expect(readFileSync(file('rebuilt.pdf')).equals(readFileSync(file('report.pdf')))).toBe(true);
    expect(both.code).toBe(0);
    expect(both.out).toContain('follows from this export, and is the one the code names.');
  });

  it('fails a code whose root the export does not give, and refuses what is not a code', async () => {
    await run(['export', '--format', 'jsonl', '--out', file('log.jsonl'), '--progress', 'off']);
    await writeReport('json', 'report.json');
    const report = parseAccountabilityReport(readFileSync(file('report.json'), 'utf8'));
    const code = formatReportCode(reportCodeOf(report));
    writeFileSync(file('forged.txt'), code.replace(/root=\w+/, `root=${'0'.repeat(64)}`));
    writeFileSync(file('not-a-code.txt'), 'https://example.org/report');

    const forged = await run([
      'verify-report',
      '--code',
      file('forged.txt'),
      file('log.jsonl'),
      '--progress',
      'off',
    ]);
    const notACode = await run(['verify-report', '--code', file('not-a-code.txt'), file('log.jsonl')]);
    const outWithoutCode = await run([
      'verify-report',
      file('report.json'),
      file('log.jsonl'),
      '--out',
      file('x.pdf'),
    ]);

    expect(forged.code).toBe(1);
    expect(forged.out).toContain(
      `the code says root ${'0'.repeat(64)}, the export gives root ${report.source.ledgerDigest.root}`,
    );
    expect(notACode.code).toBe(2);
    expect(notACode.err).toContain('starts with the line "fund-ledger-report/1"');
    expect(outWithoutCode.code).toBe(2);
  });

  it('exits 2 when the report or the export is missing or not a report', async () => {
    await run(['export', '--format', 'jsonl', '--out', file('log.jsonl'), '--progress', 'off']);
    writeFileSync(file('not-a-report.json'), '{"hello":"world"}');

    expect((await run(['verify-report', file('missing.json'), file('log.jsonl')])).code).toBe(2);
    expect((await run(['verify-report', file('not-a-report.json'), file('log.jsonl')])).code).toBe(2);
    await writeReport('json', 'report.json');
    expect((await run(['verify-report', file('report.json'), file('missing.jsonl')])).code).toBe(2);
  });
});

/** Whether the text holds any of the characters. */
function containsAny(text: string, characters: string): boolean {
  return [...characters].some((character) => text.includes(character));
}
