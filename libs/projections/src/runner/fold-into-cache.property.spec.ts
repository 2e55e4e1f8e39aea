/**
 * Goal: what the runner stores, holding each fund's documents between stores and changing them in
 * place, is what folding each fund's stream event by event gives, byte for byte as JSON, for random
 * histories of several funds interleaved in one log: at every store, after documents were evicted and
 * loaded back, and when an event is refused (same error, nothing of the refused event stored).
 */
import fc from 'fast-check';
import type { FundEvent } from '@fund-ledger/domain';
import type { RecordedEvent } from '@fund-ledger/event-store';
import { evolveFundProjection, type FundProjection } from '../fund-projection';
import { ProjectionError, toFundEventRecord, type FundEventRecord } from '../shared/fund-event-record';
import { seededChoices } from '../testing/choices';
import { generateFundEvents } from '../testing/fund-history.generator';
import { recordEvents } from '../testing/recorded-events';
import { DocumentCache, missingDocuments } from './document-cache';
import { foldIntoCache } from './fold-into-cache';

/** The stored documents as JSON text, keyed like the read-model tables. */
type StoredTexts = Map<string, string>;

const summaryKey = (fundId: string) => `summary ${fundId}`;
const applicationKey = (fundId: string, applicationId: string) => `application ${fundId} ${applicationId}`;

/** Folds like the runner: loads what the cache lacks, folds, stores every `storeEvery` events, may evict. */
class RunnerLikeFold {
  readonly stored: StoredTexts = new Map();
  private readonly cache: DocumentCache;

  constructor(capacity: number) {
    this.cache = new DocumentCache(capacity);
  }

  fold(record: FundEventRecord): void {
    const request = missingDocuments(this.cache, [record]);
    this.cache.fill(request, {
      checkpoint: { position: 0, version: 0, generation: 1 },
      summaries: request.fundIds.flatMap((fundId) => this.loaded(summaryKey(fundId))),
      applications: request.applications.flatMap((key) =>
        this.loaded(applicationKey(key.fundId, key.applicationId)),
      ),
    });
    foldIntoCache(this.cache, record);
  }

  store(): void {
    const dirty = this.cache.takeDirty();
    for (const summary of dirty.summaries)
      this.stored.set(summaryKey(summary.fundId), JSON.stringify(summary));
    for (const view of dirty.applications) {
      this.stored.set(applicationKey(view.fundId, view.applicationId), JSON.stringify(view));
    }
    this.cache.evict();
  }

  private loaded<Document>(key: string): Document[] {
    const text = this.stored.get(key);
    return text === undefined ? [] : [JSON.parse(text) as Document];
  }
}

/** The pure fold of every fund, written the way the read-model store writes it. */
function pureTexts(projections: ReadonlyMap<string, FundProjection>): StoredTexts {
  const texts: StoredTexts = new Map();
  for (const [fundId, projection] of projections) {
    if (projection.summary !== null) texts.set(summaryKey(fundId), JSON.stringify(projection.summary));
    for (const [applicationId, view] of projection.applications) {
      texts.set(applicationKey(fundId, applicationId), JSON.stringify(view));
    }
  }
  return texts;
}

/** Several generated funds in one log, their events interleaved in the order `picks` gives. */
function interleavedLog(seeds: readonly number[], steps: number, picks: readonly number[]): RecordedEvent[] {
  const queues = seeds.map((seed, index) => generateFundEvents(`fund-${index}`, seededChoices(seed), steps));
  const log: FundEvent[] = [];
  let pick = 0;
  while (queues.some((queue) => queue.length > 0)) {
    const open = queues.filter((queue) => queue.length > 0);
    const queue = open[(picks[pick % picks.length] ?? 0) % open.length] as FundEvent[];
    log.push(...queue.splice(0, 1 + (pick % 3)));
    pick += 1;
  }
  return recordEvents(log);
}

