/** After a command: the fund's queries are read again, so every view shows what was just recorded. */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

export function useRefreshFund(fundId: string): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['fund', fundId] }),
      queryClient.invalidateQueries({ queryKey: ['funds'] }),
    ]);
  }, [queryClient, fundId]);
}
