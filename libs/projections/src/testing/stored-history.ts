/**
 * Writes generated fund histories into a real event store, each command's events as one atomic append
 * with the metadata the service would give them.
 */
import { fundStreamName, type FundEvent } from '@fund-ledger/domain';
import type { EventStore, JsonObject, NewEvent } from '@fund-ledger/event-store';
import type { ChoiceSource } from './choices';
import { FundHistoryGenerator, type GeneratedStep } from './fund-history.generator';

export function newEventsOf(step: GeneratedStep): NewEvent[] {
  const metadata = {
    actor: { subject: 'history-generator', role: 'fund-manager' },
    commandId: step.command.commandId,
    correlationId: step.command.commandId,
    causationId: step.command.commandId,
    recordedAt: step.command.issuedAt,
  };
  return step.events.map((event) => ({
    type: event.type,
    data: event.data as unknown as JsonObject,
    metadata,
  }));
}

/** Generates `steps` steps of a fund and appends each command's events; returns the events appended. */
export async function appendGeneratedFund(
  store: EventStore,
  fundId: string,
  choices: ChoiceSource,
  steps: number,
): Promise<FundEvent[]> {
  const generator = new FundHistoryGenerator(fundId, choices);
  const appended: FundEvent[] = [];
  for (let step = 0; step < steps; step += 1) {
    const generated = generator.step();
    if (generated.events.length === 0) continue;
    await store.append(fundStreamName(fundId), newEventsOf(generated), 'any');
    appended.push(...generated.events);
  }
  return appended;
}
