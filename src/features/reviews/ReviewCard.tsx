/**
 * One review. A Solid component so the same markup serves the prerendered first page (Astro
 * renders it without hydrating) and the pages the review list island fetches later.
 */
import { For, Show } from 'solid-js';
import { formatDate } from '../../lib/dates.ts';
import { fill } from '../../lib/i18n/messages.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { reviewMessages } from './messages.ts';
import type { ReviewView } from './review-list.ts';

export function ReviewCard(props: { review: ReviewView; locale: Locale }) {
  const t = () => reviewMessages[props.locale];
  const foreign = () => props.review.locale !== props.locale;
  // The review's own language on its own words, so a screen reader pronounces them right.
  const lang = () => (foreign() ? props.review.locale : undefined);
  return (
    <article class="rv">
      <p
        class="stars"
        role="img"
        aria-label={fill(t().rating, { rating: props.review.rating })}
        style={{ '--rating': props.review.rating }}
      />
      <h3 lang={lang()}>{props.review.title}</h3>
      <p class="rv__meta">
        <span>{props.review.author}</span>
        <span>{formatDate(props.review.date, props.locale)}</span>
        <Show when={props.review.verifiedPurchase}>
          <span class="rv__ok">{t().verified}</span>
        </Show>
        <Show when={foreign()}>
          <span>{fill(t().writtenIn, { language: t().languages[props.review.locale] })}</span>
        </Show>
      </p>
      <p lang={lang()}>{props.review.body}</p>
    </article>
  );
}

/** A run of reviews; the prerendered first page is one of these. */
export function ReviewCards(props: { reviews: readonly ReviewView[]; locale: Locale }) {
  return <For each={props.reviews}>{(review) => <ReviewCard review={review} locale={props.locale} />}</For>;
}
