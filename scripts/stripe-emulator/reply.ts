/** What a route answers: status, headers, body. Idempotency stores and replays these. */
import type { StripeApiError } from './errors.ts';

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Stripe answers with pretty-printed JSON. */
export function jsonReply(status: number, value: unknown): Reply {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(value, null, 2) };
}

export function errorReply(error: StripeApiError): Reply {
  return jsonReply(error.status, { error: error.body });
}

export function htmlReply(status: number, html: string): Reply {
  return { status, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: html };
}

export function redirectReply(location: string): Reply {
  return { status: 303, headers: { Location: location }, body: '' };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
