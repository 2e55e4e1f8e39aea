import { Inject, Injectable } from '@nestjs/common';
import {
  ConcurrencyError,
  EVENT_STORE,
  type EventMetadata,
  type EventStore,
  type JsonObject,
  type NewEvent,
  type RecordedEvent,
} from '@fund-ledger/event-store';
import type { Settings } from '@fund-ledger/config';
import { SETTINGS } from '../config/settings.module';
import { MetricsService } from '../observability/metrics.service';
import { CommandConflictError } from '../common/problems/command-conflict.error';
import type { CommandContext } from './command-context';
import { InFlightCommands } from '../shutdown/in-flight-commands';
import { type CommandStream, type DeciderEvent, FoldedStreams } from './folded-streams';

export interface CommandOutcome {
  /** The events appended; empty when the decider found nothing to do (e.g. a repeated command id). */
  readonly events: readonly RecordedEvent[];
  /** Global position of the last appended event, or of the stream's last event when nothing was appended. */
  readonly position: number;
  /** The stream's revision after the command. */
  readonly revision: number | 'no_stream';
}

/** Pauses between attempts grow from a few milliseconds and are jittered so racing writers spread out. */
const BACKOFF_BASE_MS = 5;
const BACKOFF_MAX_MS = 100;

/**
 * The one command path of the service: load the stream, fold it with the decider's `evolve`, `decide`,
 * and append with the revision that was read. When another request appended in between, the whole
 * cycle runs again from loading (the decision may differ now), up to COMMAND_RETRY_LIMIT retries;
 * then the command fails with `CommandConflictError` (409) and nothing is written.
 */
@Injectable()
export class CommandExecutor {
  private readonly retryLimit: number;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly streams: FoldedStreams,
    @Inject(SETTINGS) settings: Settings,
    private readonly metrics: MetricsService,
    private readonly inFlight: InFlightCommands,
  ) {
    this.retryLimit = settings.commandRetryLimit;
  }

  execute<Command, Event extends DeciderEvent, State>(
    stream: CommandStream<Command, Event, State>,
    command: Command,
    context: CommandContext,
  ): Promise<CommandOutcome> {
    return this.inFlight.run(() => this.executeWithRetries(stream, command, context));
  }

  private async executeWithRetries<Command, Event extends DeciderEvent, State>(
    stream: CommandStream<Command, Event, State>,
    command: Command,
    context: CommandContext,
  ): Promise<CommandOutcome> {
    const streamId = stream.streamName(command);
    const attemptsMax = this.retryLimit + 1;
    for (let attempt = 1; attempt <= attemptsMax; attempt += 1) {
      try {
        return await this.attempt(stream, streamId, command, context);
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
        const givingUp = attempt === attemptsMax;
        this.metrics.countConcurrencyConflict(streamId, givingUp ? 'gave_up' : 'retried');
        if (!givingUp) await pause(backoffMs(attempt));
      }
    }
    throw new CommandConflictError(streamId, attemptsMax);
  }

  private async attempt<Command, Event extends DeciderEvent, State>(
    stream: CommandStream<Command, Event, State>,
    streamId: string,
    command: Command,
    context: CommandContext,
  ): Promise<CommandOutcome> {
    const loaded = await this.streams.load(stream, streamId);
    const events = stream.decider.decide(command, loaded.state);
    if (events.length === 0) return { events: [], position: loaded.position, revision: loaded.revision };
    const metadata = metadataOf(context);
    const newEvents = events.map((event): NewEvent => ({
      type: event.type,
      data: event.data as JsonObject,
      metadata,
    }));
    const appended = await this.store.append(streamId, newEvents, loaded.revision);
    this.metrics.countEventsAppended(appended.events);
    this.streams.advance(stream, streamId, loaded, appended.events);
    return {
      events: appended.events,
      position: appended.lastPosition,
      revision: appended.nextExpectedRevision,
    };
  }
}

function metadataOf(context: CommandContext): EventMetadata {
  return {
    actor: { subject: context.actor.subject, role: context.actor.role },
    commandId: context.commandId,
    correlationId: context.correlationId,
    causationId: context.commandId,
    recordedAt: context.recordedAt,
  };
}

function backoffMs(attempt: number): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

function pause(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
