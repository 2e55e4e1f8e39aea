import { Inject, Injectable } from '@nestjs/common';
import { FUND_STREAM_PREFIX } from '@fund-ledger/domain';
import { EVENT_STORE, type EventStore } from '@fund-ledger/event-store';
import {
  evolveWithRecord,
  fundProjectionAt,
  fundRecordsUpTo,
  initialFundProjection,
  recordsEffectiveOn,
  type ApplicationView,
  type FundEventRecord,
  type FundSummary,
  PROJECTION_VERSION,
  type PointInTime,
  type ReadModelStore,
  type StoredCheckpoint,
  wholeCommandPoint,
} from '@fund-ledger/projections';
import { CLOCK, type Clock } from '../../common/clock';
import { ProblemException } from '../../common/problems/problem.exception';
import { ProjectionProgress } from '../../projection-runner/projection-progress';
import { READ_MODEL_STORE } from '../../projection-runner/read-model-store.provider';
import { isNow, type LedgerCut } from './read-model-query.dto';

/** Which point an answer was computed at. */
export interface FundAnswerPoint {
  /** The `asOf` the client asked for, as given; null for a current answer. */
  readonly requested: string | null;
  /** The `effectiveOn` the client asked for; null without one. */
  readonly effectiveOn: string | null;
  /**
   * The global position the answer includes events up to: the read models' checkpoint for a current
   * answer, the requested position (moved to the end of the command it falls inside, so no answer shows a
   * command half applied), or for an instant the position of the fund's last event recorded by then.
   */
  readonly position: number;
}

export interface FundAnswer {
  readonly summary: FundSummary;
  readonly applications: readonly ApplicationView[];
  readonly answerPoint: FundAnswerPoint;
}

export interface FundEventsAnswer {
  readonly summary: FundSummary;
  readonly records: readonly FundEventRecord[];
  readonly answerPoint: FundAnswerPoint;
}

/**
 * Where the read-model queries get a fund from: the stored read models for current answers, or the fund's
 * stream folded up to the point in time with the same reducers for `asOf` answers. An unknown fund (or
 * one not yet opened at that point) is a 404; an `asOf` later than what the ledger has recorded is a 400.
 *
 * Unless the runner is live, the stored read models lag the log by an unknown stretch: after a start,
 * while it catches up; during a rebuild from position 0 (after an upgrade), which holds only part of the
 * log, so a fund may be missing or its balances short; while it retries after an error; or for good once
 * it has stopped on an event it cannot fold. The same holds for stored documents of another generation
 * or version than the runner's, which another service instance is rebuilding. Current answers are then
 * folded from the fund's stream up to the head of the log, like `asOf` answers, so they are never older
 * than the log.
 */
