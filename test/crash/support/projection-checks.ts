/**
 * Read models checked against a rebuild: the documents a runner stored (after crashes, restarts or
 * beside another instance) must equal, fund by fund, the documents a fresh runner builds from position 0
 * of the same log. Compared by the digest of their canonical JSON, so any difference in any figure shows.
 */
import type { EventStore } from '@fund-ledger/event-store';
import {
  createReadModelStore,
  ProjectionRunner,
  stateDigest,
  type ReadModelStore,
  type ReadModelStoreLocation,
} from '@fund-ledger/projections';
import { delay } from './service-process';

const CATCH_UP_POLL_MS = 100;

/** Waits until the stored checkpoint reaches `position`; false when `timeoutMs` passes first. */
export async function waitForCheckpoint(
  readModels: ReadModelStore,
  position: number,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const checkpoint = await readModels.readCheckpoint();
    if (checkpoint.generation > 0 && checkpoint.position >= position) return true;
    if (Date.now() >= deadline) return false;
    await delay(CATCH_UP_POLL_MS);
  }
}

/** Builds the read models from position 0 into `location` and returns them once they reach `headPosition`. */
export async function rebuildReadModels(
  eventStore: EventStore,
  location: ReadModelStoreLocation,
  headPosition: number,
  timeoutMs: number,
): Promise<ReadModelStore> {
  const readModels = await createReadModelStore(location);
  const runner = new ProjectionRunner(eventStore, readModels);
  runner.start();
  const reached = await runner.waitFor(headPosition, timeoutMs);
  await runner.stop();
  if (!reached) throw new Error(`The rebuild did not reach position ${headPosition} within ${timeoutMs} ms`);
  return readModels;
}

/** Differences between two read-model stores for the given funds, as messages; empty when equal. */
export async function readModelDifferences(
  label: string,
  actual: ReadModelStore,
  expected: ReadModelStore,
  fundIds: readonly string[],
): Promise<string[]> {
  const differences: string[] = [];
  for (const fundId of fundIds) {
    const [actualDigest, expectedDigest] = await Promise.all([
      fundDigest(actual, fundId),
      fundDigest(expected, fundId),
    ]);
    if (actualDigest !== expectedDigest) {
      differences.push(`${label}: the read models of fund ${fundId} differ from a rebuild from position 0`);
    }
  }
  return differences;
}

async function fundDigest(readModels: ReadModelStore, fundId: string): Promise<string> {
  const { summary, applications } = await readModels.readFund(fundId, { withApplications: true });
  const byId = Object.fromEntries(applications.map((view) => [view.applicationId, view]));
  return stateDigest({ summary, applications: byId });
}
