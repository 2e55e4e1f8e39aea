import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, type EventStore, verifyChains, type ChainVerification } from '@fund-ledger/event-store';
import { CLOCK, type Clock } from '../../common/clock';
import { ProblemException } from '../../common/problems/problem.exception';

export type VerificationState = 'running' | 'verified' | 'failed' | 'error';

/** One run of the verification of the whole log up to a position, as its followers see it. */
export interface VerificationJob {
  readonly id: string;
  readonly state: VerificationState;
  readonly startedBy: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  /** The log is verified from its first event up to this global position. */
  readonly toPosition: number;
  /** How far it has got: the last verified position and the events verified so far. */
  readonly progress: { readonly position: number; readonly eventCount: number };
  /** The verdict once it has finished; null while it runs or when it could not complete. */
  readonly result: ChainVerification | null;
  /** Why it could not complete (the store failed, the service stopped); null otherwise. */
  readonly error: string | null;
}

export interface VerificationRequest {
  readonly id: string;
  readonly startedBy: string;
  readonly toPosition: number | undefined;
}

/** Jobs kept for their followers; the oldest finished ones are forgotten first. */
export const VERIFICATION_JOBS_KEPT_MAX = 50;
/** Events read per page: small enough that the hashing between two reads keeps the service responsive. */
const READ_BATCH_SIZE = 1000;
const PROGRESS_INTERVAL_EVENTS = 1000;

/**
 * Runs "verify now" in the background of the service: the same streaming check as `ledger-cli verify`
 * (every hash, every chain link, the digest at the end), started by one request and followed by others,
 * so no request is held open for the length of a log. Only one verification runs at a time; a start
 * while one runs up to the same position joins it. Jobs live in this service instance's memory.
 */
@Injectable()
export class VerificationJobs implements OnApplicationShutdown {
  private readonly logger = new Logger('Verification');
  private readonly jobs = new Map<string, VerificationJob>();
  private stopping = false;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async start(request: VerificationRequest): Promise<VerificationJob> {
    const known = this.jobs.get(request.id);
    if (known !== undefined) return known;
    const head = await this.store.headPosition();
    const toPosition = request.toPosition ?? head;
    if (toPosition > head) {
      const detail = `toPosition ${toPosition} is beyond the head of the log (${head})`;
      throw ProblemException.of('invalidInput', {
        detail,
        errors: [{ field: 'toPosition', message: detail }],
      });
    }
    const running = [...this.jobs.values()].find((job) => job.state === 'running');
    if (running !== undefined) return this.joinOrRefuse(running, toPosition);
    const job: VerificationJob = {
      id: request.id,
      state: 'running',
      startedBy: request.startedBy,
      startedAt: this.clock.now().toISOString(),
      finishedAt: null,
      toPosition,
      progress: { position: 0, eventCount: 0 },
      result: null,
      error: null,
    };
    this.remember(job);
    void this.run(job);
    return job;
  }

  find(id: string): VerificationJob {
    const job = this.jobs.get(id);
    if (job !== undefined) return job;
    const detail = `There is no verification ${id} on this service instance (it may have been forgotten after a restart)`;
    throw ProblemException.of('notFound', { detail, errors: [{ field: 'verificationId', message: detail }] });
  }

  onApplicationShutdown(): void {
    this.stopping = true;
  }

  private joinOrRefuse(running: VerificationJob, toPosition: number): VerificationJob {
    if (running.toPosition === toPosition) return running;
    throw ProblemException.of('conflict', {
      detail: `Verification ${running.id} of the log up to position ${running.toPosition} is running; wait for it to finish before starting another`,
      verificationId: running.id,
    });
  }

  private async run(job: VerificationJob): Promise<void> {
    try {
      const result = await verifyChains(this.eventsOf(job), {
        progressIntervalEvents: PROGRESS_INTERVAL_EVENTS,
        onProgress: (progress) => this.update(job.id, { progress }),
      });
      this.finish(job.id, { state: result.ok ? 'verified' : 'failed', result });
    } catch (error) {
      this.logger.error({ err: error, verificationId: job.id }, 'The verification could not complete');
      this.finish(job.id, { state: 'error', error: messageOf(error) });
    }
  }

  private async *eventsOf(job: VerificationJob) {
    for await (const event of this.store.readAll({
      toPosition: job.toPosition,
      batchSize: READ_BATCH_SIZE,
    })) {
      if (this.stopping) throw new Error('The service stopped before the verification finished');
      yield event;
    }
  }

  private finish(id: string, change: Partial<VerificationJob>): void {
    this.update(id, { ...change, finishedAt: this.clock.now().toISOString() });
  }

  private update(id: string, change: Partial<VerificationJob>): void {
    const job = this.jobs.get(id);
    if (job !== undefined) this.jobs.set(id, { ...job, ...change });
  }

  private remember(job: VerificationJob): void {
    this.jobs.set(job.id, job);
    if (this.jobs.size <= VERIFICATION_JOBS_KEPT_MAX) return;
    const oldestFinished = [...this.jobs.values()].find((candidate) => candidate.state !== 'running');
    if (oldestFinished !== undefined) this.jobs.delete(oldestFinished.id);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
