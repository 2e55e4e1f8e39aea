import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { fundStreamName } from '@fund-ledger/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@fund-ledger/event-store';
import { eventToJsonLine } from '@fund-ledger/reporting';
import { ProblemException } from '../../common/problems/problem.exception';
import { ExportLogQuery, type ExportedLog } from './export-log.query';

const READ_BATCH_SIZE = 1000;

/**
 * Streams the log in bounded batches straight to the response, so an export of any size needs
 * constant memory. The bound is fixed when the request arrives: events appended during a long export
 * are not in it, and the position in the response header says where it ends.
 */
@QueryHandler(ExportLogQuery)
export class ExportLogHandler implements IQueryHandler<ExportLogQuery, ExportedLog> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(query: ExportLogQuery): Promise<ExportedLog> {
    const head = await this.store.headPosition();
    const upTo = query.toPosition ?? head;
    if (upTo > head) {
      const detail = `toPosition ${upTo} is beyond the head of the log (${head})`;
      throw ProblemException.of('invalidInput', {
        detail,
        errors: [{ field: 'toPosition', message: detail }],
      });
    }
    const events =
      query.fundId === null
        ? this.store.readAll({ toPosition: upTo, batchSize: READ_BATCH_SIZE })
        : this.fundEvents(query.fundId, upTo);
    const iterator = events[Symbol.asyncIterator]();
    const first = await iterator.next();
    if (first.done === true && query.fundId !== null) {
      throw ProblemException.of('notFound', {
        detail: `There is no fund ${query.fundId} in the log up to position ${upTo}`,
        errors: [{ field: 'fundId', message: `There is no fund ${query.fundId}` }],
      });
    }
    return { upTo, lines: jsonLines(first, iterator) };
  }

  private async *fundEvents(fundId: string, upTo: number): AsyncIterable<RecordedEvent> {
    for await (const event of this.store.readStream(fundStreamName(fundId), { batchSize: READ_BATCH_SIZE })) {
      if (event.position > upTo) return;
      yield event;
    }
  }
}

async function* jsonLines(
  first: IteratorResult<RecordedEvent>,
  rest: AsyncIterator<RecordedEvent>,
): AsyncIterable<string> {
  for (let next = first; next.done !== true; next = await rest.next()) yield eventToJsonLine(next.value);
}
