/**
 * Folded stream states kept between requests, so a command or query on a busy fund reads only the
 * events appended since the last one instead of the whole history. States are immutable values, so a
 * cached state can be shared and evolved further without copying. The cache is bounded: the least
 * recently used stream is dropped first, and a dropped stream is simply folded from the start again.
 */
export interface FoldedStream<State> {
  readonly state: State;
  readonly revision: number | 'no_stream';
  readonly position: number;
}

interface CacheEntry {
  readonly owner: object;
  readonly folded: FoldedStream<unknown>;
}

export class StreamStateCache {
  private readonly entries = new Map<string, CacheEntry>();

  constructor(private readonly streamsMax: number) {}

  /** The cached fold of `streamId` made by the same decider, or undefined. */
  get<State>(streamId: string, owner: object): FoldedStream<State> | undefined {
    const entry = this.entries.get(streamId);
    if (entry === undefined || entry.owner !== owner) return undefined;
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    return entry.folded as FoldedStream<State>;
  }

  set<State>(streamId: string, owner: object, folded: FoldedStream<State>): void {
    this.entries.delete(streamId);
    this.entries.set(streamId, { owner, folded });
    if (this.entries.size > this.streamsMax) {
      const leastRecentlyUsed = this.entries.keys().next().value as string;
      this.entries.delete(leastRecentlyUsed);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
