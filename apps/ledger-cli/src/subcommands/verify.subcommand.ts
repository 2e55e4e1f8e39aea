import { storedValue, terminalJson } from './output/terminal-text';
import type { Command } from 'commander';
import {
  checkSeals,
  readSealStream,
  SealAudit,
  verifyChains,
  type ChainVerification,
  type EventStore,
  type LedgerDigest,
  type PublishedSeal,
  type RecordedEvent,
  type SealAuditOptions,
  type SealStreamState,
  type SealTrust,
} from '@fund-ledger/event-store';
import { readEventLogFile, readSealsFromEventLogFile } from '@fund-ledger/reporting';
import { type CliSubcommand, type CliContext, ExitCode, UsageError } from '../cli-context';
import { counted } from './output/counted';
import { parseInstant, parsePosition } from './options/option-values';
import { progressOption, startProgress, type ProgressMode, type ProgressReporter } from './output/progress';
import { sealFindingsText, sealVerdictText } from './output/seal-text';
import { loadPublishedSeals, loadSealTrust } from './options/seal-trust';
import { PROGRESS_EVERY_EVENTS, withStore } from './store-access/store-access';

interface VerifyOptions {
  readonly position?: string;
  readonly expectRoot?: string;
  readonly input?: string;
  readonly seals?: string;
  readonly sealKey?: string;
  readonly tsaCa?: string;
  readonly sealedBefore?: string;
  readonly json?: boolean;
  readonly progress: ProgressMode;
}

const HEX_ROOT = /^[0-9a-f]{64}$/;
const READ_BATCH_SIZE = 5000;

/**
 * `ledger-cli verify`: recomputes every event hash and every stream's chain, streaming the whole log
 * (from the configured store, or from an export with --input), the ledger digest at its end, and checks
 * every seal: its signature, its time-stamp token, and that the log at the seal's position is the one
 * sealed. A chain alone cannot show that the last events of a stream were removed or that an event was
 * appended with a valid hash; a digest published earlier (--position with --expect-root) and the seals
 * (with copies published outside the database, --seals) can.
 */
export const verifySubcommand: CliSubcommand = {
  register(program: Command, context: CliContext): void {
    program
      .command('verify')
      .description(
        'recompute every hash chain, the ledger digest and every seal; exit 1 naming the first altered or missing event',
      )
      .option('--position <n>', 'verify the log up to this global position (default: all of it)')
      .option(
        '--expect-root <hex>',
        'also require this ledger digest root at the position (e.g. from a report)',
      )
      .option('--input <file>', 'verify an exported JSONL log instead of the configured store')
      .option(
        '--seals <path>',
        'seals published outside the database: a folder or file of seals, or a JSON report',
      )
      .option('--seal-key <file>', 'PEM public key(s) trusted for seals (default: SEAL_PUBLIC_KEY_FILE)')
      .option(
        '--tsa-ca <file>',
        'PEM CA certificate(s) of trusted time-stamping authorities (default: SEAL_TSA_CA_FILE)',
      )
      .option(
        '--sealed-before <instant>',
        'fail unless every event recorded before this instant is covered by a valid seal',
      )
      .option('--json', 'print the result as JSON on stdout')
      .addOption(progressOption())
      .action((options: VerifyOptions) => verify(options, context));
  },
};

interface Verified {
  readonly result: ChainVerification;
  /** The digest at the position asked for (which need not be an event's own position). */
  readonly digest: LedgerDigest | null;
  /** Set when the log ends before the position asked for. */
  readonly shorterThan: { readonly position: number; readonly head: number } | null;
}

async function verify(options: VerifyOptions, context: CliContext): Promise<void> {
  const position = options.position === undefined ? undefined : parsePosition(options.position, '--position');
  const expectedRoot = options.expectRoot?.toLowerCase();
  if (expectedRoot !== undefined && !HEX_ROOT.test(expectedRoot)) {
    throw new UsageError('--expect-root must be 64 hexadecimal characters');
  }
  const sealedBefore =
    options.sealedBefore === undefined ? undefined : parseInstant(options.sealedBefore, '--sealed-before');
  const trust = await loadSealTrust(options, context.settings().seals);
  if (sealedBefore !== undefined && trust.keys === null) {
    throw new UsageError(
      '--sealed-before needs the trusted public key: --seal-key (or SEAL_PUBLIC_KEY_FILE)',
    );
  }
  const published = await loadPublishedSeals(options.seals);
  const auditOptions: SealAuditOptions = {
    ...trust,
    ...(sealedBefore === undefined ? {} : { sealedBefore }),
  };
  const verified =
    options.input === undefined
      ? await withStore(context, (store) =>
          verifyStore(store, position, { published, auditOptions, options, context }),
        )
      : await verifyExport(options.input, position, { published, auditOptions, options, context });
  reportVerification(verified, expectedRoot, options.json === true, context);
}

interface VerifyRun {
  readonly published: readonly PublishedSeal[];
  readonly auditOptions: SealAuditOptions;
  readonly options: VerifyOptions;
  readonly context: CliContext;
}

