import { terminalJson, terminalText } from './output/terminal-text';
import { Option, type Command } from 'commander';
import { fundStreamName } from '@fund-ledger/domain';
import type { EventStore, RecordedEvent } from '@fund-ledger/event-store';
import {
  evolveFundSummary,
  fundBalancesReport,
  commandEndPosition,
  isRecordedBy,
  pointOf,
  recordsEffectiveOn,
  toFundEventRecord,
  withLastEvent,
  type FundEventRecord,
  type FundSummary,
  type PointInTime,
} from '@fund-ledger/projections';
import { type CliSubcommand, type CliContext, UsageError } from '../cli-context';
import { balancesAsText } from './output/balances-text';
import {
  checkedUpTo,
  parseAsOf,
  parseEffectiveOnOption,
  parseFundId,
  parsePosition,
} from './options/option-values';
import { progressOption, startProgress, type ProgressMode } from './output/progress';
import { reportingProgress, withStore } from './store-access/store-access';

interface ReplayOptions {
  readonly asOf?: string;
  readonly effectiveOn?: string;
  readonly position?: string;
  readonly fund?: string;
  readonly format: 'text' | 'json';
  readonly progress: ProgressMode;
}

const READ_BATCH_SIZE = 5000;

/**
 * `ledger-cli replay`: rebuilds the fund balances from the log with the projections' own pure
 * reducers, independent of any stored read model, and prints them as they stood at a point in time.
 * Like the service's point-in-time queries, a stream's fold stops at its first event beyond the point;
 * with `--effective-on`, each fund folds only its events that count on or before that day (by business
 * date), as the service's `effectiveOn` does.
 */
export const replaySubcommand: CliSubcommand = {
  register(program: Command, context: CliContext): void {
    program
      .command('replay')
      .description('rebuild the balances from the event log and print them, now or as of a date or position')
      .option(
        '--as-of <date>',
        'as of the end of this day (2024-12-31) or this instant (2024-05-01T09:30:00Z)',
      )
      .option('--position <n>', 'as of this global position')
      .option(
        '--effective-on <date>',
        'only what happened by the end of this day, by business date (value, meeting, notice dates); combines with --as-of or --position',
      )
      .option('--fund <id>', 'only this fund')
      .addOption(
        new Option('--format <format>', 'text tables or JSON').choices(['text', 'json']).default('text'),
      )
      .addOption(progressOption())
      .action((options: ReplayOptions) => replay(options, context));
  },
};

async function replay(options: ReplayOptions, context: CliContext): Promise<void> {
  if (options.asOf !== undefined && options.position !== undefined) {
    throw new UsageError('Give either --as-of or --position, not both');
  }
  const fundId = options.fund === undefined ? undefined : parseFundId(options.fund);
  const requested =
    options.position === undefined ? undefined : parsePosition(options.position, '--position');
  const asOf = options.asOf === undefined ? undefined : parseAsOf(options.asOf);
  const effectiveOn =
    options.effectiveOn === undefined ? undefined : parseEffectiveOnOption(options.effectiveOn);
  const summaries = await withStore(context, async (store) => {
    const checked = checkedUpTo(requested, await store.headPosition(), '--position');
    // A position inside one command's events stands for the command's end, as in every other answer.
    const upTo = checked === 0 ? 0 : await commandEndPosition(store, checked);
    const point: PointInTime = asOf ?? { kind: 'position', position: upTo };
    const progress = startProgress(context, { label: 'replay', total: upTo, mode: options.progress });
    const events = reportingProgress(eventsToReplay(store, fundId, upTo), progress);
    const folded =
      effectiveOn === undefined
        ? await foldSummaries(events, point)
        : await foldSummariesEffectiveOn(events, point, effectiveOn);
    progress.finish(folded.eventCount);
    return folded.summaries;
  });
  if (fundId !== undefined && !summaries.has(fundId)) {
    throw new UsageError(`There is no fund ${fundId} in the log at that point`);
  }
  const reports = [...summaries.values()].map(fundBalancesReport);
  context.io.writeOut(
    options.format === 'json' ? terminalJson(reports) : terminalText(reports.map(balancesAsText).join('\n')),
  );
}

function eventsToReplay(
  store: EventStore,
  fundId: string | undefined,
  upTo: number,
): AsyncIterable<RecordedEvent> {
  return fundId === undefined
    ? store.readAll({ toPosition: upTo, batchSize: READ_BATCH_SIZE })
    : store.readStream(fundStreamName(fundId), { batchSize: READ_BATCH_SIZE });
}

interface FoldedSummaries {
  readonly summaries: ReadonlyMap<string, FundSummary>;
  readonly eventCount: number;
}

/**
 * The fund records of every stream up to its first event beyond the point, counting every event read;
 * other streams are not fund history.
 */
async function* fundRecordsRecordedBy(
  events: AsyncIterable<RecordedEvent>,
  point: PointInTime,
  read: { eventCount: number },
): AsyncIterable<FundEventRecord> {
  const stopped = new Set<string>();
  for await (const event of events) {
    read.eventCount += 1;
    if (stopped.has(event.streamId)) continue;
    if (!isRecordedBy(event, point)) {
      stopped.add(event.streamId);
      continue;
    }
    const record = toFundEventRecord(event);
    if (record !== null) yield record;
  }
}

async function foldSummaries(
  events: AsyncIterable<RecordedEvent>,
  point: PointInTime,
): Promise<FoldedSummaries> {
  const summaries = new Map<string, FundSummary>();
  const read = { eventCount: 0 };
  for await (const record of fundRecordsRecordedBy(events, point, read)) {
    const summary = evolveFundSummary(summaries.get(record.fundId) ?? null, record);
    summaries.set(record.fundId, withLastEvent(summary, pointOf(record)));
  }
  return { summaries, eventCount: read.eventCount };
}

/**
 * Keeps each fund's events recorded by the point, then folds, in stream order, those that count on or
 * before the day: which events count depends on what followed them, so a fund is folded once it is read.
 */
async function foldSummariesEffectiveOn(
  events: AsyncIterable<RecordedEvent>,
  point: PointInTime,
  effectiveOn: string,
): Promise<FoldedSummaries> {
  const recordsByFund = new Map<string, FundEventRecord[]>();
  const read = { eventCount: 0 };
  for await (const record of fundRecordsRecordedBy(events, point, read)) {
    const records = recordsByFund.get(record.fundId) ?? [];
    records.push(record);
    recordsByFund.set(record.fundId, records);
  }
  const summaries = new Map<string, FundSummary>();
  for (const [fundId, records] of recordsByFund) {
    let summary: FundSummary | null = null;
    for (const record of recordsEffectiveOn(records, effectiveOn)) {
      summary = withLastEvent(evolveFundSummary(summary, record), pointOf(record));
    }
    if (summary !== null) summaries.set(fundId, summary);
  }
  return { summaries, eventCount: read.eventCount };
}
