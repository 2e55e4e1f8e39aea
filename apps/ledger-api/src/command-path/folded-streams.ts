import { Inject, Injectable } from '@nestjs/common';
import type { Decider } from '@fund-ledger/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@fund-ledger/event-store';
import { type FoldedStream, StreamStateCache } from './stream-state-cache';

/** Events as deciders produce them: plain JSON-safe data with a stable type name. */
export interface DeciderEvent {
  readonly type: string;
  readonly data: object;
}

/** A decider bound to the stream its commands act on. */
export interface CommandStream<Command, Event extends DeciderEvent, State> {
  readonly decider: Decider<Command, Event, State>;
  readonly streamName: (command: Command) => string;
  /** Turns a stored event back into the decider's event: the seam where older shapes are upcast. */
  readonly decode: (recorded: RecordedEvent) => Event;
}

/** Folded streams kept in memory; a fund's state is small, so this bounds memory to a few megabytes. */
const CACHED_STREAMS_MAX = 1000;

/**
 * Each stream's state exactly as its decider sees it, for commands and for queries that answer with
 * that state. One cache serves both, so a query on a busy fund reads only the events appended since
 * the last command or query instead of the whole history.
 */
@Injectable()
export class FoldedStreams {
  private readonly cache = new StreamStateCache(CACHED_STREAMS_MAX);

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Folds the stream from the cached state onwards, reading only the events appended since. */
  async load<Command, Event extends DeciderEvent, State>(
    stream: CommandStream<Command, Event, State>,
    streamId: string,
  ): Promise<FoldedStream<State>> {
    const start = this.cache.get<State>(streamId, stream.decider) ?? {
      state: stream.decider.initialState(),
      revision: 'no_stream',
      position: 0,
    };
    const fromRevision = start.revision === 'no_stream' ? 0 : start.revision + 1;
    const newer: RecordedEvent[] = [];
    for await (const recorded of this.store.readStream(streamId, { fromRevision })) newer.push(recorded);
    if (newer.length === 0) return start;
    return this.advance(stream, streamId, start, newer);
  }

  /** Folds `events` (the next ones of the stream after `start`) and keeps the result for later loads. */
  advance<Command, Event extends DeciderEvent, State>(
    stream: CommandStream<Command, Event, State>,
    streamId: string,
    start: FoldedStream<State>,
    events: readonly RecordedEvent[],
  ): FoldedStream<State> {
    const folded = foldRecorded(stream, start, events);
    this.cache.set(streamId, stream.decider, folded);
    return folded;
  }
}

function foldRecorded<Command, Event extends DeciderEvent, State>(
  stream: CommandStream<Command, Event, State>,
  start: FoldedStream<State>,
  events: readonly RecordedEvent[],
): FoldedStream<State> {
  let folded = start;
  for (const recorded of events) {
    const envelope = { event: stream.decode(recorded), commandId: recorded.metadata.commandId };
    folded = {
      state: stream.decider.evolve(folded.state, envelope),
      revision: recorded.revision,
      position: recorded.position,
    };
  }
  return folded;
}