@Injectable()
export class FundReadModels {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly progress: ProjectionProgress,
  ) {}

  /**
   * Refuses a point in time the ledger has not reached: a position beyond the last one recorded, or an
   * instant after now. An answer for it would look final, yet change as events are recorded.
   */
  async assertReached(point: PointInTime): Promise<void> {
    if (point.kind === 'position') {
      const head = await this.store.headPosition();
      if (point.position > head) {
        throw asOfProblem(`asOf ${point.position} is beyond the last recorded position, ${head}`);
      }
    } else {
      const now = this.clock.now();
      if (point.epochMs > now.getTime()) {
        throw asOfProblem(`asOf ${point.instant} is in the future (it is now ${now.toISOString()})`);
      }
    }
  }

  async fund(
    fundId: string,
    cut: LedgerCut,
    options: { readonly withApplications: boolean },
  ): Promise<FundAnswer> {
    if (isNow(cut) && !this.readModelsBehind()) {
      const stored = await this.readModels.readFund(fundId, options);
      if (this.isOwnBuild(stored.checkpoint)) {
        const summary = stored.summary ?? notFound(fundId, null);
        return {
          summary,
          applications: stored.applications,
          answerPoint: { requested: null, effectiveOn: null, position: stored.checkpoint.position },
        };
      }
    }
    const point = cut.pointInTime;
    if (point !== undefined) await this.assertReached(point);
    const bound = point === undefined ? await this.head() : await wholeCommandPoint(this.store, point);
    const projection = await fundProjectionAt(this.store, fundId, bound, cut.effectiveOn);
    const summary = projection.summary ?? notFound(fundId, describeCut(cut));
    return {
      summary,
      applications: [...projection.applications.values()],
      answerPoint: answerPointOf(cut, bound, summary),
    };
  }

  /**
   * The fund's events up to the point in time (for a current answer: up to the read models' checkpoint,
   * so that statements agree with the trial balance, or the head while the runner is not live), decoded,
   * with the summary they fold into.
   */
  async fundEvents(fundId: string, cut: LedgerCut): Promise<FundEventsAnswer> {
    const point = cut.pointInTime;
    if (point !== undefined) await this.assertReached(point);
    const bound = await wholeCommandPoint(this.store, point ?? (await this.currentBound()));
    const recorded = await fundRecordsUpTo(this.store, fundId, bound);
    const records = cut.effectiveOn === undefined ? recorded : recordsEffectiveOn(recorded, cut.effectiveOn);
    const projection = records.reduce(evolveWithRecord, initialFundProjection());
    const summary = projection.summary ?? notFound(fundId, describeCut(cut));
    return { summary, records, answerPoint: answerPointOf(cut, bound, summary) };
  }

  /**
   * The id of every fund there is, in order: from the stored read models while they are live and the
   * runner's own build, otherwise from the `FundOpened` events of the whole log. Funds opened after a
   * point in time are listed too; `fund()` answers 404 for them at that point.
   */
  async fundIds(): Promise<readonly string[]> {
    if (!this.readModelsBehind()) {
      const stored = await this.readModels.listFundIds();
      if (this.isOwnBuild(stored.checkpoint)) return stored.fundIds;
    }
    const fundIds = new Set<string>();
    for await (const event of this.store.readAll()) {
      if (event.type === 'FundOpened' && event.streamId.startsWith(FUND_STREAM_PREFIX)) {
        fundIds.add(event.streamId.slice(FUND_STREAM_PREFIX.length));
      }
    }
    return [...fundIds].sort();
  }

  private readModelsBehind(): boolean {
    return this.progress.state !== 'live';
  }

  private async head(): Promise<PointInTime> {
    return { kind: 'position', position: await this.store.headPosition() };
  }

  /** The read models' checkpoint, when they are live and the runner's own build; else the head of the log. */
  private async currentBound(): Promise<PointInTime> {
    if (this.readModelsBehind()) return this.head();
    const checkpoint = await this.readModels.readCheckpoint();
    return this.isOwnBuild(checkpoint) ? { kind: 'position', position: checkpoint.position } : this.head();
  }

  private isOwnBuild(checkpoint: StoredCheckpoint): boolean {
    return (
      checkpoint.version === PROJECTION_VERSION && checkpoint.generation === this.progress.buildingGeneration
    );
  }
}

function answerPointOf(cut: LedgerCut, bound: PointInTime, summary: FundSummary): FundAnswerPoint {
  return {
    requested: cut.requested ?? null,
    effectiveOn: cut.effectiveOn ?? null,
    position: bound.kind === 'position' ? bound.position : summary.lastEvent.position,
  };
}

/** The cut in words, for the 404 of a fund that did not exist yet; null for now. */
function describeCut(cut: LedgerCut): string | null {
  const parts = [
    ...(cut.requested === undefined ? [] : [cut.requested]),
    ...(cut.effectiveOn === undefined ? [] : [`${cut.effectiveOn} (business date)`]),
  ];
  return parts.length === 0 ? null : parts.join(' and ');
}

/** The 404 of a fund that does not exist, or did not yet as of the requested point. */
export function notFound(fundId: string, requested: string | null): never {
  const detail =
    requested === null ? `There is no fund ${fundId}` : `There was no fund ${fundId} as of ${requested}`;
  throw ProblemException.of('notFound', { detail, errors: [{ field: 'fundId', message: detail }] });
}

function asOfProblem(message: string): ProblemException {
  return ProblemException.of('validation', { detail: message, errors: [{ field: 'asOf', message }] });
}
