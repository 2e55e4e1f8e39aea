/**
 * How the adapters that chain an append onto a head they read (PostgreSQL, EventStoreDB) retry an
 * `'any'` append that lost its stream to another writer. Only `'any'` can lose more than once (an
 * expected revision is checked against the fresh head and refused), and every loss means another
 * writer's append went in. Writers released together by one commit would otherwise collide again in
 * the same order, each losing to every writer that gets in before it; after a few losses a random,
 * growing wait spreads them out, so the bound on attempts is far beyond what contention needs.
 */
export const APPEND_ATTEMPTS_MAX = 100;
/** Losses after which an `'any'` append waits a random moment before it tries again. */
export const LOSSES_BEFORE_BACK_OFF = 2;
/** Ceiling of that wait, which doubles with each further loss. */
export const BACK_OFF_MS_MAX = 50;

/** The longest wait after `losses` lost attempts: none at first, then 1, 2, 4 ... up to BACK_OFF_MS_MAX ms. */
export function backOffCeilingMs(losses: number): number {
  if (losses < LOSSES_BEFORE_BACK_OFF) return 0;
  return Math.min(BACK_OFF_MS_MAX, 2 ** (losses - LOSSES_BEFORE_BACK_OFF));
}

export function backOffAfterLoss(losses: number, random: () => number = Math.random): Promise<void> {
  const ceilingMs = backOffCeilingMs(losses);
  if (ceilingMs === 0) return Promise.resolve();
  return new Promise((resolve) => setTimeout(resolve, random() * ceilingMs));
}
