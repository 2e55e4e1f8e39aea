/**
 * Several funds generated side by side, their commands appended in turns, the way a city's funds
 * share one log: the runner must keep each fund's documents apart.
 */
import { fundStreamName, type FundEvent } from '@fund-ledger/domain';
import type { EventStore } from '@fund-ledger/event-store';
import { seededChoices } from './choices';
import { FundHistoryGenerator } from './fund-history.generator';
import { newEventsOf } from './stored-history';

export async function appendInterleavedFunds(
  store: EventStore,
  fundIds: readonly string[],
  seed: number,
  stepsPerFund: number,
): Promise<Map<string, FundEvent[]>> {
  const generators = fundIds.map(
    (fundId, index) => new FundHistoryGenerator(fundId, seededChoices(seed + index)),
  );
  const appended = new Map<string, FundEvent[]>(fundIds.map((fundId) => [fundId, []]));
  for (let step = 0; step < stepsPerFund; step += 1) {
    for (const generator of generators) {
      const generated = generator.step();
      if (generated.events.length === 0) continue;
      await store.append(fundStreamName(generator.fundId), newEventsOf(generated), 'any');
      appended.get(generator.fundId)?.push(...generated.events);
    }
  }
  return appended;
}
