/**
 * Goal: `verifyReportAgainstLog` accepts a report together with the untouched export of the log it was
 * made from, and fails, naming the event or the figure, when either was changed: an event's data edited
 * (chain broken at that event), a history rewritten with fresh hashes (digest differs), a figure of the
 * report edited (its field named), or an export that stops short or cannot be read. A printed report is
 * checked by its verification code the same way (`verifyCodeAgainstLog`): the export must give the
 * code's root at its position and hold the seal it names, and the report rebuilt from it is the printed
 * one, byte for byte; a JSON report checked with a code must be the one the code names.
 */
import { fundStreamName } from '@fund-ledger/domain';
import { generateKeyPairSync } from 'node:crypto';
import {
  computeEventHash,
  GENESIS_PREV_HASH,
  publishedSeal,
  SEAL_STREAM_ID,
  sealEvent,
  signSeal,
  type JsonObject,
  type PublishedSeal,
  type RecordedEvent,
} from '@fund-ledger/event-store';
import type { AccountabilityReport } from '../accountability/accountability-report.model';
import { buildAccountabilityReport } from '../accountability/build-accountability-report';
import { reportPeriod } from '../accountability/report-period';
import { eventToJsonLine, readEventLog } from '../export/event-log-jsonl';
import { renderReportJson } from '../render/report-json';
import { councilYearEvents, digestOf, recordFundEvents, REPORT_FUND_ID } from '../testing/report-histories';
import { reportSealOf } from '../accountability/load-report-input';
import { formatReportCode, parseReportCode, reportCodeOf, type ReportCode } from './report-code';
import {
  parseAccountabilityReport,
  ReportFormatError,
  verifyCodeAgainstLog,
  verifyReportAgainstLog,
} from './verify-report';

const log = recordFundEvents([...councilYearEvents(), ...councilYearEvents('hoerde')]);
const digest = digestOf(log);
const fundStream = fundStreamName(REPORT_FUND_ID);
const reportJson = renderReportJson(
  buildAccountabilityReport({
    fundId: REPORT_FUND_ID,
    period: reportPeriod('2024-01-01', '2024-12-31'),
    events: log.filter((event) => event.streamId === fundStream),
    position: digest.position,
    ledgerDigest: digest,
  }),
);

async function* linesOf(events: readonly RecordedEvent[]): AsyncIterable<string> {
  for (const event of events) yield eventToJsonLine(event).trimEnd();
}

function verify(events: readonly RecordedEvent[], json = reportJson) {
  return verifyReportAgainstLog(parseAccountabilityReport(json), readEventLog(linesOf(events)));
}

/** The private contribution of 15,000.00 EUR, the fund's fifth event. */
const CONTRIBUTION_POSITION = 5;

function withData(event: RecordedEvent, data: JsonObject): RecordedEvent {
  return { ...event, data };
}

/** Rewrites one event and recomputes every hash after it, as someone with write access to the store could. */
function rewrittenHistory(position: number, data: JsonObject): RecordedEvent[] {
  const heads = new Map<string, string>();
  return log.map((event) => {
    const changed = event.position === position ? withData(event, data) : event;
    const prevHash = heads.get(event.streamId) ?? GENESIS_PREV_HASH;
    const hash = computeEventHash({ ...changed, prevHash });
    heads.set(event.streamId, hash);
    return { ...changed, prevHash, hash };
  });
}

