/**
 * The one QueryClient every island shares for server data (stock, reviews, later the cart's
 * quotes): islands on a page then share one cache, and a second island asking for the same
 * data gets it without a second request. Islands pass it explicitly (`() => queryClient`)
 * because each island is its own Solid root and no provider spans them.
 */
import { QueryClient } from '@tanstack/solid-query';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Endpoint data carries its own Cache-Control; within half a minute it counts as fresh.
      staleTime: 30_000,
      // Shoppers switch tabs to compare prices; stock quietly refreshes when they come back.
      refetchOnWindowFocus: true,
      retry: 1,
    },
  },
});
