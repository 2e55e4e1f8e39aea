/**
 * Goal: a request admitted by the idempotency interceptor renews its key's lease for as long as it
 * runs, and stops renewing once it has answered, so that the key of a process that died is soon free
 * while a slow living run keeps it. A failed renewal never fails the request.
 */
import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { lastValueFrom, type Observable, Subject } from 'rxjs';
import { fixedClock } from '../common/clock';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IN_PROGRESS_RENEWAL_MS, type IdempotencyStore } from './idempotency-store.port';

const ATTEMPT_ID = 'attempt-1';

function storeThatStartsEveryRun(): jest.Mocked<IdempotencyStore> {
  return {
    begin: jest.fn().mockResolvedValue({ kind: 'started', attemptId: ATTEMPT_ID }),
    complete: jest.fn().mockResolvedValue(undefined),
    renew: jest.fn().mockResolvedValue(undefined),
    release: jest.fn().mockResolvedValue(undefined),
    purgeCompletedBefore: jest.fn().mockResolvedValue(0),
    ping: jest.fn().mockResolvedValue(true),
    close: jest.fn().mockResolvedValue(undefined),
  };
}

function contributionPost(): ExecutionContext {
  const request = {
    method: 'POST',
    originalUrl: '/funds/north/contributions/private',
    headers: { 'idempotency-key': 'key-1' },
    rawHeaders: ['Idempotency-Key', 'key-1'],
    body: { amount: '100.00' },
  };
  const response = { status: jest.fn(), setHeader: jest.fn() };
  return {
    getType: () => 'http',
    getHandler: () => contributionPost,
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ExecutionContext;
}

/** A handler that answers only when the test says so, like a command waiting for its database. */
function slowHandler(): { handler: CallHandler; answer: Subject<unknown> } {
  const answer = new Subject<unknown>();
  return { handler: { handle: () => answer.asObservable() }, answer };
}

async function admit(store: IdempotencyStore, handler: CallHandler): Promise<Observable<unknown>> {
  const interceptor = new IdempotencyInterceptor(store, fixedClock('2024-05-01T09:30:00Z'), new Reflector());
  return interceptor.intercept(contributionPost(), handler);
}

describe('IdempotencyInterceptor lease renewal', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('renews the lease while the request runs and stops once it has answered', async () => {
    const store = storeThatStartsEveryRun();
    const { handler, answer } = slowHandler();
    const answered = lastValueFrom(await admit(store, handler));

    jest.advanceTimersByTime(3 * IN_PROGRESS_RENEWAL_MS);
    expect(store.renew).toHaveBeenCalledTimes(3);
    expect(store.renew).toHaveBeenCalledWith(
      { subject: '(public)', key: 'key-1' },
      ATTEMPT_ID,
      expect.any(Date),
    );

    answer.next({ position: 7 });
    answer.complete();
    await expect(answered).resolves.toEqual({ position: 7 });
    jest.advanceTimersByTime(3 * IN_PROGRESS_RENEWAL_MS);
    expect(store.renew).toHaveBeenCalledTimes(3);
    expect(store.complete).toHaveBeenCalledTimes(1);
  });

  it('stops renewing when the request fails, and releases the key', async () => {
    const store = storeThatStartsEveryRun();
    const { handler, answer } = slowHandler();
    const answered = lastValueFrom(await admit(store, handler));

    answer.error(new Error('refused by the domain'));
    await expect(answered).rejects.toThrow('refused by the domain');
    jest.advanceTimersByTime(3 * IN_PROGRESS_RENEWAL_MS);
    expect(store.renew).not.toHaveBeenCalled();
    expect(store.release).toHaveBeenCalledWith({ subject: '(public)', key: 'key-1' }, ATTEMPT_ID);
  });

  it('answers the request even when renewing the lease fails', async () => {
    const store = storeThatStartsEveryRun();
    store.renew.mockRejectedValue(new Error('connection terminated'));
    const { handler, answer } = slowHandler();
    const answered = lastValueFrom(await admit(store, handler));

    jest.advanceTimersByTime(IN_PROGRESS_RENEWAL_MS);
    await Promise.resolve();
    answer.next({ position: 8 });
    answer.complete();
    await expect(answered).resolves.toEqual({ position: 8 });
  });
});
