/**
 * Goal: the runner asks the read-model store only for documents that can exist there: not the summary
 * of a fund whose opening it is about to fold, nor the view an application's submission starts.
 */
import type { RecordedEvent } from '@fund-ledger/event-store';
import { toFundEventRecord, type FundEventRecord } from '../shared/fund-event-record';
import { seededChoices } from '../testing/choices';
import { generateFundEvents } from '../testing/fund-history.generator';
import { recordEvents } from '../testing/recorded-events';
import { DocumentCache, missingDocuments } from './document-cache';

function records(log: readonly RecordedEvent[]): FundEventRecord[] {
  return log.map((recorded) => toFundEventRecord(recorded) as FundEventRecord);
}

const history = recordEvents(generateFundEvents('north', seededChoices(3), 200));

describe('missingDocuments', () => {
  it("asks for no summary in a batch that starts with the fund's opening", () => {
    const batch = records(history.slice(0, 40));
    expect(batch[0]?.event.type).toBe('FundOpened');
    expect(missingDocuments(new DocumentCache(100), batch).fundIds).toEqual([]);
  });

  it('asks once for the summary of a fund whose opening came in an earlier batch', () => {
    const batch = records(history.slice(1, 40));
    expect(missingDocuments(new DocumentCache(100), batch).fundIds).toEqual(['north']);
  });

  it('asks for the summary when an opening is not the first event of its stream, so that it is refused', () => {
    const reopening = { ...history[0], revision: 7, position: 500 } as RecordedEvent;
    expect(missingDocuments(new DocumentCache(100), records([reopening])).fundIds).toEqual(['north']);
  });

  it('asks for the view of an application only when the event does not submit it', () => {
    const batch = records(history);
    const submission = batch.find((record) => record.event.type === 'ApplicationSubmitted');
    const later = batch.find(
      (record) =>
        record.event.type !== 'ApplicationSubmitted' &&
        'applicationId' in record.event.data &&
        record.event.data.applicationId ===
          (submission?.event.data as { applicationId: string }).applicationId,
    );
    expect(submission).toBeDefined();
    expect(later).toBeDefined();
    const cache = new DocumentCache(100);
    expect(missingDocuments(cache, [submission as FundEventRecord]).applications).toEqual([]);
    expect(missingDocuments(cache, [later as FundEventRecord]).applications).toEqual([
      { fundId: 'north', applicationId: (submission?.event.data as { applicationId: string }).applicationId },
    ]);
  });
});
