/**
 * Goal: an `'any'` append that keeps losing its stream retries at once for its first losses, then
 * waits a random moment whose ceiling doubles up to a bound.
 */
import { APPEND_ATTEMPTS_MAX, BACK_OFF_MS_MAX, backOffAfterLoss, backOffCeilingMs } from './append-retries';

describe('append retries', () => {
  it('waits not at all for the first loss, then 1, 2, 4 ... ms at most, never beyond the bound', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(backOffCeilingMs)).toEqual([0, 1, 2, 4, 8, 16, 32, 50, 50]);
    expect(backOffCeilingMs(APPEND_ATTEMPTS_MAX)).toBe(BACK_OFF_MS_MAX);
  });

  it('waits a random part of the ceiling', async () => {
    jest.useFakeTimers();
    try {
      let resolved = false;
      const waiting = backOffAfterLoss(5, () => 0.5).then(() => (resolved = true));
      await jest.advanceTimersByTimeAsync(3);
      expect(resolved).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      await waiting;
      expect(resolved).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
