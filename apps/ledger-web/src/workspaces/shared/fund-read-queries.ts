/** The read-model queries of one fund, each as of the view's point in time. */
import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import type { ApplicationStatus } from '../../api/types';

function asOfQuery(asOf: string | undefined): { asOf?: string } {
  return asOf === undefined ? {} : { asOf };
}

export function useOverview(fundId: string, asOf: string | undefined) {
  return useQuery({
    queryKey: ['fund', fundId, 'overview', asOf ?? 'now'],
    queryFn: async () =>
      dataOf(
        await api.GET('/funds/{fundId}/overview', { params: { path: { fundId }, query: asOfQuery(asOf) } }),
      ),
  });
}

export function useBalances(fundId: string, asOf: string | undefined) {
  return useQuery({
    queryKey: ['fund', fundId, 'balances', asOf ?? 'now'],
    queryFn: async () =>
      dataOf(
        await api.GET('/funds/{fundId}/balances', { params: { path: { fundId }, query: asOfQuery(asOf) } }),
      ),
  });
}

export function useBoard(
  fundId: string,
  asOf: string | undefined,
  filter: { status?: ApplicationStatus; page?: number; pageSize?: number } = {},
) {
  return useQuery({
    queryKey: [
      'fund',
      fundId,
      'board',
      asOf ?? 'now',
      filter.status ?? 'all',
      filter.page ?? 1,
      filter.pageSize ?? 50,
    ],
    queryFn: async () =>
      dataOf(
        await api.GET('/funds/{fundId}/board', {
          params: {
            path: { fundId },
            query: {
              ...asOfQuery(asOf),
              ...(filter.status === undefined ? {} : { status: filter.status }),
              page: String(filter.page ?? 1),
              pageSize: String(filter.pageSize ?? 50),
            },
          },
        }),
      ),
  });
}

export function useTrialBalance(fundId: string, asOf: string | undefined) {
  return useQuery({
    queryKey: ['fund', fundId, 'trial-balance', asOf ?? 'now'],
    queryFn: async () =>
      dataOf(
        await api.GET('/funds/{fundId}/ledger/trial-balance', {
          params: { path: { fundId }, query: asOfQuery(asOf) },
        }),
      ),
  });
}

export function useStatement(fundId: string, accountId: string, asOf: string | undefined, page: number) {
  return useQuery({
    queryKey: ['fund', fundId, 'statement', accountId, asOf ?? 'now', page],
    queryFn: async () =>
      dataOf(
        await api.GET('/funds/{fundId}/ledger/accounts/{accountId}/statement', {
          params: {
            path: { fundId, accountId },
            query: { ...asOfQuery(asOf), page: String(page), pageSize: '50' },
          },
        }),
      ),
  });
}

export function usePayoutsDue(fundId: string, asOf: string | undefined) {
  return useQuery({
    queryKey: ['fund', fundId, 'payouts-due', asOf ?? 'now'],
    queryFn: async () =>
      dataOf(
        await api.GET('/funds/{fundId}/payouts-due', {
          params: { path: { fundId }, query: asOfQuery(asOf) },
        }),
      ),
  });
}