describe('verifying a report against an export of the log', () => {
  it('accepts the report with the untouched export', async () => {
    const result = await verify(log);
    expect(result).toEqual({ ok: true, eventCount: log.length, digest, problem: null });
  });

  it("fails on an event whose data was edited, naming the event's stream, revision and position", async () => {
    const target = log[CONTRIBUTION_POSITION - 1];
    const tampered = log.map((event) =>
      event === target ? withData(event, { ...event.data, amount: '15900.00' }) : event,
    );

    const result = await verify(tampered);

    expect(result.ok).toBe(false);
    expect(result.problem).toMatchObject({ kind: 'chain_broken', position: CONTRIBUTION_POSITION });
    expect(result.problem?.message).toContain(
      `${fundStream}@${target.revision} (position ${CONTRIBUTION_POSITION})`,
    );
    expect(result.eventCount).toBe(CONTRIBUTION_POSITION - 1);
  });

  it('fails on a history rewritten with fresh hashes, because the digest on the report no longer matches', async () => {
    const target = log[CONTRIBUTION_POSITION - 1];
    const rewritten = rewrittenHistory(CONTRIBUTION_POSITION, { ...target.data, amount: '15900.00' });

    const result = await verify(rewritten);

    expect(result.problem).toMatchObject({ kind: 'digest_mismatch', position: digest.position });
    expect(result.problem?.message).toContain(digest.root);
  });

  it('fails on an edited figure of the report, naming the field', async () => {
    const edited = reportJson.replace('"received":"30000.00"', '"received":"31000.00"');

    const result = await verify(log, edited);

    expect(result.problem).toEqual({
      kind: 'figure_mismatch',
      field: 'balances.public.received',
      position: null,
      message: 'balances.public.received: the report says "31000.00", the export gives "30000.00"',
    });
  });

  it("fails when the last event of the fund's stream was removed, which no chain can show", async () => {
    const lastOfFund = log.filter((event) => event.streamId === fundStream).at(-1) as RecordedEvent;
    const result = await verify(log.filter((event) => event !== lastOfFund));
    expect(result.problem?.kind).toBe('digest_mismatch');
  });

  it('says the log is shorter than the report when the export lacks its last line', async () => {
    const position = parseAccountabilityReport(reportJson).source.position;
    const result = await verify(log.filter((event) => event.position < position));
    expect(result.problem).toMatchObject({ kind: 'export_too_short' });
    expect(result.problem?.message).toMatch(
      /^The log is shorter than the report's digest: the export ends at position \d+, the report was computed at position \d+\./,
    );
  });

  it('fails when the export holds only the fund, because the digest covers the whole log', async () => {
    const result = await verify(log.filter((event) => event.streamId === fundStream));
    expect(result.problem).toMatchObject({ kind: 'export_too_short' });
    expect(result.problem?.message).toContain('holds one fund only (exported with --fund)');
  });

  it('fails on a line that is not JSON, naming the line', async () => {
    async function* lines(): AsyncIterable<string> {
      yield eventToJsonLine(log[0]);
      yield '{"position": 2, "streamId": ';
    }
    const result = await verifyReportAgainstLog(parseAccountabilityReport(reportJson), readEventLog(lines()));
    expect(result.problem).toMatchObject({ kind: 'unreadable_export' });
    expect(result.problem?.message).toMatch(/^Line 2 of the export cannot be read/);
  });

  it.each([
    ['not JSON', 'not json'],
    ['another kind of file', '{"reportType":"something-else"}'],
    ['another version', reportJson.replace('"version":3', '"version":99')],
    ['of the version before tables added up', reportJson.replace('"version":3', '"version":1')],
    ['of the version before business dates', reportJson.replace('"version":3', '"version":2')],
    ['a period that does not exist', reportJson.replace('"to":"2024-12-31"', '"to":"2024-13-01"')],
  ])('refuses a report file that is %s', (_case, text) => {
    expect(() => parseAccountabilityReport(text)).toThrow(ReportFormatError);
  });
});

/** The log with a seal recorded after it, covering every event of it, as the sealer would record it. */
function sealedLog(): { events: RecordedEvent[]; seal: PublishedSeal } {
  const { privateKey } = generateKeyPairSync('ed25519');
  const seal = signSeal(
    {
      position: digest.position,
      eventCount: digest.eventCount,
      streamCount: digest.streamCount,
      digestRoot: digest.root,
      orderHash: 'e'.repeat(64),
      sealedAt: '2025-01-21T08:00:00.000Z',
    },
    privateKey,
  );
  const event = sealEvent(seal, '2025-01-21T08:00:00.000Z', 'seal-1');
  const fields = { ...event, streamId: SEAL_STREAM_ID, revision: 0, prevHash: GENESIS_PREV_HASH };
  const recorded: RecordedEvent = {
    ...fields,
    position: digest.position + 1,
    hash: computeEventHash(fields),
  };
  return { events: [...log, recorded], seal: publishedSeal(seal, null) };
}

