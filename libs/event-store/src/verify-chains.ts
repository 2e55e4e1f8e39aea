/**
 * Streaming verification of the global log: recomputes every event hash, follows every stream's chain
 * and reports the first event where the history was altered. It reads any async iterable of recorded
 * events, so it checks a live store (`store.readAll()`) and an exported JSONL log alike, and it keeps only
 * the head of each stream in memory.
 */
import { DuplicateMemberNameError, UnreadableEventError } from './errors';
import type { RecordedEvent } from './event-store.port';
import { GENESIS_PREV_HASH, hashEventUnchecked, type StreamHead } from './hash-chain';
import { ledgerDigestRoot, type LedgerDigest } from './ledger-digest';
import type { SealAudit, SealAuditResult } from './seals/seal-audit';

/**
 * - `hash_mismatch`: the stored hash is not the hash of the stored fields (the event was edited);
 * - `broken_link`: `prevHash` is not the hash of the stream's previous event;
 * - `missing_revision`: the stream skips revisions (events were deleted);
 * - `duplicate_revision`: a revision appears again or goes backwards;
 * - `position_not_increasing`: global positions are not strictly increasing;
 * - `malformed_event`: a field is missing or has the wrong type (e.g. an edited export);
 * - `unreadable_event`: the source could not decode a stored event at all;
 * - `duplicate_member_name`: the stored JSON names a member twice, so readers may disagree on its value.
 */
export type ChainBreakKind =
  | 'hash_mismatch'
  | 'broken_link'
  | 'missing_revision'
  | 'duplicate_revision'
  | 'position_not_increasing'
  | 'malformed_event'
  | 'unreadable_event'
  | 'duplicate_member_name';

export interface ChainBreak {
  readonly kind: ChainBreakKind;
  /** Global position of the event at which the break was found. */
  readonly position: number;
  readonly streamId: string | null;
  readonly revision: number | null;
  readonly message: string;
}

export interface VerifyProgress {
  readonly eventCount: number;
  readonly position: number;
}

export interface VerifyChainsOptions {
  /** Called every `progressIntervalEvents` events and once at the end. */
  readonly onProgress?: (progress: VerifyProgress) => void;
  readonly progressIntervalEvents?: number;
  /** Checks the log's seals in the same pass (see `seals/seal-audit.ts`). */
  readonly seals?: SealAudit;
}

export interface ChainVerification {
  readonly ok: boolean;
  /** Events that passed every check (the broken event, if any, is not counted). */
  readonly eventCount: number;
  readonly streamCount: number;
  /** The first broken event, or null when the whole log verified. */
  readonly firstBreak: ChainBreak | null;
  /** The ledger digest at the last verified event; null when the log is broken. */
  readonly digest: LedgerDigest | null;
  /** The seals' verdict, when `seals` was given; computed up to the first break. */
  readonly seals: SealAuditResult | null;
}

const PROGRESS_INTERVAL_DEFAULT = 10_000;

/** Verifies the events in the order the source yields them (global position order) and stops at the first break. */
export async function verifyChains(
  source: AsyncIterable<RecordedEvent>,
  options: VerifyChainsOptions = {},
): Promise<ChainVerification> {
  const verifier = new ChainVerifier();
  const interval = options.progressIntervalEvents ?? PROGRESS_INTERVAL_DEFAULT;
  const digest = () => verifier.currentDigest();
  try {
    for await (const event of source) {
      options.seals?.beforeEvent(event, digest);
      if (verifier.check(event) !== null) {
        break;
      }
      options.seals?.afterEvent(event);
      if (verifier.eventCount % interval === 0) {
        options.onProgress?.(verifier.progress());
      }
    }
  } catch (error) {
    if (!(error instanceof UnreadableEventError)) {
      throw error;
    }
    verifier.recordUnreadable(error);
  }
  options.onProgress?.(verifier.progress());
  const result = verifier.result();
  return { ...result, seals: options.seals?.finish(digest, result.ok) ?? null };
}

/** The incremental checker behind `verifyChains`, for callers that verify while doing other work. */
export class ChainVerifier {
  private readonly heads = new Map<string, StreamHead>();
  /** Position of the last verified event; -1 before the first, so that an adapter may start at position 0. */
  private lastPosition = -1;
  private verifiedCount = 0;
  private broken: ChainBreak | null = null;

  get eventCount(): number {
    return this.verifiedCount;
  }

