/** The read-model queries of one fund, each cut at the view's point in time and business date. */
import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import type { ApplicationStatus } from '../../../../../libs/domain/src/fund/lifecycle/application-status';

import { cutKey, type ApiCut } from '../../shell/point-in-time';

export function useOverview(fundId: string, cut: ApiCut) {
  return useQuery({
    queryKey: ['fund', fundId, 'overview', cutKey(cut)],
    queryFn: async () =>
      dataOf(await api.GET('/funds/{fundId}/overview', { params: { path: { fundId }, query: cut } })),
  });
}

export function useBalances(fundId: string, cut: ApiCut) {
  return useQuery({
    queryKey: ['fund', fundId, 'balances', cutKey(cut)],
    queryFn: async () =>
      dataOf(await api.GET('/funds/{fundId}/balances', { params: { path: { fundId }, query: cut } })),
  });
}

export function useBoard(
  fundId: string,
  cut: ApiCut,
  filter: { status?: ApplicationStatus; page?: number; pageSize?: number } = {},
) {
  return useQuery({
    queryKey: [
      'fund',
      fundId,
      'board',
      cutKey(cut),
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
              ...cut,
              ...(filter.status === undefined ? {} : { status: filter.status }),
              page: String(filter.page ?? 1),
              pageSize: String(filter.pageSize ?? 50),
            },
          },
        }),
      ),
  });
}

export function useTrialBalance(fundId: string, cut: ApiCut) {
  return useQuery({
    queryKey: ['fund', fundId, 'trial-balance', cutKey(cut)],
    queryFn: async () =>
      dataOf(
        await api.GET('/funds/{fundId}/ledger/trial-balance', {
          params: { path: { fundId }, query: cut },
        }),
      ),
  });
}

export function useStatement(fundId: string, accountId: string, cut: ApiCut, page: number) {
  return useQuery({
    queryKey: ['fund', fundId, 'statement', accountId, cutKey(cut), page],
    queryFn: async () =>
      dataOf(
        await api.GET('/funds/{fundId}/ledger/accounts/{accountId}/statement', {
          params: {
            path: { fundId, accountId },
            query: { ...cut, page: String(page), pageSize: '50' },
          },
        }),
      ),
  });
}

export function usePayoutsDue(fundId: string, cut: ApiCut) {
  return useQuery({
    queryKey: ['fund', fundId, 'payouts-due', cutKey(cut)],
    queryFn: async () =>
      dataOf(
        await api.GET('/funds/{fundId}/payouts-due', {
          params: { path: { fundId }, query: cut },
        }),
      ),
  });
}

export function usePaymentOrders(fundId: string, cut: ApiCut) {
  return useQuery({
    queryKey: ['fund', fundId, 'payment-orders', cutKey(cut)],
    queryFn: async () =>
      dataOf(
        await api.GET('/funds/{fundId}/payment-orders', {
          params: { path: { fundId }, query: cut },
        }),
      ),
  });
}
