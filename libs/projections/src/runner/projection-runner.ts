/**
 * The projection runner: follows the store's global log through its catch-up subscription, folds the
 * events of fund streams into the documents it holds (`foldIntoCache`: working copies changed in place,
 * with the pure reducers' result), and stores the changed documents together with the checkpoint in one
 * transaction of the read-model store.
 *
 * - It resumes from the stored checkpoint after a restart, and rebuilds from position 0 when asked or
 *   when the stored documents were built by another version of the reducers.
 * - Documents are stored in batches: every `storeEveryEvents` events while catching up, and as soon as
 *   the subscription has nothing more to deliver, so a command's read-your-writes wait is short.
 * - An event the reducers cannot fold stops the runner for good, with a log line naming the event and a
 *   `failed` state for the readiness check; it is never skipped. Infrastructure errors (a database that
 *   does not answer) are retried from the stored checkpoint with growing pauses.
 * - Several runners (one per service instance) may share one read-model store: a runner never stores
 *   over newer documents, and adopts the stored checkpoint when another runner got further.
 */
import type { EventStore, RecordedEvent, Subscription } from '@fund-ledger/event-store';
import { PROJECTION_VERSION } from '../fund-projection';
import type { ReadModelStore } from '../read-model-store/read-model-store.port';
import { ProjectionError, toFundEventRecord, type FundEventRecord } from '../shared/fund-event-record';
import { DocumentCache, missingDocuments } from './document-cache';
import { foldIntoCache } from './fold-into-cache';

export interface ProjectionLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export type ProjectionRunnerState = 'stopped' | 'starting' | 'catching-up' | 'live' | 'retrying' | 'failed';

export interface ProjectionFailure {
  readonly position: number;
  readonly streamId: string;
  readonly eventType: string;
  readonly message: string;
}

export interface ProjectionProgressReport {
  readonly state: ProjectionRunnerState;
  /** Position of the stored read models: what queries see. */
  readonly storedPosition: number;
  /** Position folded in memory, not necessarily stored yet. */
  readonly appliedPosition: number;
}

export interface ProjectionRunnerOptions {
  /** Events folded together, with one lookup of the documents they need (default 1,000). */
  readonly batchSize?: number;
  /** Most events folded before the documents are stored while catching up (default 50,000). */
  readonly storeEveryEvents?: number;
  /** Most changed documents held before they are stored (default 5,000). */
  readonly dirtyDocumentsMax?: number;
  /** Documents kept in memory between batches (default 5,000). */
  readonly cachedDocumentsMax?: number;
  /** First pause before retrying after an infrastructure error; doubles up to 30 s (default 500 ms). */
  readonly retryDelayMs?: number;
  readonly logger?: ProjectionLogger;
}

const RETRY_DELAY_MS_MAX = 30_000;
const IDLE = Symbol('idle');
type Step = 'continue' | 'restart';

const silentLogger: ProjectionLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