  /** Checks the next event of the log; returns the break it found, or null. Refuses events after a break. */
  check(event: RecordedEvent): ChainBreak | null {
    if (this.broken !== null) {
      throw new Error('The chain is already broken; verification stops at the first break');
    }
    this.broken = this.findBreak(event);
    if (this.broken === null) {
      this.heads.set(event.streamId, { revision: event.revision, hash: event.hash });
      this.lastPosition = event.position;
      this.verifiedCount += 1;
    }
    return this.broken;
  }

  recordUnreadable(error: UnreadableEventError): void {
    this.broken = {
      kind: error instanceof DuplicateMemberNameError ? 'duplicate_member_name' : 'unreadable_event',
      position: error.position,
      streamId: null,
      revision: null,
      message: error.message,
    };
  }

  progress(): VerifyProgress {
    return { eventCount: this.verifiedCount, position: Math.max(this.lastPosition, 0) };
  }

  /** The ledger digest of the events verified so far. */
  currentDigest(): LedgerDigest {
    return {
      position: Math.max(this.lastPosition, 0),
      streamCount: this.heads.size,
      eventCount: this.verifiedCount,
      root: ledgerDigestRoot(this.heads),
    };
  }

  result(): ChainVerification {
    const ok = this.broken === null;
    return {
      ok,
      eventCount: this.verifiedCount,
      streamCount: this.heads.size,
      firstBreak: this.broken,
      digest: ok ? this.currentDigest() : null,
      seals: null,
    };
  }

  private findBreak(event: RecordedEvent): ChainBreak | null {
    const shapeProblem = describeShapeProblem(event);
    if (shapeProblem !== null) {
      return breakAt(event, 'malformed_event', shapeProblem);
    }
    if (event.position <= this.lastPosition) {
      return breakAt(event, 'position_not_increasing', `follows position ${this.lastPosition}`);
    }
    const head = this.heads.get(event.streamId) ?? null;
    return findChainBreak(event, head);
  }
}

function findChainBreak(event: RecordedEvent, head: StreamHead | null): ChainBreak | null {
  const expectedRevision = head === null ? 0 : head.revision + 1;
  if (event.revision > expectedRevision) {
    const missing =
      event.revision - 1 === expectedRevision
        ? `revision ${expectedRevision} is missing`
        : `revisions ${expectedRevision} to ${event.revision - 1} are missing`;
    return breakAt(event, 'missing_revision', missing);
  }
  if (event.revision < expectedRevision) {
    return breakAt(event, 'duplicate_revision', `revision ${event.revision} appears again`);
  }
  const expectedPrevHash = head === null ? GENESIS_PREV_HASH : head.hash;
  if (event.prevHash !== expectedPrevHash) {
    return breakAt(event, 'broken_link', `prevHash ${event.prevHash} is not ${expectedPrevHash}`);
  }
  return findHashMismatch(event);
}

function findHashMismatch(event: RecordedEvent): ChainBreak | null {
  let recomputed: string;
  try {
    recomputed = hashEventUnchecked(event);
  } catch (error) {
    return breakAt(event, 'malformed_event', `cannot be hashed: ${(error as Error).message}`);
  }
  return recomputed === event.hash
    ? null
    : breakAt(event, 'hash_mismatch', `stored hash ${event.hash} but the content hashes to ${recomputed}`);
}

/** Checked field by field without allocating, because it runs once per event of the whole log. */
function describeShapeProblem(event: RecordedEvent): string | null {
  if (typeof event !== 'object' || event === null) {
    return 'is not an object';
  }
  const badField =
    (!isCount(event.position) && 'position') ||
    (!isCount(event.revision) && 'revision') ||
    (typeof event.streamId !== 'string' && 'streamId') ||
    (typeof event.type !== 'string' && 'type') ||
    (typeof event.prevHash !== 'string' && 'prevHash') ||
    (typeof event.hash !== 'string' && 'hash') ||
    (!isPlainObject(event.data) && 'data') ||
    (!isPlainObject(event.metadata) && 'metadata');
  return badField === false ? null : `field ${badField} is missing or has the wrong type`;
}

function isCount(value: unknown): boolean {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function breakAt(event: RecordedEvent, kind: ChainBreakKind, detail: string): ChainBreak {
  const position = Number.isSafeInteger(event?.position) ? event.position : -1;
  const streamId = typeof event?.streamId === 'string' ? event.streamId : null;
  const revision = Number.isSafeInteger(event?.revision) ? event.revision : null;
  const where =
    streamId === null ? `position ${position}` : `${streamId}@${String(revision)} (position ${position})`;
  return { kind, position, streamId, revision, message: `Event ${where}: ${detail}` };
}
