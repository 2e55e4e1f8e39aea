/**
 * Goal: the head cache stays within its bound, forgets the least recently used stream first, and never
 * replaces a newer known head with an older one (reading an old part of a stream must not make the next
 * append guess an outdated head).
 */
import { StreamHeadCache } from './stream-head-cache';

const head = (revision: number) => ({ revision, hash: `hash-${revision}` });

describe('StreamHeadCache', () => {
  test('keeps the newer of the known and the given head', () => {
    const cache = new StreamHeadCache(10);
    cache.remember('fund-1', head(5));
    cache.remember('fund-1', head(3));
    expect(cache.get('fund-1')).toEqual(head(5));
    cache.remember('fund-1', head(6));
    expect(cache.get('fund-1')).toEqual(head(6));
  });

  test('evicts the least recently used stream beyond its capacity', () => {
    const cache = new StreamHeadCache(2);
    cache.remember('fund-1', head(1));
    cache.remember('fund-2', head(2));
    cache.get('fund-1');
    cache.remember('fund-3', head(3));
    expect(cache.get('fund-2')).toBeUndefined();
    expect(cache.get('fund-1')).toEqual(head(1));
    expect(cache.get('fund-3')).toEqual(head(3));
  });

  test('forgets a stream on request', () => {
    const cache = new StreamHeadCache(2);
    cache.remember('fund-1', head(1));
    cache.forget('fund-1');
    expect(cache.get('fund-1')).toBeUndefined();
  });
});
