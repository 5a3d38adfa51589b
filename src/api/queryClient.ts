import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './errors';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 5_000,
      // Auth and "not found" answers will not change on a retry.
      retry: (count, error) =>
        count < 1 && !(isApiError(error) && [400, 401, 403, 404, 423].includes(error.status)),
      refetchOnWindowFocus: false,
    },
  },
});
