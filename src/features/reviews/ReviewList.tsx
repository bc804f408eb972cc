/**
 * The review list island: the first page arrives as prerendered HTML (its children), and this
 * island only adds what needs a server: other sort orders and further pages from
 * /api/reviews/<slug>. Hydrates when the reviews scroll into view, and fetches only when the
 * shopper asks, so a product page that is merely viewed costs no review request.
 */
import { createInfiniteQuery } from '@tanstack/solid-query';
import { createEffect, createSignal, For, onMount, Show, type JSX } from 'solid-js';
import { fill } from '../../lib/i18n/messages.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { queryClient } from '../../lib/query-client.ts';
import { reviewMessages } from './messages.ts';
import { ReviewCards } from './ReviewCard.tsx';
import { reviewSorts, type ReviewPage, type ReviewSort } from './review-list.ts';
import { fetchReviewPage } from './review-query.ts';

type Props = {
  locale: Locale;
  slug: string;
  total: number;
  pageSize: number;
  /** The prerendered first page in the default order (newest first). */
  children?: JSX.Element;
};

type LoadState = 'idle' | 'loading' | 'error';

export function ReviewList(props: Props) {
  const t = reviewMessages[props.locale];
  const [sort, setSort] = createSignal<ReviewSort>('newest');
  // The newest-first page 1 is already on the page: that order fetches only when "more" is asked.
  const [newestMore, setNewestMore] = createSignal(false);
  const [pages, setPages] = createSignal<ReviewPage[]>([]);
  const [state, setState] = createSignal<LoadState>('idle');
  let loadMore: () => void = () => {};
  let retry: () => void = () => {};

  onMount(() => {
    const query = createInfiniteQuery(
      () => ({
        queryKey: ['reviews', props.slug, props.locale, sort()] as const,
        queryFn: ({ pageParam, signal }: { pageParam: number; signal: AbortSignal }) =>
          fetchReviewPage(props.slug, sort(), pageParam, props.locale, signal),
        initialPageParam: sort() === 'newest' ? 2 : 1,
        getNextPageParam: (last: ReviewPage) => (last.page < last.pages ? last.page + 1 : undefined),
        enabled: sort() !== 'newest' || newestMore(),
      }),
      () => queryClient,
    );
    createEffect(() => {
      // `data` is read only once it is there: reading it earlier would suspend the island.
      setPages(query.isSuccess ? query.data.pages : []);
      setState(query.isFetching ? 'loading' : query.isError ? 'error' : 'idle');
    });
    loadMore = () => {
      if (sort() === 'newest' && !newestMore()) setNewestMore(true);
      else void query.fetchNextPage();
    };
    retry = () => void query.refetch();
  });

  const shown = () =>
    (sort() === 'newest' ? Math.min(props.total, props.pageSize) : 0) + pages().reduce((n, page) => n + page.reviews.length, 0);
  const status = () => {
    if (state() === 'loading') return t.loading;
    if (state() === 'error') return t.failed;
    return fill(t.shown, { shown: shown(), total: props.total });
  };

  return (
    <div class="rl">
      <Show when={props.total > 1}>
        <label class="rl__sort">
          <span>{t.sortLabel}</span>
          <select onChange={(event) => setSort(event.currentTarget.value as ReviewSort)}>
            <For each={reviewSorts}>
              {(option) => (
                <option value={option} selected={option === sort()}>
                  {t.sort[option]}
                </option>
              )}
            </For>
          </select>
        </label>
      </Show>
      <div class="rl__items" aria-busy={state() === 'loading'}>
        <Show when={sort() === 'newest'}>{props.children}</Show>
        <For each={pages()}>{(page) => <ReviewCards reviews={page.reviews} locale={props.locale} />}</For>
      </div>
      <p class="rl__status" role="status">
        {status()}
      </p>
      <Show when={state() === 'error'}>
        <button type="button" class="btn btn-ghost" onClick={() => retry()}>
          {t.retry}
        </button>
      </Show>
      <Show when={state() !== 'error' && shown() < props.total}>
        <button type="button" class="btn btn-ghost rl__more" disabled={state() === 'loading'} onClick={() => loadMore()}>
          {t.more}
        </button>
      </Show>
    </div>
  );
}
