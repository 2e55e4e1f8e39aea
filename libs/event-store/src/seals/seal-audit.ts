/**
 * Checking seals against a log, in the same single pass that verifies the chains. Before the pass each
 * seal's signature and token are checked on their own; during it, the order hash is folded and every
 * seal is compared with the log as it stood at the seal's position (digest root, order hash, event and
 * stream counts). Events recorded after a seal but dated before it are flagged, and with `sealedBefore`
 * every event recorded before that instant must lie at or before a valid seal.
 */
import type { KeyObject } from 'node:crypto';
import type { Certificate } from 'pkijs';
import type { RecordedEvent } from '../event-store.port';
import type { LedgerDigest } from '../ledger-digest';
import { nextOrderHash, ORDER_HASH_GENESIS } from './order-hash';
import { hasValidSignature, sealShapeProblem, sealTimeStampInput, type PublishedSeal } from './seal';
import { isSealStream } from './seal-stream';
import { checkTimeStampToken, timeStampTokenTime } from './time-stamping';

/** How far a `recordedAt` may lie before the seal preceding its event: clocks and slow commands differ a little. */
export const RECORDED_AT_TOLERANCE_MS = 5 * 60_000;
/** Back-dated events named in a result; the count covers all of them. */
const FINDINGS_NAMED_MAX = 20;

export type SealFindingKind =
  | 'seal_malformed'
  | 'seal_signature_invalid'
  | 'seal_key_unknown'
  | 'seal_token_invalid'
  | 'seal_mismatch'
  | 'seal_beyond_log'
  | 'seal_missing_from_log'
  | 'backdated_event'
  | 'not_sealed_before';

export interface SealFinding {
  readonly kind: SealFindingKind;
  /** The seal's position, or the event's for event findings. */
  readonly position: number;
  readonly message: string;
}

export type SignatureState = 'valid' | 'invalid' | 'unchecked';
export type TimeStampState =
  | { readonly state: 'valid'; readonly genTime: string; readonly authority: string }
  | { readonly state: 'missing' }
  | { readonly state: 'unchecked'; readonly genTime: string | null }
  | { readonly state: 'invalid'; readonly reason: string };

export interface CheckedSeal {
  readonly seal: PublishedSeal;
  readonly signature: SignatureState;
  readonly timeStamp: TimeStampState;
  /** Whether the log at the seal's position is the one sealed; null until the pass got there. */
  matchesLog: boolean | null;
  /** In the log's seal stream (false: known only from a published copy). */
  readonly inLog: boolean;
}

export interface SealTrust {
  /** Public keys by key id; null: signatures cannot be checked (no key was given). */
  readonly keys: ReadonlyMap<string, KeyObject> | null;
  /** CA certificates of the time-stamping authorities; null: tokens cannot be checked. */
  readonly authorities: readonly Certificate[] | null;
}

export interface SealAuditOptions extends SealTrust {
  /** Fail unless every event recorded before this instant is covered by a valid seal. */
  readonly sealedBefore?: { readonly instant: string; readonly epochMs: number };
}

export interface EventsAfterSeal {
  readonly eventCount: number;
  readonly firstPosition: number | null;
  readonly lastPosition: number | null;
  readonly firstRecordedAt: string | null;
  readonly lastRecordedAt: string | null;
}

export interface SealAuditResult {
  readonly ok: boolean;
  readonly signaturesChecked: boolean;
  readonly tokensChecked: boolean;
  readonly sealCount: number;
  /** The seal with the highest position that is valid (signature, token, log), or null. */
  readonly lastValidSeal: CheckedSeal | null;
  /** The events (outside the seal stream) after the last valid seal, or after position 0 when there is none. */
  readonly afterLastSeal: EventsAfterSeal;
  /** Positions of seals without a time-stamp token. */
  readonly withoutToken: readonly number[];
  readonly findings: readonly SealFinding[];
  readonly backdatedEventCount: number;
  readonly orderHash: string;
}

