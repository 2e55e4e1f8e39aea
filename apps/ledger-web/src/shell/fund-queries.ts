/** The queries every workspace shares: the funds the person may see, and one fund as its decider sees it. */
import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../api/client';
import { cutKey, type ApiCut } from './point-in-time';

export function useFundList(cut: ApiCut) {
  return useQuery({
    queryKey: ['funds', cutKey(cut)],
    queryFn: async () => dataOf(await api.GET('/funds', { params: { query: cut } })),
  });
}

/** The fund's settings and current state; used for what only the present has (funders' shares, open decisions). */
export function useFund(fundId: string) {
  return useQuery({
    queryKey: ['fund', fundId, 'state'],
    queryFn: async () => dataOf(await api.GET('/funds/{fundId}', { params: { path: { fundId } } })),
  });
}
