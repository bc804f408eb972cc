/**
 * The page next_action.redirect_to_url points at: the emulator's stand-in for a bank's
 * iDEAL / Bancontact screen or a card issuer's 3D Secure page. Its buttons post back here,
 * and the shopper lands on the app's return_url with the query Stripe appends:
 * `payment_intent`, `payment_intent_client_secret`, `redirect_status`.
 */
import { escapeHtml } from './reply.ts';
import { formatAmount } from './amounts.ts';
import type { PaymentIntent } from './payment-intents.ts';
import type { PaymentMethodType } from './payment-methods.ts';

const titles: Record<PaymentMethodType, string> = {
  card: '3D Secure test page',
  ideal: 'iDEAL test bank',
  bancontact: 'Bancontact test bank',
};

export function redirectStatus(intent: PaymentIntent): 'succeeded' | 'processing' | 'failed' {
  if (intent.status === 'succeeded') return 'succeeded';
  if (intent.status === 'processing') return 'processing';
  return 'failed';
}

export function returnLocation(returnUrl: string, intent: PaymentIntent): string {
  const url = new URL(returnUrl);
  url.searchParams.set('payment_intent', intent.id);
  url.searchParams.set('payment_intent_client_secret', intent.client_secret);
  url.searchParams.set('redirect_status', redirectStatus(intent));
  return url.toString();
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Stripe emulator</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; padding: 1rem; background: #f4f4f6; color: #1a1a1a; }
  main { max-width: 28rem; margin: 2rem auto; background: #fff; border-radius: 12px; padding: 1.5rem; box-shadow: 0 1px 4px #0002; }
  .badge { display: inline-block; background: #fff3cd; color: #664d03; border-radius: 4px; padding: 0.125rem 0.5rem; font-size: 0.875rem; }
  button { display: block; width: 100%; min-height: 48px; margin-top: 0.75rem; font: inherit; font-weight: 600; border-radius: 8px; border: 1px solid #888; background: #fff; cursor: pointer; }
  button.primary { background: #1a7f37; border-color: #1a7f37; color: #fff; }
  button:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

export function redirectPage(intent: PaymentIntent, method: PaymentMethodType): string {
  const title = titles[method];
  const amount = formatAmount(intent.amount, intent.currency);
  const button = (result: string, label: string, primary = false) =>
    `<button type="submit" name="result" value="${result}"${primary ? ' class="primary"' : ''}>${escapeHtml(label)}</button>`;
  const buttons =
    method === 'card'
      ? button('authorize', 'Complete authentication', true) + button('fail', 'Fail authentication')
      : button('authorize', 'Authorize test payment', true) +
        button('fail', 'Fail test payment') +
        button('processing', 'Leave processing');
  return page(
    title,
    `<p class="badge">Test payments – Stripe emulator</p>
<h1>${escapeHtml(title)}</h1>
<p>Payment of <strong>${escapeHtml(amount)}</strong>${intent.description ? ` for ${escapeHtml(intent.description)}` : ''}. Choose what the ${method === 'card' ? 'card issuer' : 'bank'} answers.</p>
<form method="post">
<input type="hidden" name="client_secret" value="${escapeHtml(intent.client_secret)}">
${buttons}
</form>`,
  );
}

/** Shown when there is no return_url to go back to (a server-side confirm without one). */
export function resultPage(intent: PaymentIntent): string {
  return page(
    'Payment result',
    `<p class="badge">Test payments – Stripe emulator</p><h1>Payment ${escapeHtml(redirectStatus(intent))}</h1><p>${escapeHtml(intent.id)}</p>`,
  );
}

export function errorPage(message: string): string {
  return page(
    'Error',
    `<p class="badge">Test payments – Stripe emulator</p><h1>Cannot continue</h1><p role="alert">${escapeHtml(message)}</p>`,
  );
}