/** Checks each seal's shape, signature and token, which need no log; merges copies of the same seal. */
export async function checkSeals(
  fromLog: readonly PublishedSeal[],
  published: readonly PublishedSeal[],
  trust: SealTrust,
  malformedInLog: ReadonlyArray<{ readonly position: number; readonly problem: string }> = [],
): Promise<{ seals: CheckedSeal[]; findings: SealFinding[] }> {
  const findings: SealFinding[] = malformedInLog.map(({ position, problem }) => ({
    kind: 'seal_malformed',
    position,
    message: `The seal record at position ${position} of the log is malformed: ${problem}`,
  }));
  const merged = new Map<string, { seal: PublishedSeal; inLog: boolean }>();
  for (const seal of fromLog) merged.set(seal.signature, { seal, inLog: true });
  for (const seal of published) {
    const problem = sealShapeProblem(seal);
    if (problem !== null) {
      findings.push({
        kind: 'seal_malformed',
        position: -1,
        message: `A published seal is malformed: ${problem}`,
      });
      continue;
    }
    const known = merged.get(seal.signature);
    const token = known?.seal.timeStampToken ?? seal.timeStampToken;
    merged.set(seal.signature, {
      seal: { ...(known?.seal ?? seal), timeStampToken: token },
      inLog: known?.inLog ?? false,
    });
  }
  const seals: CheckedSeal[] = [];
  for (const { seal, inLog } of [...merged.values()].sort((a, b) => a.seal.position - b.seal.position)) {
    const checked = await checkSeal(seal, inLog, trust);
    findings.push(...sealFindings(checked));
    seals.push(checked);
  }
  return { seals, findings };
}

async function checkSeal(seal: PublishedSeal, inLog: boolean, trust: SealTrust): Promise<CheckedSeal> {
  const key = trust.keys?.get(seal.keyId);
  const signature: SignatureState =
    trust.keys === null
      ? 'unchecked'
      : key !== undefined && hasValidSignature(seal, key)
        ? 'valid'
        : 'invalid';
  return { seal, inLog, signature, timeStamp: await checkToken(seal, trust), matchesLog: null };
}

async function checkToken(seal: PublishedSeal, trust: SealTrust): Promise<TimeStampState> {
  if (seal.timeStampToken === null) return { state: 'missing' };
  if (trust.authorities === null) {
    return { state: 'unchecked', genTime: timeStampTokenTime(seal.timeStampToken) };
  }
  const check = await checkTimeStampToken(seal.timeStampToken, sealTimeStampInput(seal), trust.authorities);
  return check.valid
    ? { state: 'valid', genTime: check.genTime, authority: check.authority }
    : { state: 'invalid', reason: check.reason };
}

function sealFindings(checked: CheckedSeal): SealFinding[] {
  const { seal } = checked;
  const at = `The seal at position ${seal.position} (sealed ${seal.sealedAt})`;
  const findings: SealFinding[] = [];
  if (checked.signature === 'invalid') {
    findings.push({
      kind: 'seal_signature_invalid',
      position: seal.position,
      message: `${at} is not signed by a trusted key (key ${seal.keyId.slice(0, 16)}…): it is forged or altered`,
    });
  }
  if (checked.timeStamp.state === 'invalid') {
    findings.push({
      kind: 'seal_token_invalid',
      position: seal.position,
      message: `${at} has a time-stamp token that does not verify: ${checked.timeStamp.reason}`,
    });
  }
  if (!checked.inLog) {
    findings.push({
      kind: 'seal_missing_from_log',
      position: seal.position,
      message: `${at} was published but is not in the log: seals were removed from it`,
    });
  }
  return findings;
}

/** Follows the log through the verifying pass; `observe` after each verified event, `finish` at the end. */
export class SealAudit {
  private orderHash = ORDER_HASH_GENESIS;
  private next = 0;
  private lastMatched: CheckedSeal | null = null;
  private readonly findings: SealFinding[];
  private backdated = 0;
  private lastEarlyEvent: { position: number; recordedAt: string } | null = null;
  private after = emptyAfter();

  constructor(
    private readonly seals: readonly CheckedSeal[],
    initialFindings: readonly SealFinding[],
    private readonly options: SealAuditOptions,
  ) {
    this.findings = [...initialFindings];
  }

  /** Called before `event` is folded in, so that seals at lower positions are compared with the log as it stood. */
  beforeEvent(event: RecordedEvent, digest: () => LedgerDigest): void {
    this.compareSealsBefore(event.position, digest);
  }

  afterEvent(event: RecordedEvent): void {
    this.orderHash = nextOrderHash(this.orderHash, event);
    if (isSealStream(event.streamId)) return;
    const recordedAt = event.metadata.recordedAt;
    this.checkRecordedAt(event, recordedAt);
    this.after = withEvent(this.after, event.position, recordedAt);
    const sealedBefore = this.options.sealedBefore;
    if (sealedBefore !== undefined && Date.parse(recordedAt) < sealedBefore.epochMs) {
      this.lastEarlyEvent = { position: event.position, recordedAt };
    }
  }

  /** After the last event: seals beyond it mean the log is shorter than what was sealed. */
  finish(digest: () => LedgerDigest, complete: boolean): SealAuditResult {
    if (complete) this.compareSealsBefore(Number.MAX_SAFE_INTEGER, digest);
    this.checkSealedBefore();
    return this.result();
  }

