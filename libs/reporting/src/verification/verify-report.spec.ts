/**
 * Goal: `verifyReportAgainstLog` accepts a report together with the untouched export of the log it was
 * made from, and fails, naming the event or the figure, when either was changed: an event's data edited
 * (chain broken at that event), a history rewritten with fresh hashes (digest differs), a figure of the
 * report edited (its field named), or an export that stops short or cannot be read.
 */
import { fundStreamName } from '@fund-ledger/domain';
import {
  computeEventHash,
  GENESIS_PREV_HASH,
  type JsonObject,
  type RecordedEvent,
} from '@fund-ledger/event-store';
import { buildAccountabilityReport } from '../accountability/build-accountability-report';
import { reportPeriod } from '../accountability/report-period';
import { eventToJsonLine, readEventLog } from '../export/event-log-jsonl';
import { renderReportJson } from '../render/report-json';
import { councilYearEvents, digestOf, recordFundEvents, REPORT_FUND_ID } from '../testing/report-histories';
import { parseAccountabilityReport, ReportFormatError, verifyReportAgainstLog } from './verify-report';

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
    ['another version', reportJson.replace('"version":1', '"version":99')],
    ['a period that does not exist', reportJson.replace('"to":"2024-12-31"', '"to":"2024-13-01"')],
  ])('refuses a report file that is %s', (_case, text) => {
    expect(() => parseAccountabilityReport(text)).toThrow(ReportFormatError);
  });
});
