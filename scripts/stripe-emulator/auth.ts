/**
 * Stripe's key check: `Authorization: Bearer sk_test_...` for servers; Stripe.js sends the
 * publishable key as the `key` parameter. Any test key is accepted (the emulator has no
 * accounts); a live key is refused so a misconfigured app cannot mistake this for Stripe.
 */
import { authenticationError } from './errors.ts';
import type { FormObject } from './form.ts';

export interface Auth {
  kind: 'secret' | 'publishable';
  key: string;
}

function masked(key: string): string {
  return `${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`;
}

function bearer(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (match) return match[1];
  // Basic auth with the key as user name, as `curl -u sk_test_...:` sends.
  const basic = /^Basic\s+(\S+)$/i.exec(header);
  return basic ? Buffer.from(basic[1]!, 'base64').toString('utf8').split(':')[0] : undefined;
}

export function authenticate(authorization: string | undefined, params: FormObject): Auth {
  const fromParam = typeof params.key === 'string' ? params.key : undefined;
  const key = bearer(authorization) ?? fromParam;
  if (!key) {
    throw authenticationError(
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
    );
  }
  if (/^(sk|rk)_test_[A-Za-z0-9_]+$/.test(key)) return { kind: 'secret', key };
  if (/^pk_test_[A-Za-z0-9_]+$/.test(key)) return { kind: 'publishable', key };
  throw authenticationError(`Invalid API Key provided: ${masked(key)}`);
}

export function publishableKeyRefused(): ReturnType<typeof authenticationError> {
  return authenticationError(
    'This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.',
  );
}
