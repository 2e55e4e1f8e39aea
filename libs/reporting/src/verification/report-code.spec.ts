/**
 * Goal: a report's verification code carries the fund, the period, the position, the digest root and
 * the seal that covers the report, in the documented lines; it reads back as written (from a scanner's
 * CR LF too); anything else is refused with a message naming the line or value; and a report is matched
 * against a code by fund, period, position and root.
 */
import type { PublishedSeal } from '@fund-ledger/event-store';
import type { AccountabilityReport } from '../accountability/accountability-report.model';
import { councilYearReport } from '../testing/report-histories';
import {
  formatReportCode,
  parseReportCode,
  ReportCodeError,
  reportCodeMismatch,
  reportCodeOf,
} from './report-code';

const { position, eventCount } = councilYearReport().source.ledgerDigest;
const SEAL: PublishedSeal = {
  type: 'fund-ledger/seal',
  version: 1,
  position: position + 3,
  eventCount: eventCount + 3,
  streamCount: 2,
  digestRoot: 'a'.repeat(64),
  orderHash: 'b'.repeat(64),
  sealedAt: '2025-01-21T08:00:00.000Z',
  keyId: 'c'.repeat(64),
  signature: `0123456789abcdef0123456789abcdef${'d'.repeat(96)}`,
  timeStampToken: null,
};

function sampleReport(seal: PublishedSeal | null = null): AccountabilityReport {
  return councilYearReport({ seal: { seal, statement: seal === null ? 'Not sealed.' : 'Sealed.' } });
}

describe("a report's verification code", () => {
  it('says fund, period, position and root, one per line, after a line naming the format', () => {
    expect(formatReportCode(reportCodeOf(sampleReport()))).toBe(
      [
        'fund-ledger-report/1',
        'fund=city-fonds',
        'period=2024-01-01/2024-12-31',
        `position=${position}`,
        `root=${councilYearReport().source.ledgerDigest.root}`,
      ].join('\n'),
    );
  });

  it('names the seal that covers the report by its position and the first 32 hex digits of its signature', () => {
    const text = formatReportCode(reportCodeOf(sampleReport(SEAL)));
    expect(text.split('\n').at(-1)).toBe(`seal=${SEAL.position}/0123456789abcdef0123456789abcdef`);
    expect(text.length).toBeLessThan(200);
  });

  it('reads back as written, also with the CR LF and blank space a scanner may add', () => {
    const code = reportCodeOf(sampleReport(SEAL));
    expect(parseReportCode(formatReportCode(code))).toEqual(code);
    expect(parseReportCode(`  ${formatReportCode(code).replace(/\n/g, '\r\n')} \r\n`)).toEqual(code);
  });

  const valid = formatReportCode(reportCodeOf(sampleReport()));
  it.each([
    [
      'no header',
      valid.replace('fund-ledger-report/1\n', ''),
      /starts with the line "fund-ledger-report\/1"/,
    ],
    ['another format', valid.replace('report/1', 'report/2'), /starts with the line/],
    ['an unknown line', `${valid}\nnote=hello`, /"note=hello" is not a line of a verification code/],
    ['a line twice', `${valid}\nfund=other`, /names "fund" twice/],
    ['no root', valid.replace(/\nroot=.*/, ''), /has no "root"/],
    [
      'a short root',
      valid.replace(/root=.*/, 'root=abc'),
      /"root" .* must be 64 lowercase hex digits; got "abc"/,
    ],
    ['a date that does not exist', valid.replace('2024-12-31', '2024-02-30'), /"period" .* two dates/],
    [
      'a position that is not a number',
      valid.replace(/position=\d+/, 'position=-1'),
      /"position" .* whole number/,
    ],
    ['a fund id with a space', valid.replace('city-fonds', 'city fonds'), /"fund" .* fund id/],
    ['a malformed seal', `${valid}\nseal=12/xyz`, /"seal" .* a position and 32 hex digits/],
    ['far too much text', `${valid}\n${'x'.repeat(600)}`, /at most 512 characters/],
  ])('refuses a text with %s', (_case, text, message) => {
    expect(() => parseReportCode(text)).toThrow(ReportCodeError);
    expect(() => parseReportCode(text)).toThrow(message);
  });

  it('matches the report it was made from, whichever seal the report carries, and no other', () => {
    const report = sampleReport();
    const code = reportCodeOf(report);
    expect(reportCodeMismatch(report, code)).toBeNull();
    expect(reportCodeMismatch(sampleReport(SEAL), code)).toBeNull();
    expect(reportCodeMismatch(report, { ...code, position: code.position - 1 })).toBe(
      `The report is not the one the code names: its position is ${code.position}, the code says ${code.position - 1}.`,
    );
    expect(reportCodeMismatch(report, { ...code, to: '2024-06-30' })).toMatch(
      /its period is 2024-01-01\/2024-12-31/,
    );
    expect(reportCodeMismatch(report, { ...code, root: 'f'.repeat(64) })).toMatch(/its root is/);
  });
});