async function verifyStore(
  store: EventStore,
  position: number | undefined,
  run: VerifyRun,
): Promise<Verified> {
  const head = await store.headPosition();
  if (position !== undefined && position > head) {
    return shorterLog(position, head);
  }
  const upTo = position ?? head;
  const progress = startProgress(run.context, { label: 'verify', total: upTo, mode: run.options.progress });
  const seals = await sealAudit(await readSealStream(store), position, run);
  const events = store.readAll({
    toPosition: upTo,
    batchSize: READ_BATCH_SIZE,
    rejectDuplicateMemberNames: true,
  });
  return verifyEvents(events, upTo, progress, seals);
}

async function verifyExport(path: string, position: number | undefined, run: VerifyRun): Promise<Verified> {
  const progress = startProgress(run.context, {
    label: 'verify',
    total: position ?? null,
    mode: run.options.progress,
  });
  const seals = await sealAudit(await readSealsFromEventLogFile(path), position, run);
  const events =
    position === undefined ? readEventLogFile(path) : upToPosition(readEventLogFile(path), position);
  const verified = await verifyEvents(events, position, progress, seals);
  const lastVerified = verified.result.digest?.position;
  if (position !== undefined && lastVerified !== undefined && lastVerified < position) {
    return shorterLog(position, lastVerified);
  }
  return verified;
}

/** Seals of the log up to the position verified, and the published ones (all of them: they must match). */
async function sealAudit(
  fromLog: SealStreamState,
  upTo: number | undefined,
  run: VerifyRun,
): Promise<SealAudit> {
  const inRange = fromLog.seals.filter((seal) => upTo === undefined || seal.position <= upTo);
  const published = run.published.filter((seal) => upTo === undefined || seal.position <= upTo);
  const trust: SealTrust = run.auditOptions;
  const malformed = fromLog.malformed.filter((record) => upTo === undefined || record.position <= upTo);
  const checked = await checkSeals(inRange, published, trust, malformed);
  return new SealAudit(checked.seals, checked.findings, run.auditOptions);
}

async function verifyEvents(
  events: AsyncIterable<RecordedEvent>,
  upTo: number | undefined,
  progress: ProgressReporter,
  seals: SealAudit,
): Promise<Verified> {
  const result = await verifyChains(events, {
    progressIntervalEvents: PROGRESS_EVERY_EVENTS,
    onProgress: (step) => progress.update(step.position, step.eventCount),
    seals,
  });
  progress.finish(result.eventCount);
  const digest =
    result.digest === null ? null : { ...result.digest, position: upTo ?? result.digest.position };
  return { result, digest, shorterThan: null };
}

function shorterLog(position: number, head: number): Verified {
  const result: ChainVerification = {
    ok: false,
    eventCount: 0,
    streamCount: 0,
    firstBreak: null,
    digest: null,
    seals: null,
  };
  return { result, digest: null, shorterThan: { position, head } };
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
  const { result, digest, shorterThan } = verified;
  const rootMismatch = digest !== null && expectedRoot !== undefined && digest.root !== expectedRoot;
  const sealsOk = result.seals?.ok ?? true;
  const ok = result.ok && !rootMismatch && sealsOk && shorterThan === null;
  if (json) {
    context.io.writeOut(
      terminalJson({ ...result, ok, digest, expectedRoot: expectedRoot ?? null, shorterThan }),
    );
  } else {
    context.io.writeOut(verdictText(verified, expectedRoot, rootMismatch, ok));
  }
  context.exitCode = ok ? ExitCode.ok : ExitCode.verificationFailed;
}

function verdictText(
  verified: Verified,
  expectedRoot: string | undefined,
  rootMismatch: boolean,
  ok: boolean,
): string {
  const { result, digest, shorterThan } = verified;
  if (shorterThan !== null) {
    return (
      `FAILED: the log is shorter than what was asked for.\n` +
      `It ends at position ${shorterThan.head}, before position ${shorterThan.position}: events were removed after a digest or report of that position was made, or the position is not one of this ledger.\n`
    );
  }
  if (result.firstBreak !== null) {
    return `FAILED: the history is altered or incomplete.\n${storedValue(result.firstBreak.message)}\n${result.eventCount} events verified before it.\n`;
  }
  const seals = result.seals;
  const lines = [
    `${ok ? 'OK' : 'FAILED'}: ${counted(result.eventCount, 'event')} in ${counted(result.streamCount, 'stream')} verified up to position ${digest?.position ?? 0}.`,
    `Ledger digest root ${digest?.root} (${counted(digest?.streamCount ?? 0, 'stream')}, ${counted(digest?.eventCount ?? 0, 'event')}).`,
  ];
  if (rootMismatch)
    lines.push(`The expected root ${expectedRoot} differs: events were changed, removed or added.`);
  return `${lines.join('\n')}\n${seals === null ? '' : `${sealFindingsText(seals)}${sealVerdictText(seals)}`}`;
}