  private compareSealsBefore(position: number, digest: () => LedgerDigest): void {
    while (this.next < this.seals.length && this.seals[this.next]!.seal.position < position) {
      const checked = this.seals[this.next]!;
      this.next += 1;
      const current = digest();
      if (checked.seal.position > current.position && position === Number.MAX_SAFE_INTEGER) {
        this.recordBeyond(checked);
        continue;
      }
      this.compare(checked, current);
    }
  }

  private compare(checked: CheckedSeal, current: LedgerDigest): void {
    const { seal } = checked;
    const differs = [
      seal.digestRoot !== current.root && 'digest root',
      seal.orderHash !== this.orderHash && 'order hash',
      seal.eventCount !== current.eventCount && 'event count',
      seal.streamCount !== current.streamCount && 'stream count',
    ].filter((item): item is string => item !== false);
    checked.matchesLog = differs.length === 0;
    if (!checked.matchesLog) {
      this.findings.push({
        kind: 'seal_mismatch',
        position: seal.position,
        message:
          `The log up to position ${seal.position} is not the one sealed on ${seal.sealedAt}: its ${differs.join(', ')} differ` +
          ` (sealed ${seal.eventCount} events in ${seal.streamCount} streams, the log has ${current.eventCount} in ${current.streamCount}): events at or before it were added, removed, changed or reordered`,
      });
      return;
    }
    if (isValid(checked)) {
      this.lastMatched = checked;
      this.after = emptyAfter();
    }
  }

  private recordBeyond(checked: CheckedSeal): void {
    checked.matchesLog = false;
    this.findings.push({
      kind: 'seal_beyond_log',
      position: checked.seal.position,
      message: `The log is shorter than the seal of ${checked.seal.sealedAt}: it sealed ${checked.seal.eventCount} events up to position ${checked.seal.position}; events were removed`,
    });
  }

  private checkRecordedAt(event: RecordedEvent, recordedAt: string): void {
    const preceding = this.lastMatched?.seal;
    if (preceding === undefined) return;
    const recordedMs = Date.parse(recordedAt);
    if (!(recordedMs < Date.parse(preceding.sealedAt) - RECORDED_AT_TOLERANCE_MS)) return;
    this.backdated += 1;
    if (this.backdated > FINDINGS_NAMED_MAX) return;
    this.findings.push({
      kind: 'backdated_event',
      position: event.position,
      message:
        `Event ${event.streamId}@${event.revision} (position ${event.position}) says it was recorded at ${recordedAt}, ` +
        `before the seal at position ${preceding.position} that precedes it was made (${preceding.sealedAt}): it was appended later and back-dated`,
    });
  }

  private checkSealedBefore(): void {
    const sealedBefore = this.options.sealedBefore;
    if (sealedBefore === undefined || this.lastEarlyEvent === null) return;
    const coveredTo = this.lastMatched?.seal.position ?? 0;
    if (this.lastEarlyEvent.position <= coveredTo) return;
    this.findings.push({
      kind: 'not_sealed_before',
      position: this.lastEarlyEvent.position,
      message:
        `The event at position ${this.lastEarlyEvent.position}, recorded ${this.lastEarlyEvent.recordedAt}, is before ${sealedBefore.instant} ` +
        `but not covered by a valid seal (${coveredTo === 0 ? 'no valid seal covers any event' : `valid seals cover up to position ${coveredTo}`})`,
    });
  }

  private result(): SealAuditResult {
    const findings = this.findings;
    return {
      ok: findings.length === 0,
      signaturesChecked: this.options.keys !== null,
      tokensChecked: this.options.authorities !== null,
      sealCount: this.seals.length,
      lastValidSeal: this.lastMatched,
      afterLastSeal: this.after,
      withoutToken: this.seals
        .filter((checked) => checked.seal.timeStampToken === null)
        .map((checked) => checked.seal.position),
      findings,
      backdatedEventCount: this.backdated,
      orderHash: this.orderHash,
    };
  }
}

/**
 * A seal counts as valid when nothing speaks against it: its signature verified (or could not be
 * checked, which the result says), its token is not invalid, and the log matched it.
 */
function isValid(checked: CheckedSeal): boolean {
  return checked.signature !== 'invalid' && checked.timeStamp.state !== 'invalid';
}

function emptyAfter(): EventsAfterSeal {
  return {
    eventCount: 0,
    firstPosition: null,
    lastPosition: null,
    firstRecordedAt: null,
    lastRecordedAt: null,
  };
}

function withEvent(after: EventsAfterSeal, position: number, recordedAt: string): EventsAfterSeal {
  return {
    eventCount: after.eventCount + 1,
    firstPosition: after.firstPosition ?? position,
    lastPosition: position,
    firstRecordedAt: after.firstRecordedAt ?? recordedAt,
    lastRecordedAt: recordedAt,
  };
}
