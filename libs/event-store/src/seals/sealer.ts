/**
 * The service's sealer: follows the log, keeps the ledger digest and the order hash up to the last
 * event it read (verifying every chain as it goes, so it never signs a broken history), and seals when
 * a seal is due: after `everyEvents` new events, after `everyMs` with new events, after an event the
 * caller names (a fiscal-year close), or at once when the log has events and no seal. It then asks the
 * time-stamping authority for a token; an authority that cannot be reached leaves the seal signed and
 * unstamped, and the next rounds ask again. Each seal is published again whenever it changes.
 */
import { createPublicKey, randomUUID, type KeyObject } from 'node:crypto';
import { ConcurrencyError } from '../errors';
import type { EventStore, RecordedEvent } from '../event-store.port';
import { ChainVerifier } from '../verify-chains';
import { nextOrderHash, ORDER_HASH_GENESIS } from './order-hash';
import {
  hasValidSignature,
  publishedSeal,
  sealShapeProblem,
  sealTimeStampInput,
  signSeal,
  type PublishedSeal,
  type Seal,
} from './seal';
import type { SealPublisher } from './seal-publication';
import {
  isSealStream,
  LEDGER_SEALED,
  readSealStream,
  SEAL_STREAM_ID,
  sealEvent,
  timeStampEvent,
  type SealStreamState,
} from './seal-stream';
import type { SealingLock } from './sealing-lock';
import { requestTimeStampToken } from './time-stamping';

export const SEAL_EVERY_EVENTS_DEFAULT = 1000;
export const SEAL_EVERY_MS_DEFAULT = 15 * 60_000;
const READ_BATCH_SIZE = 5000;
/** Tokens asked for in one round, so an authority back after a long outage is not flooded. */
const STAMPS_PER_ROUND_MAX = 20;

export interface SealerLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface SealerOptions {
  readonly store: Pick<EventStore, 'readAll' | 'readStream' | 'append'>;
  readonly signingKey: KeyObject;
  readonly lock: SealingLock;
  readonly timeStampAuthorityUrl?: string;
  readonly publisher?: SealPublisher;
  readonly everyEvents?: number;
  readonly everyMs?: number;
  /** Events after which a seal is due at once, e.g. a fiscal-year close. */
  readonly sealsAfter?: (event: RecordedEvent) => boolean;
  readonly now?: () => Date;
  readonly log?: SealerLog;
}

/** What one round did, for the log and for tests. */
export interface SealRound {
  readonly sealed: Seal | null;
  readonly stamped: number;
  readonly published: number;
}

export class Sealer {
  private readonly verifier = new ChainVerifier();
  private orderHash = ORDER_HASH_GENESIS;
  private readPosition = 0;
  private lastSeal: PublishedSeal | null = null;
  /** Positions of events outside the seal stream after the last seal known. */
  private unsealed: number[] = [];
  /** Position of the last event after which a seal is due at once (a fiscal-year close), until a seal covers it. */
  private sealRequestedAfter: number | null = null;
  private seals: SealStreamState | null = null;
  private readonly unpublished = new Map<string, PublishedSeal>();
  private brokenMessage: string | null = null;
  /** Seals made before this sealer started, to compare with the log as the first round reads past them. */
  private earlierSeals: PublishedSeal[] | null = null;

  private readonly publicKey: KeyObject;

  constructor(private readonly options: SealerOptions) {
    this.publicKey = createPublicKey(options.signingKey);
  }

  /** Null while the log verifies; otherwise why the sealer stopped sealing. */
  get broken(): string | null {
    return this.brokenMessage;
  }

  /** One round: read what is new, seal if due, time-stamp and publish what waits. Safe to call concurrently with other instances. */
  async round(): Promise<SealRound> {
    if (this.brokenMessage !== null) return { sealed: null, stamped: 0, published: 0 };
    await this.readNewEvents();
    if (this.brokenMessage !== null) return { sealed: null, stamped: 0, published: 0 };
    const outcome = await this.options.lock.runExclusive(async () => {
      const sealed = this.isDue() ? await this.sealUnderLock() : null;
      const stamped = await this.stampPending();
      return { sealed, stamped };
    });
    const { sealed, stamped } = outcome.ran ? outcome.value : { sealed: null, stamped: 0 };
    return { sealed, stamped, published: await this.publishPending() };
  }

  /**
   * Reads the log from where the last round stopped, verifying every chain. The first round also
   * compares the log with the seals made before this sealer started: a log that no longer matches its
   * seals is never sealed again, so the service does not countersign a rewritten history.
   */
  private async readNewEvents(): Promise<void> {
    if (this.earlierSeals === null) {
      this.earlierSeals = this.ownSeals(await readSealStream(this.options.store));
      // Published again on start: a publication that failed before a restart is not lost.
      const latest = this.earlierSeals.at(-1);
      if (latest !== undefined) this.unpublished.set(latest.signature, latest);
    }
    const events = this.options.store.readAll({
      afterPosition: this.readPosition,
      batchSize: READ_BATCH_SIZE,
    });
    for await (const event of events) {
      this.compareEarlierSeals(event.position);
      const chainBreak = this.verifier.check(event);
      if (chainBreak !== null) {
        this.stop(`The log does not verify, so it is not sealed: ${chainBreak.message}`);
      }
      if (this.brokenMessage !== null) return;
      this.orderHash = nextOrderHash(this.orderHash, event);
      this.readPosition = event.position;
      if (isSealStream(event.streamId)) {
        this.seals = null;
        this.learnSealRecorded(event);
        continue;
      }
      this.unsealed.push(event.position);
      if (this.options.sealsAfter?.(event) === true) this.sealRequestedAfter = event.position;
    }
    this.compareEarlierSeals(Number.MAX_SAFE_INTEGER);
  }