/** Folds the log both ways, storing every `storeEvery` events, and compares what is stored at each store. */
function expectSameStoredDocuments(
  log: readonly RecordedEvent[],
  storeEvery: number,
  capacity: number,
): void {
  const fast = new RunnerLikeFold(capacity);
  const pure = new Map<string, FundProjection>();
  log.forEach((recorded, index) => {
    const record = toFundEventRecord(recorded) as FundEventRecord;
    pure.set(record.fundId, evolveFundProjection(pure.get(record.fundId) ?? emptyProjection(), recorded));
    fast.fold(record);
    if ((index + 1) % storeEvery === 0 || index === log.length - 1) {
      fast.store();
      expect(fast.stored).toEqual(pureTexts(pure));
    }
  });
}

function emptyProjection(): FundProjection {
  return { summary: null, applications: new Map() };
}

describe('the runner stores what folding each stream event by event gives', () => {
  test('random interleaved histories give byte-identical stored documents at every store', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 20, max: 300 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 40 }),
        (seeds, steps, picks, storeEvery, capacity) => {
          expectSameStoredDocuments(interleavedLog(seeds, steps, picks), storeEvery, capacity);
        },
      ),
      { numRuns: 60 },
    );
  });

  test.each([11, 12])('a long history (seed %i) stored rarely and never evicted', (seed) => {
    const log = recordEvents(generateFundEvents('long-fund', seededChoices(seed), 3000));
    expect(log.length).toBeGreaterThan(1500);
    expectSameStoredDocuments(log, 1000, 100_000);
  });

  test.each([
    ['an amount with fractions of a cent', { privatePart: '0.005' }],
    ['postings that do not balance', { amount: '999999.00' }],
  ])('a refused money event (%s): the same error, and the documents of the events before it', (_, change) => {
    const log = recordEvents(generateFundEvents('refusing-fund', seededChoices(5), 600));
    const index = log.findIndex((recorded) => recorded.type === 'PayoutMade');
    expect(index).toBeGreaterThan(0);
    const refused = { ...log[index], data: { ...log[index]?.data, ...change } } as RecordedEvent;
    const pureError = refusalOf(() =>
      [...log.slice(0, index), refused].reduce(evolveFundProjection, emptyProjection()),
    );

    const fast = new RunnerLikeFold(100);
    log.slice(0, index).forEach((recorded) => fast.fold(toFundEventRecord(recorded) as FundEventRecord));
    const fastError = refusalOf(() => fast.fold(toFundEventRecord(refused) as FundEventRecord));
    fast.store();

    expect(fastError.message).toBe(pureError.message);
    expect(fastError.position).toBe(refused.position);
    const before = log.slice(0, index).reduce(evolveFundProjection, emptyProjection());
    expect(fast.stored).toEqual(pureTexts(new Map([['refusing-fund', before]])));
  });

  test('an event only the application refuses: the same error, and the documents of the events before it', () => {
    const events = generateFundEvents('refusing-fund', seededChoices(5), 600);
    const submission = events.findIndex((event) => event.type === 'ApplicationSubmitted');
    const vote = events.find((event) => event.type === 'VoteCast');
    if (vote === undefined || submission < 0) throw new Error('The history has no vote or no submission');
    const submitted = events[submission] as Extract<FundEvent, { type: 'ApplicationSubmitted' }>;
    // A vote on an application that is not on the agenda yet.
    const early = {
      ...vote,
      data: { ...vote.data, applicationId: submitted.data.applicationId },
    } as FundEvent;
    const log = recordEvents([...events.slice(0, submission + 1), early]);
    const pureError = refusalOf(() => log.reduce(evolveFundProjection, emptyProjection()));

    const fast = new RunnerLikeFold(100);
    const fastError = refusalOf(() =>
      log.forEach((recorded) => fast.fold(toFundEventRecord(recorded) as FundEventRecord)),
    );
    fast.store();

    expect(fastError.message).toBe(pureError.message);
    expect(fastError.message).toContain('is not on the agenda');
    const before = log.slice(0, -1).reduce(evolveFundProjection, emptyProjection());
    expect(fast.stored).toEqual(pureTexts(new Map([['refusing-fund', before]])));
  });
});

function refusalOf(fold: () => unknown): ProjectionError {
  try {
    fold();
  } catch (error) {
    if (error instanceof ProjectionError) return error;
    throw error;
  }
  throw new Error('The event was not refused');
}
