/**
 * An async iterable over batches that a synchronous reader fetches one at a time. It hands out the
 * events of the current batch as already-resolved promises, which costs about half of what an async
 * generator's `yield` costs per event; on full-log reads that difference is measurable.
 */
export type BatchReader<T> = () => readonly T[];

export function batchedIterable<T>(readNextBatch: BatchReader<T>, batchSize: number): AsyncIterable<T> {
  return { [Symbol.asyncIterator]: () => new BatchedIterator(readNextBatch, batchSize) };
}

const DONE: Promise<IteratorResult<never>> = Promise.resolve({ done: true, value: undefined });

class BatchedIterator<T> implements AsyncIterator<T> {
  private batch: readonly T[] = [];
  private index = 0;
  private lastBatchRead = false;

  constructor(
    private readonly readNextBatch: BatchReader<T>,
    private readonly batchSize: number,
  ) {}

  next(): Promise<IteratorResult<T>> {
    if (this.index < this.batch.length) {
      return Promise.resolve({ done: false, value: this.batch[this.index++] });
    }
    if (this.lastBatchRead) {
      return DONE;
    }
    try {
      this.batch = this.readNextBatch();
    } catch (error) {
      this.lastBatchRead = true;
      return Promise.reject(error);
    }
    this.index = 0;
    // A short batch means the reader reached the end; a full one may be followed by more.
    this.lastBatchRead = this.batch.length < this.batchSize;
    return this.next();
  }

  /** Called when a consumer leaves its loop early: drop the batch so it can be collected. */
  return(): Promise<IteratorResult<T>> {
    this.lastBatchRead = true;
    this.batch = [];
    this.index = 0;
    return DONE;
  }
}
