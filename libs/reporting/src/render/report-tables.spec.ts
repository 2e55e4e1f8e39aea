/**
 * Goal: every table of the report adds up on its face, in every fund: each totals row is the sum of
 * the rows above it, each reconciliation's last line the sum of the lines before it, and each rule a
 * table states under it (granted = paid + released + open, available at the end = ...) holds in every
 * row. Checked on the hand-written year and on generated histories of both matching models, whose
 * periods start in the middle of the history, so that every opening balance is in play; the tables'
 * totals come from the report's own figures, not from adding up the rows, so a wrong sum shows.
 */
import fc from 'fast-check';
import type { RecordedEvent } from '@fund-ledger/event-store';
import { seededChoices } from '@fund-ledger/projections/testing/choices';
import { generateFundEvents } from '@fund-ledger/projections/testing/fund-history.generator';
import type { AccountabilityReport } from '../accountability/accountability-report.model';
import { buildAccountabilityReport } from '../accountability/build-accountability-report';
import { reportPeriod } from '../accountability/report-period';
import { tableArithmetic } from '../testing/document-checks';
import { councilYearReport, digestOf, recordFundEvents } from '../testing/report-histories';
import { reportDocument } from './report-document';

function reportOf(
  events: readonly RecordedEvent[],
  fundId: string,
  from: string,
  to: string,
): AccountabilityReport {
  const digest = digestOf(events);
  return buildAccountabilityReport({
    fundId,
    period: reportPeriod(from, to),
    events,
    position: digest.position,
    ledgerDigest: digest,
  });
}

/** A generated history's report for its second half, up to its last day. */
function generatedReport(seed: number, steps: number): AccountabilityReport {
  const events = recordFundEvents(generateFundEvents('generated', seededChoices(seed), steps));
  const first = Date.parse(events[0].metadata.recordedAt);
  const last = Date.parse((events.at(-1) as RecordedEvent).metadata.recordedAt);
  const day = (epochMs: number) => new Date(epochMs).toISOString().slice(0, 10);
  return reportOf(events, 'generated', day((first + last) / 2), day(last));
}

function expectEveryTableToAddUp(report: AccountabilityReport): number {
  const document = reportDocument(report, 'en');
  const { checked, problems } = tableArithmetic(document);
  expect(problems).toEqual([]);
  return checked;
}

describe('every table of the report adds up', () => {
  it.each(['de', 'en'] as const)('in the sample year (%s)', (language) => {
    const report = councilYearReport();
    const { checked, problems } = tableArithmetic(reportDocument(report, language));
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it.each([
    ['pooled', 1],
    ['pooled', 12],
    ['pooled', 23],
    ['per-project', 4],
    ['per-project', 10],
    ['per-project', 11],
  ])('in a generated %s fund (seed %i)', (model, seed) => {
    const report = generatedReport(seed, 400);
    expect(report.fund.settings.matchingModel).toBe(model);
    expect(expectEveryTableToAddUp(report)).toBeGreaterThan(40);
  });

  it('in a generated fund whose period spans a year-end close with public money lapsing', () => {
    const report = generatedReport(23, 2500);
    expect(Number(report.balances.public.lapsed)).toBeGreaterThan(0);
    expectEveryTableToAddUp(report);
  });

  it('in any generated fund', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => {
        expectEveryTableToAddUp(generatedReport(seed, 300));
      }),
      { numRuns: 30 },
    );
  });

  it('finds a total that does not add up, naming the table and the column', () => {
    const report = councilYearReport();
    const document = reportDocument(
      { ...report, payouts: { ...report.payouts, totals: { ...report.payouts.totals, amount: '3500.01' } } },
      'en',
    );
    expect(tableArithmetic(document).problems).toEqual([
      '7. Payouts / Value date: total of "Amount": 3500.00 instead of 3500.01',
      '7. Payouts / Value date: row 4, "Amount": 3500.00 instead of 3500.01',
    ]);
  });
});