  /** Compares the seals made before this sealer started whose position lies before `position`. */
  private compareEarlierSeals(position: number): void {
    const seals = this.earlierSeals ?? [];
    while (this.brokenMessage === null && seals.length > 0 && seals[0]!.position < position) {
      const seal = seals.shift()!;
      const digest = this.verifier.currentDigest();
      if (position === Number.MAX_SAFE_INTEGER && seal.position > digest.position) {
        this.stop(
          `The log is shorter than its seal of ${seal.sealedAt} at position ${seal.position}, so it is not sealed`,
        );
      } else if (
        seal.digestRoot !== digest.root ||
        seal.orderHash !== this.orderHash ||
        seal.eventCount !== digest.eventCount
      ) {
        this.stop(
          `The log up to position ${seal.position} is not the one sealed on ${seal.sealedAt}, so it is not sealed again`,
        );
      }
    }
  }

  private stop(message: string): void {
    this.brokenMessage = message;
    this.options.log?.error(message);
  }

  private isDue(): boolean {
    if (this.unsealed.length === 0) return false;
    if (this.lastSeal === null || this.sealRequestedAfter !== null) return true;
    if (this.unsealed.length >= (this.options.everyEvents ?? SEAL_EVERY_EVENTS_DEFAULT)) return true;
    return (
      this.now().getTime() - Date.parse(this.lastSeal.sealedAt) >=
      (this.options.everyMs ?? SEAL_EVERY_MS_DEFAULT)
    );
  }

  /** Under the lock: another instance may have sealed since; if it covered what we read, there is nothing to do. */
  private async sealUnderLock(): Promise<Seal | null> {
    const state = await this.sealStream();
    this.learnSeals(state);
    if (!this.isDue()) return null;
    const digest = this.verifier.currentDigest();
    const sealedAt = this.now().toISOString();
    const seal = signSeal(
      {
        position: digest.position,
        eventCount: digest.eventCount,
        streamCount: digest.streamCount,
        digestRoot: digest.root,
        orderHash: this.orderHash,
        sealedAt,
      },
      this.options.signingKey,
    );
    try {
      await this.options.store.append(
        SEAL_STREAM_ID,
        [sealEvent(seal, sealedAt, randomUUID())],
        state.revision ?? 'no_stream',
      );
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      this.seals = null;
      this.options.log?.info('Another instance sealed first; its seal is taken as it is');
      return null;
    }
    const published = publishedSeal(seal, null);
    this.seals = { ...state, revision: (state.revision ?? -1) + 1, seals: [...state.seals, published] };
    this.learnSeals(this.seals);
    this.unpublished.set(seal.signature, published);
    this.options.log?.info(`Sealed the log up to position ${seal.position} (${seal.eventCount} events)`);
    return seal;
  }

  /**
   * Only seals signed with this service's key count: a seal someone wrote into the log with another key
   * must not make the sealer believe the log is sealed.
   */
  private ownSeals(state: SealStreamState): PublishedSeal[] {
    return state.seals.filter((seal) => hasValidSignature(seal, this.publicKey));
  }

  private learnSeals(state: SealStreamState): void {
    const last = this.ownSeals(state).at(-1);
    if (last !== undefined) this.learnSeal(last);
  }

  /** A seal read in the log (another instance's, or this one's own): what it covers is sealed. */
  private learnSealRecorded(event: RecordedEvent): void {
    if (event.type !== LEDGER_SEALED || sealShapeProblem(event.data) !== null) return;
    const seal = publishedSeal(event.data as unknown as Seal, null);
    if (hasValidSignature(seal, this.publicKey)) this.learnSeal(seal);
  }

  private learnSeal(seal: PublishedSeal): void {
    if (this.lastSeal !== null && seal.position <= this.lastSeal.position) return;
    this.lastSeal = seal;
    this.unsealed = this.unsealed.filter((position) => position > seal.position);
    if (this.sealRequestedAfter !== null && this.sealRequestedAfter <= seal.position)
      this.sealRequestedAfter = null;
  }

  private async stampPending(): Promise<number> {
    const url = this.options.timeStampAuthorityUrl;
    if (url === undefined) return 0;
    const state = await this.sealStream();
    const pending = this.ownSeals(state)
      .filter((seal) => seal.timeStampToken === null)
      .slice(0, STAMPS_PER_ROUND_MAX);
    let stamped = 0;
    for (const seal of pending) {
      let token: string;
      try {
        token = await requestTimeStampToken(url, sealTimeStampInput(seal));
      } catch (error) {
        this.options.log?.warn(
          `The seal at position ${seal.position} stays without a time-stamp for now: ${messageOf(error)}`,
        );
        break;
      }
      const recordedAt = this.now().toISOString();
      await this.options.store.append(
        SEAL_STREAM_ID,
        [timeStampEvent(seal, token, recordedAt, randomUUID())],
        'any',
      );
      this.unpublished.set(seal.signature, { ...seal, timeStampToken: token });
      stamped += 1;
    }
    if (stamped > 0) this.seals = null;
    return stamped;
  }

  private async publishPending(): Promise<number> {
    const publisher = this.options.publisher;
    if (publisher === undefined) {
      this.unpublished.clear();
      return 0;
    }
    let published = 0;
    for (const [signature, seal] of this.unpublished) {
      try {
        await publisher.publish(seal);
        this.unpublished.delete(signature);
        published += 1;
      } catch (error) {
        this.options.log?.warn(
          `The seal at position ${seal.position} is not published yet: ${messageOf(error)}`,
        );
        break;
      }
    }
    return published;
  }

  private async sealStream(): Promise<SealStreamState> {
    this.seals ??= await readSealStream(this.options.store);
    return this.seals;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
