/**
 * Goal: the service forgets idempotency records older than the retention when it starts and every
 * hour after, never runs two purges at once, survives a failed purge, and at shutdown stops purging
 * and closes the store only after a purge under way has ended.
 */
import { Logger } from '@nestjs/common';
import { loadSettings } from '@fund-ledger/config';
import type { Clock } from '../common/clock';
import { IdempotencyRetention, PURGE_INTERVAL_MS } from './idempotency-retention';
import type { IdempotencyStore } from './idempotency-store.port';

const START = new Date('2024-05-01T09:30:00.000Z');
const HOUR_MS = 60 * 60 * 1000;

function storeThatPurges(): jest.Mocked<IdempotencyStore> {
  return {
    begin: jest.fn(),
    complete: jest.fn(),
    renew: jest.fn(),
    release: jest.fn(),
    purgeCompletedBefore: jest.fn().mockResolvedValue(0),
    ping: jest.fn().mockResolvedValue(true),
    close: jest.fn().mockResolvedValue(undefined),
  };
}

/** A clock that follows jest's fake timers. */
const fakeTimersClock: Clock = { now: () => new Date(Date.now()) };

function retention(store: IdempotencyStore, retentionHours: string): IdempotencyRetention {
  const settings = loadSettings({ IDEMPOTENCY_RETENTION_HOURS: retentionHours });
  return new IdempotencyRetention(store, fakeTimersClock, settings);
}

/** A purge that ends only when the test says so. */
function heldPurge(store: jest.Mocked<IdempotencyStore>): () => void {
  let finish: (purged: number) => void = () => undefined;
  store.purgeCompletedBefore.mockImplementationOnce(
    () => new Promise<number>((resolve) => (finish = resolve)),
  );
  return () => finish(0);
}

describe('IdempotencyRetention', () => {
  let warn: jest.SpyInstance;

  beforeEach(() => {
    jest.useFakeTimers({ now: START });
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.useRealTimers();
    warn.mockRestore();
  });

  it('purges what completed more than the retention ago at start, then every hour from the time then', async () => {
    const store = storeThatPurges();
    const service = retention(store, '24');
    service.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(0);
    expect(store.purgeCompletedBefore).toHaveBeenCalledWith(new Date(START.getTime() - 24 * HOUR_MS));

    await jest.advanceTimersByTimeAsync(PURGE_INTERVAL_MS);
    expect(store.purgeCompletedBefore).toHaveBeenLastCalledWith(new Date(START.getTime() - 23 * HOUR_MS));
    expect(store.purgeCompletedBefore).toHaveBeenCalledTimes(2);
    await service.onApplicationShutdown();
  });

  it('logs a failed purge as a warning and purges again an hour later', async () => {
    const store = storeThatPurges();
    store.purgeCompletedBefore.mockRejectedValueOnce(new Error('database is locked'));
    const service = retention(store, '168');
    service.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(0);
    expect(warn).toHaveBeenCalledWith(
      { err: expect.objectContaining({ message: 'database is locked' }) },
      expect.stringContaining('Could not purge idempotency records'),
    );

    await jest.advanceTimersByTimeAsync(PURGE_INTERVAL_MS);
    expect(store.purgeCompletedBefore).toHaveBeenCalledTimes(2);
    await service.onApplicationShutdown();
  });

  it('does not start a second purge while one is under way', async () => {
    const store = storeThatPurges();
    const finish = heldPurge(store);
    const service = retention(store, '168');
    const first = service.purge();
    const second = service.purge();
    expect(store.purgeCompletedBefore).toHaveBeenCalledTimes(1);

    finish();
    await Promise.all([first, second]);
    await service.purge();
    expect(store.purgeCompletedBefore).toHaveBeenCalledTimes(2);
  });

  it('at shutdown stops purging and closes the store only after the purge under way has ended', async () => {
    const store = storeThatPurges();
    const finish = heldPurge(store);
    const service = retention(store, '168');
    service.onApplicationBootstrap();
    const shutdown = service.onApplicationShutdown();
    await jest.advanceTimersByTimeAsync(0);
    expect(store.close).not.toHaveBeenCalled();

    finish();
    await shutdown;
    expect(store.close).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(3 * PURGE_INTERVAL_MS);
    expect(store.purgeCompletedBefore).toHaveBeenCalledTimes(1);
  });
});