/** The code printed on the report made from the untouched log, and that report as JSON. */
function printed(seal: PublishedSeal | null = null): { code: ReportCode; json: string } {
  const report = buildAccountabilityReport({
    fundId: REPORT_FUND_ID,
    period: reportPeriod('2024-01-01', '2024-12-31'),
    events: log.filter((event) => event.streamId === fundStream),
    position: digest.position,
    ledgerDigest: digest,
    seal: reportSealOf(seal === null ? [] : [seal], digest.position),
  });
  return { code: parseReportCode(formatReportCode(reportCodeOf(report))), json: renderReportJson(report) };
}

describe('verifying a printed report by its verification code', () => {
  const verifyCode = (code: ReportCode, events: readonly RecordedEvent[] = log) =>
    verifyCodeAgainstLog(code, readEventLog(linesOf(events)));

  it('rebuilds, from the untouched export, exactly the report the code was printed on', async () => {
    const { code, json } = printed();
    const result = await verifyCode(code);
    expect(result).toMatchObject({ ok: true, problem: null, eventCount: log.length, seal: null });
    expect(renderReportJson(result.report as AccountabilityReport)).toBe(json);
  });

  it('finds the seal the code names in the log, and rebuilds the report carrying it', async () => {
    const { events, seal } = sealedLog();
    const { code, json } = printed(seal);
    expect(code.seal).toEqual({ position: digest.position, signaturePrefix: seal.signature.slice(0, 32) });
    const result = await verifyCode(code, events);
    expect(result).toMatchObject({ ok: true, seal });
    expect(renderReportJson(result.report as AccountabilityReport)).toBe(json);
  });

  it('fails when the log no longer holds the seal the code names', async () => {
    const { seal } = sealedLog();
    const result = await verifyCode(printed(seal).code, log);
    expect(result).toMatchObject({ ok: false, report: null, problem: { kind: 'seal_not_in_log' } });
    expect(result.problem?.message).toContain(
      `position ${digest.position}, signature ${seal.signature.slice(0, 32)}…`,
    );
  });

  it('fails on a history rewritten with fresh hashes, naming the root the code says', async () => {
    const target = log[CONTRIBUTION_POSITION - 1];
    const rewritten = rewrittenHistory(CONTRIBUTION_POSITION, { ...target.data, amount: '15900.00' });
    const result = await verifyCode(printed().code, rewritten);
    expect(result).toMatchObject({ ok: false, report: null, problem: { kind: 'digest_mismatch' } });
    expect(result.problem?.message).toContain(`the code says root ${digest.root}, the export gives root`);
  });

  it('fails when the code names a fund the log does not hold', async () => {
    const result = await verifyCode({ ...printed().code, fundId: 'elsewhere' });
    expect(result).toMatchObject({ ok: false, problem: { kind: 'not_reportable' } });
  });

  it('checks a JSON report against the code too: it must be the report the code names', async () => {
    const { code, json } = printed();
    const report = parseAccountabilityReport(json);
    const matching = await verifyReportAgainstLog(report, readEventLog(linesOf(log)), { code });
    const other = await verifyReportAgainstLog(report, readEventLog(linesOf(log)), {
      code: { ...code, from: '2024-07-01' },
    });
    expect(matching).toMatchObject({ ok: true, problem: null });
    expect(other).toMatchObject({ ok: false, problem: { kind: 'code_mismatch' } });
    expect(other.problem?.message).toBe(
      'The report is not the one the code names: its period is 2024-01-01/2024-12-31, the code says 2024-07-01/2024-12-31.',
    );
  });
});
