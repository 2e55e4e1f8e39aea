/** The queries every workspace shares: the funds the person may see, and one fund as its decider sees it. */
import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../api/client';

export function useFundList(asOf: string | undefined) {
  return useQuery({
    queryKey: ['funds', asOf ?? 'now'],
    queryFn: async () =>
      dataOf(await api.GET('/funds', { params: { query: asOf === undefined ? {} : { asOf } } })),
  });
}

/** The fund's settings and current state; used for what only the present has (funders' shares, open decisions). */
export function useFund(fundId: string) {
  return useQuery({
    queryKey: ['fund', fundId, 'state'],
    queryFn: async () => dataOf(await api.GET('/funds/{fundId}', { params: { path: { fundId } } })),
  });
}
