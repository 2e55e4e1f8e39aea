import { Option, type Command } from 'commander';
import { fundStreamName } from '@fund-ledger/domain';
import {
  ledgerDigestRoot,
  type EventStore,
  type RecordedEvent,
  type StreamHead,
} from '@fund-ledger/event-store';
import { eventToJsonLine } from '@fund-ledger/reporting';
import type { CliSubcommand, CliContext } from '../cli-context';
import { counted } from './output/counted';
import { checkedUpTo, parseFundId, parsePosition } from './options/option-values';
import { fileSink, stdoutSink, type OutputSink } from './output/output-sink';
import { progressOption, startProgress, type ProgressMode } from './output/progress';
import { reportingProgress, withStore } from './store-access/store-access';

interface ExportOptions {
  readonly format: 'jsonl';
  readonly fund?: string;
  readonly toPosition?: string;
  readonly out?: string;
  readonly progress: ProgressMode;
}

const READ_BATCH_SIZE = 5000;

/**
 * `ledger-cli export`: the raw event log with its hashes, one JSON object per line in global position
 * order — exactly what `verify --input` and `verify-report` check, and simple enough for an auditor's
 * own script. The whole log is needed to recompute the ledger digest; `--fund` exports one fund's
 * stream, whose chain can be checked on its own.
 */
export const exportSubcommand: CliSubcommand = {
  register(program: Command, context: CliContext): void {
    program
      .command('export')
      .description('write the event log with its hashes as JSON Lines, for independent checking')
      .addOption(
        new Option('--format <format>', 'the export format').choices(['jsonl']).makeOptionMandatory(),
      )
      .option('--fund <id>', "only this fund's stream")
      .option('--to-position <n>', 'only events up to this global position (default: the head of the log)')
      .option('--out <file>', 'write to this file instead of stdout')
      .addOption(progressOption())
      .action((options: ExportOptions) => exportLog(options, context));
  },
};

async function exportLog(options: ExportOptions, context: CliContext): Promise<void> {
  const fundId = options.fund === undefined ? undefined : parseFundId(options.fund);
  const requested =
    options.toPosition === undefined ? undefined : parsePosition(options.toPosition, '--to-position');
  await withStore(context, async (store) => {
    const upTo = checkedUpTo(requested, await store.headPosition(), '--to-position');
    const progress = startProgress(context, { label: 'export', total: upTo, mode: options.progress });
    const sink = options.out === undefined ? stdoutSink(context) : fileSink(options.out);
    const events = reportingProgress(eventsToExport(store, fundId, upTo), progress);
    const written = await writeEvents(events, sink);
    progress.finish(written.count);
    context.explain(exportSummary(written, fundId, upTo, options.out));
  });
}

async function* eventsToExport(
  store: EventStore,
  fundId: string | undefined,
  upTo: number,
): AsyncIterable<RecordedEvent> {
  if (fundId === undefined) {
    yield* store.readAll({ toPosition: upTo, batchSize: READ_BATCH_SIZE });
    return;
  }
  for await (const event of store.readStream(fundStreamName(fundId), { batchSize: READ_BATCH_SIZE })) {
    if (event.position > upTo) return;
    yield event;
  }
}

interface Written {
  readonly count: number;
  readonly heads: ReadonlyMap<string, StreamHead>;
}

async function writeEvents(events: AsyncIterable<RecordedEvent>, sink: OutputSink): Promise<Written> {
  const heads = new Map<string, StreamHead>();
  let count = 0;
  try {
    for await (const event of events) {
      await sink.write(eventToJsonLine(event));
      heads.set(event.streamId, { revision: event.revision, hash: event.hash });
      count += 1;
    }
  } finally {
    await sink.close();
  }
  return { count, heads };
}

function exportSummary(
  written: Written,
  fundId: string | undefined,
  upTo: number,
  out: string | undefined,
): string {
  const where = out === undefined ? 'stdout' : out;
  if (fundId !== undefined) {
    const head = written.heads.get(fundStreamName(fundId));
    const last = head === undefined ? 'no events' : `head revision ${head.revision}, hash ${head.hash}`;
    return `Exported ${counted(written.count, 'event')} of fund ${fundId} up to position ${upTo} to ${where} (${last}).`;
  }
  return (
    `Exported ${counted(written.count, 'event')} in ${counted(written.heads.size, 'stream')} up to position ${upTo} to ${where}.\n` +
    `Ledger digest root at position ${upTo}: ${ledgerDigestRoot(written.heads)}`
  );
}
