import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import {
  buildAccountabilityReport,
  FundNotReportableError,
  loadReportInput,
  renderReport,
  REPORT_FORMATS,
  REPORT_LANGUAGES,
  reportPeriod,
  ReportPeriodError,
  ReportPositionError,
  type ReportFormat,
  type ReportLanguage,
} from '@fund-ledger/reporting';
import type { EventStore } from '@fund-ledger/event-store';
import { isRecordedBy, type PointInTime } from '@fund-ledger/projections';
import { type CliSubcommand, type CliContext, UsageError } from '../cli-context';
import { parseAsOf, parseFundId, parsePosition } from './options/option-values';
import { progressOption, startProgress, type ProgressMode } from './output/progress';
import { withReadProgress, withStore } from './store-access/store-access';

interface AccountabilityOptions {
  readonly fund: string;
  readonly from: string;
  readonly to: string;
  readonly format: ReportFormat;
  readonly out: string;
  readonly lang: ReportLanguage;
  readonly position?: string;
  readonly asOf?: string;
  readonly generatedAt?: string;
  readonly progress: ProgressMode;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

/**
 * `ledger-cli report accountability`: the council's accountability report for a fund and a period,
 * computed from the log at its head (or at --position, or as recorded by --as-of) and carrying the
 * ledger digest of that position. The two cuts of the ledger: the period selects by business date
 * (what happened from --from to --to), the position by recording (what the ledger knew then).
 * The same history always gives the same JSON, CSV and HTML bytes; no clock is read unless
 * --generated-at is given.
 */
export const reportSubcommand: CliSubcommand = {
  register(program: Command, context: CliContext): void {
    const report = program.command('report').description('produce reports from the event log');
    report
      .command('accountability')
      .description('the council accountability report of a fund for a period (json, csv, html or pdf)')
      .requiredOption('--fund <id>', 'the fund')
      .requiredOption('--from <date>', 'first day of the period, e.g. 2024-01-01')
      .requiredOption('--to <date>', 'last day of the period, e.g. 2024-12-31')
      .addOption(
        new Option('--format <format>', 'the file format').choices(REPORT_FORMATS).makeOptionMandatory(),
      )
      .requiredOption('--out <file>', 'the file to write')
      .addOption(
        new Option('--lang <language>', 'the language of labels and formats')
          .choices(REPORT_LANGUAGES)
          .default('de'),
      )
      .option('--position <n>', 'compute the report at this global position (default: the head of the log)')
      .option(
        '--as-of <date>',
        'compute the report from what was recorded by the end of this day (2025-01-31) or this instant',
      )
      .option(
        '--generated-at <instant>',
        'print this instant (e.g. 2025-01-15T10:00:00Z) as the creation time',
      )
      .addOption(progressOption())
      .action((options: AccountabilityOptions) => writeAccountabilityReport(options, context));
  },
};

async function writeAccountabilityReport(options: AccountabilityOptions, context: CliContext): Promise<void> {
  if (options.asOf !== undefined && options.position !== undefined) {
    throw new UsageError('Give either --as-of or --position, not both');
  }
  const asOf = options.asOf === undefined ? undefined : parseAsOf(options.asOf);
  const report = await withStore(context, async (store) => {
    const request = {
      fundId: parseFundId(options.fund),
      period: checkedPeriod(options.from, options.to),
      position:
        asOf === undefined
          ? options.position === undefined
            ? undefined
            : parsePosition(options.position, '--position')
          : await positionRecordedBy(store, asOf),
      generatedAt: checkedInstant(options.generatedAt),
    };
    const progress = startProgress(context, {
      label: 'report',
      total: request.position ?? (await store.headPosition()),
      mode: options.progress,
    });
    try {
      const input = await loadReportInput(withReadProgress(store, progress), request);
      progress.finish(input.ledgerDigest.eventCount);
      return buildAccountabilityReport(input);
    } catch (error) {
      if (error instanceof ReportPositionError || error instanceof FundNotReportableError) {
        throw new UsageError(error.message);
      }
      throw error;
    }
  });
  await writeFile(options.out, await renderReport(report, options.format, { language: options.lang }));
  context.explain(
    `Wrote the ${options.format} accountability report of fund ${report.fund.fundId} for ${report.period.from} to ${report.period.to} to ${options.out}.`,
  );
  context.explain(
    `Computed at position ${report.source.position}; ledger digest root ${report.source.ledgerDigest.root}.`,
  );
  if (report.source.seal !== undefined) context.explain(report.source.seal.statement);
}

function checkedPeriod(from: string, to: string) {
  try {
    return reportPeriod(from, to);
  } catch (error) {
    if (error instanceof ReportPeriodError) throw new UsageError(error.message);
    throw error;
  }
}

function checkedInstant(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`--generated-at must be a UTC instant such as 2025-01-15T10:00:00Z; got "${value}"`);
  }
  return new Date(Date.parse(value)).toISOString();
}

/** The position of the last event recorded by the point in time: the log as the ledger knew it then. */
async function positionRecordedBy(store: EventStore, point: PointInTime): Promise<number> {
  let position = 0;
  for await (const event of store.readAll({ batchSize: 5000 })) {
    if (!isRecordedBy(event, point)) break;
    position = event.position;
  }
  return position;
}
