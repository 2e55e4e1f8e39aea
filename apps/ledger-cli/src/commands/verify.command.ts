import { storedValue, terminalJson } from './shared/terminal-text';
import type { Command } from 'commander';
import {
  verifyChains,
  type ChainVerification,
  type EventStore,
  type LedgerDigest,
  type RecordedEvent,
} from '@fund-ledger/event-store';
import { readEventLogFile } from '@fund-ledger/reporting';
import { type CliCommand, type CliContext, ExitCode, UsageError } from '../cli-context';
import { counted } from './shared/counted';
import { checkedUpTo, parsePosition } from './shared/option-values';
import { progressOption, startProgress, type ProgressMode, type ProgressReporter } from './shared/progress';
import { PROGRESS_EVERY_EVENTS, withStore } from './shared/store-access';

interface VerifyOptions {
  readonly position?: string;
  readonly expectRoot?: string;
  readonly input?: string;
  readonly json?: boolean;
  readonly progress: ProgressMode;
}

const HEX_ROOT = /^[0-9a-f]{64}$/;
const READ_BATCH_SIZE = 5000;

/**
 * `ledger-cli verify`: recomputes every event hash and every stream's chain, streaming the whole log
 * (from the configured store, or from an export with --input), and the ledger digest at its end. A
 * chain alone cannot show that the last events of a stream were removed; comparing the digest with one
 * published earlier (--position with --expect-root, e.g. from a council report) can.
 */
export const verifyCommand: CliCommand = {
  register(program: Command, context: CliContext): void {
    program
      .command('verify')
      .description(
        'recompute every hash chain and the ledger digest; exit 1 naming the first altered or missing event',
      )
      .option('--position <n>', 'verify the log up to this global position (default: all of it)')
      .option(
        '--expect-root <hex>',
        'also require this ledger digest root at the position (e.g. from a report)',
      )
      .option('--input <file>', 'verify an exported JSONL log instead of the configured store')
      .option('--json', 'print the result as JSON on stdout')
      .addOption(progressOption())
      .action((options: VerifyOptions) => verify(options, context));
  },
};

async function verify(options: VerifyOptions, context: CliContext): Promise<void> {
  const position = options.position === undefined ? undefined : parsePosition(options.position, '--position');
  const expectedRoot = options.expectRoot?.toLowerCase();
  if (expectedRoot !== undefined && !HEX_ROOT.test(expectedRoot)) {
    throw new UsageError('--expect-root must be 64 hexadecimal characters');
  }
  const verification =
    options.input === undefined
      ? await withStore(context, (store) => verifyStore(store, position, options.progress, context))
      : await verifyExport(options.input, position, options.progress, context);
  reportVerification(verification, expectedRoot, options.json === true, context);
}

interface Verified {
  readonly result: ChainVerification;
  /** The digest at the position asked for (which need not be an event's own position). */
  readonly digest: LedgerDigest | null;
}

async function verifyStore(
  store: EventStore,
  position: number | undefined,
  mode: ProgressMode,
  context: CliContext,
): Promise<Verified> {
  const upTo = checkedUpTo(position, await store.headPosition(), '--position');
  const progress = startProgress(context, { label: 'verify', total: upTo, mode });
  return verifyEvents(store.readAll({ toPosition: upTo, batchSize: READ_BATCH_SIZE }), upTo, progress);
}

async function verifyExport(
  path: string,
  position: number | undefined,
  mode: ProgressMode,
  context: CliContext,
): Promise<Verified> {
  const progress = startProgress(context, { label: 'verify', total: position ?? null, mode });
  const events =
    position === undefined ? readEventLogFile(path) : upToPosition(readEventLogFile(path), position);
  return verifyEvents(events, position, progress);
}

async function verifyEvents(
  events: AsyncIterable<RecordedEvent>,
  upTo: number | undefined,
  progress: ProgressReporter,
): Promise<Verified> {
  const result = await verifyChains(events, {
    progressIntervalEvents: PROGRESS_EVERY_EVENTS,
    onProgress: (step) => progress.update(step.position, step.eventCount),
  });
  progress.finish(result.eventCount);
  const digest =
    result.digest === null ? null : { ...result.digest, position: upTo ?? result.digest.position };
  return { result, digest };
}

async function* upToPosition(
  events: AsyncIterable<RecordedEvent>,
  position: number,
): AsyncIterable<RecordedEvent> {
  for await (const event of events) {
    if (Number.isSafeInteger(event.position) && event.position > position) return;
    yield event;
  }
}

function reportVerification(
  verified: Verified,
  expectedRoot: string | undefined,
  json: boolean,
  context: CliContext,
): void {
  const { result, digest } = verified;
  const rootMismatch = digest !== null && expectedRoot !== undefined && digest.root !== expectedRoot;
  const ok = result.ok && !rootMismatch;
  if (json) {
    context.io.writeOut(terminalJson({ ...result, ok, digest, expectedRoot: expectedRoot ?? null }));
  } else if (result.firstBreak !== null) {
    context.io.writeOut(
      `FAILED: the history is altered or incomplete.\n${storedValue(result.firstBreak.message)}\n`,
    );
    context.io.writeOut(`${result.eventCount} events verified before it.\n`);
  } else if (digest !== null) {
    context.io.writeOut(
      `${rootMismatch ? 'FAILED' : 'OK'}: ${counted(result.eventCount, 'event')} in ${counted(result.streamCount, 'stream')} verified up to position ${digest.position}.\n` +
        `Ledger digest root ${digest.root} (${counted(digest.streamCount, 'stream')}, ${counted(digest.eventCount, 'event')}).\n`,
    );
    if (rootMismatch) {
      context.io.writeOut(
        `The expected root ${expectedRoot} differs: events were changed, removed or added.\n`,
      );
    }
  }
  if (!ok) context.exitCode = ExitCode.verificationFailed;
}
