/** Goal: the cache returns only what the same decider folded, and drops the least recently used stream first. */
import { StreamStateCache } from './stream-state-cache';

const deciderA = {};
const deciderB = {};

describe('StreamStateCache', () => {
  it('returns a fold only to the decider that made it', () => {
    const cache = new StreamStateCache(10);
    cache.set('fund-1', deciderA, { state: 'a', revision: 3, position: 9 });
    expect(cache.get('fund-1', deciderA)).toEqual({ state: 'a', revision: 3, position: 9 });
    expect(cache.get('fund-1', deciderB)).toBeUndefined();
    expect(cache.get('fund-2', deciderA)).toBeUndefined();
  });

  it('keeps at most the configured number of streams, dropping the least recently used', () => {
    const cache = new StreamStateCache(2);
    cache.set('fund-1', deciderA, { state: 1, revision: 0, position: 1 });
    cache.set('fund-2', deciderA, { state: 2, revision: 0, position: 2 });
    cache.get('fund-1', deciderA);
    cache.set('fund-3', deciderA, { state: 3, revision: 0, position: 3 });
    expect(cache.size).toBe(2);
    expect(cache.get('fund-2', deciderA)).toBeUndefined();
    expect(cache.get('fund-1', deciderA)?.state).toBe(1);
    expect(cache.get('fund-3', deciderA)?.state).toBe(3);
  });
});