interface Waiter {
  readonly position: number;
  readonly resolve: (reached: boolean) => void;
  readonly timer: NodeJS.Timeout;
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class ProjectionRunner {
  private readonly batchSize: number;
  private readonly storeEveryEvents: number;
  private readonly dirtyDocumentsMax: number;
  private readonly retryDelayMs: number;
  private readonly logger: ProjectionLogger;
  private readonly cache: DocumentCache;
  private readonly waiters = new Set<Waiter>();
  private readonly listeners = new Set<(progress: ProjectionProgressReport) => void>();
  private currentState: ProjectionRunnerState = 'stopped';
  private currentFailure: ProjectionFailure | null = null;
  private generation = 0;
  private applied = 0;
  private stored = 0;
  private eventsSinceStore = 0;
  private stopping = false;
  private running: Promise<void> | null = null;
  private subscription: Subscription | null = null;
  private idleTick: Promise<typeof IDLE> | null = null;
  /** The head of the log when last asked (after each batch); until the runner reaches it, it is catching up. */
  private knownHead = 0;
  private wakeRetry: (() => void) | null = null;

  constructor(
    private readonly store: EventStore,
    private readonly readModels: ReadModelStore,
    options: ProjectionRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 1000;
    this.storeEveryEvents = options.storeEveryEvents ?? 50_000;
    this.dirtyDocumentsMax = options.dirtyDocumentsMax ?? 5000;
    this.retryDelayMs = options.retryDelayMs ?? 500;
    this.logger = options.logger ?? silentLogger;
    this.cache = new DocumentCache(options.cachedDocumentsMax ?? 5000);
  }

  get state(): ProjectionRunnerState {
    return this.currentState;
  }

  get failure(): ProjectionFailure | null {
    return this.currentFailure;
  }

  get storedPosition(): number {
    return this.stored;
  }

  /** The generation of the read models this runner builds; stored documents of another are not its own. */
  get buildingGeneration(): number {
    return this.generation;
  }

  get progress(): ProjectionProgressReport {
    return { state: this.currentState, storedPosition: this.stored, appliedPosition: this.applied };
  }

  /** Starts following the log in the background; does nothing when already running. */
  start(): void {
    if (this.running !== null) return;
    this.stopping = false;
    this.currentFailure = null;
    this.setState('starting');
    this.running = this.run().finally(() => {
      this.running = null;
    });
  }

  /** Stops after the event being folded; documents folded but not stored are stored first when possible. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeRetry?.();
    await this.subscription?.close();
    await this.running;
    if (this.currentState !== 'failed') this.setState('stopped');
    this.settleWaiters(false);
  }

  /** Throws away the stored read models and folds the whole log again from position 0. */
  async rebuild(): Promise<void> {
    await this.stop();
    const checkpoint = await this.readModels.startRebuild(PROJECTION_VERSION);
    this.stored = checkpoint.position;
    this.applied = checkpoint.position;
    this.start();
  }

  /**
   * Resolves true once queries see the read models at `position` or later, false when `timeoutMs`
   * passes first or the runner fails or stops.
   */
  waitFor(position: number, timeoutMs: number): Promise<boolean> {
    if (this.stored >= position) return Promise.resolve(true);
    if (this.currentState === 'failed' || this.currentState === 'stopped' || timeoutMs <= 0) {
      return Promise.resolve(false);
    }
    return new Promise((resolve) => {
      const waiter: Waiter = {
        position,
        resolve,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          resolve(false);
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Calls `listener` whenever the state or the stored position changes; returns a function that unsubscribes. */
  onProgress(listener: (progress: ProjectionProgressReport) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async run(): Promise<void> {
    let retryDelayMs = this.retryDelayMs;
    while (!this.stopping) {
      try {
        await this.followFromCheckpoint();
        retryDelayMs = this.retryDelayMs;
      } catch (error) {
        if (error instanceof ProjectionError) return this.fail(error, await this.storeBeforeFailure());
        if (this.stopping) return;
        this.setState('retrying');
        this.logger.warn(
          { err: error, retryInMs: retryDelayMs },
          'Projection runner hit an error; retrying from the stored checkpoint',
        );
        await this.pause(retryDelayMs);
        retryDelayMs = Math.min(retryDelayMs * 2, RETRY_DELAY_MS_MAX);
      }
    }
  }

  private pause(delayMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, delayMs);
      this.wakeRetry = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private async followFromCheckpoint(): Promise<void> {
    let checkpoint = await this.readModels.readCheckpoint();
    while (checkpoint.version !== PROJECTION_VERSION || checkpoint.generation === 0) {
      this.logger.info(
        { storedVersion: checkpoint.version, version: PROJECTION_VERSION },
        'Read models were built by another version of the projections (or never); rebuilding them from the log',
      );
      checkpoint = await this.readModels.startRebuild(PROJECTION_VERSION, checkpoint.generation);
    }
    this.generation = checkpoint.generation;
    this.knownHead = await this.store.headPosition();
    this.applied = checkpoint.position;
    this.stored = checkpoint.position;
    this.eventsSinceStore = 0;
    this.cache.clear();
    this.setState('catching-up');
    this.settleWaiters(true);
    // A stop that came while the checkpoint was read found no subscription to close; on a quiet log
    // nothing would ever wake one opened now.
    if (this.stopping) return;
    const subscription = this.store.subscribeToAll({
      afterPosition: checkpoint.position,
      batchSize: this.batchSize,
      // Only the last event of each fund stored has its metadata read (for `recordedAt`).
      deferMetadata: true,
    });
    this.subscription = subscription;
    try {
      await this.consume(subscription);
    } finally {
      this.subscription = null;
      await subscription.close();
    }
  }

  /** Returns when the subscription ends (stop) or the runner must start over from the stored checkpoint. */
  private async consume(subscription: Subscription): Promise<void> {
    const iterator = subscription[Symbol.asyncIterator]();
    let batch: RecordedEvent[] = [];
    let delivered = this.applied;
    let pending = iterator.next();
    for (;;) {
      let next = delivered < this.knownHead ? await pending : await this.raceWithIdle(pending);
      if (next === IDLE) {
        if ((await this.settle(batch, true)) === 'restart') return;
        batch = [];
        next = await pending;
      }
      if (next.done === true || this.stopping) {
        await this.finish(batch);
        return;
      }
      batch.push(next.value);
      delivered = next.value.position;
      pending = iterator.next();
      if (batch.length >= this.batchSize) {
        if ((await this.settle(batch, false)) === 'restart') return;
        batch = [];
        await yieldToEventLoop();
      }
    }
  }

  /**
   * Resolves with the next event if the subscription delivers it within the current turn of the event
   * loop, otherwise with IDLE: the subscription is waiting for the database or for new appends. Only
   * asked near the head of the log (see `knownHead`): further behind, the next event is certainly coming.
   */
  private raceWithIdle<Result>(pending: Promise<Result>): Promise<Result | typeof IDLE> {
    if (this.idleTick === null) {
      this.idleTick = new Promise((resolve) =>
        setImmediate(() => {
          this.idleTick = null;
          resolve(IDLE);
        }),
      );
    }
    return Promise.race([pending, this.idleTick]);
  }

  /** On the way out: folds and stores what was delivered, so a restart resumes as late as possible. */
  private async finish(batch: readonly RecordedEvent[]): Promise<void> {
    if (batch.length > 0 && (await this.fold(batch)) === 'restart') return;
    await this.storeDocuments();
  }

  /** Folds the batch, then stores the documents when enough have changed or the runner has caught up. */
  private async settle(batch: readonly RecordedEvent[], idle: boolean): Promise<Step> {
    if (batch.length > 0 && (await this.fold(batch)) === 'restart') return 'restart';
    const due =
      this.eventsSinceStore >= this.storeEveryEvents || this.cache.dirtyCount >= this.dirtyDocumentsMax;
    const caughtUp = idle && (await this.store.headPosition()) <= this.applied;
    if (!due && !caughtUp) return 'continue';
    const step = await this.storeDocuments();
    if (caughtUp && step === 'continue') this.setState('live');
    return step;
  }

  /**
   * Folds the batch with one lookup of the documents it needs. When an event cannot be folded, the
   * events before it are still folded, so the checkpoint stored on the way out points just before it.
   */
  private async fold(batch: readonly RecordedEvent[]): Promise<Step> {
    const { records, failure } = decodeUntilFailure(batch);
    const request = missingDocuments(this.cache, records);
    if (request.fundIds.length > 0 || request.applications.length > 0) {
      const loaded = await this.readModels.loadDocuments(request);
      if (loaded.checkpoint.generation !== this.generation || loaded.checkpoint.position > this.applied) {
        return this.restartBecause(
          'the stored read models moved on (a rebuild, or another service instance is ahead)',
        );
      }
      this.cache.fill(request, loaded);
    }
    records.forEach((record, index) => {
      if (record !== null) foldIntoCache(this.cache, record);
      this.applied = (batch[index] as RecordedEvent).position;
      this.eventsSinceStore += 1;
    });
    if (failure !== null) throw failure;
    return 'continue';
  }

  private async storeDocuments(): Promise<Step> {
    if (this.applied <= this.stored && this.cache.dirtyCount === 0) return 'continue';
    const dirty = this.cache.takeDirty();
    const outcome = await this.readModels.write({
      generation: this.generation,
      position: this.applied,
      ...dirty,
    });
    if (outcome === 'superseded')
      return this.restartBecause('a rebuild of the read models started elsewhere');
    this.stored = this.applied;
    this.eventsSinceStore = 0;
    this.cache.evict();
    this.settleWaiters(true);
    this.notify();
    return 'continue';
  }

  private restartBecause(reason: string): Step {
    this.logger.info(
      { position: this.applied },
      `Projection runner starts over from the stored checkpoint: ${reason}`,
    );
    return 'restart';
  }

  /** Stores what was folded before the failing event; a failure to do so is only logged. */
  private async storeBeforeFailure(): Promise<number> {
    try {
      await this.storeDocuments();
    } catch (error) {
      this.logger.warn({ err: error }, 'Could not store the read models folded before the failing event');
    }
    return this.stored;
  }

  private fail(error: ProjectionError, storedPosition: number): void {
    this.currentFailure = {
      position: error.position,
      streamId: error.streamId,
      eventType: error.eventType,
      message: error.message,
    };
    this.setState('failed');
    this.logger.error(
      { position: error.position, streamId: error.streamId, eventType: error.eventType, storedPosition },
      `Projection stopped and will not skip the event: ${error.message}`,
    );
    this.settleWaiters(false);
  }

  private setState(state: ProjectionRunnerState): void {
    if (state === this.currentState) return;
    this.currentState = state;
    this.notify();
  }

  private notify(): void {
    const progress = this.progress;
    for (const listener of this.listeners) listener(progress);
  }

  /** Resolves the waiters whose position is stored; with `reached` false, resolves all of them as not reached. */
  private settleWaiters(reached: boolean): void {
    for (const waiter of this.waiters) {
      if (reached && waiter.position > this.stored) continue;
      clearTimeout(waiter.timer);
      this.waiters.delete(waiter);
      waiter.resolve(reached);
    }
  }
}

/** Decodes the events up to the first one that is not a valid fund event, which is returned as the failure. */
function decodeUntilFailure(batch: readonly RecordedEvent[]): {
  readonly records: (FundEventRecord | null)[];
  readonly failure: ProjectionError | null;
} {
  const records: (FundEventRecord | null)[] = [];
  for (const event of batch) {
    try {
      records.push(toFundEventRecord(event));
    } catch (error) {
      if (error instanceof ProjectionError) return { records, failure: error };
      throw error;
    }
  }
  return { records, failure: null };
}
