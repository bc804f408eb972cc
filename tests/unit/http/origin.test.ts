import { describe, expect, it } from 'vitest';
import { isSameOrigin, requireSameOrigin } from '../../../src/lib/http/origin.ts';

const post = (headers: Record<string, string>, url = 'http://localhost:4321/api/cart') => new Request(url, { method: 'POST', headers });

describe('same-origin check', () => {
  it('lets safe methods through', () => {
    expect(isSameOrigin(new Request('http://localhost:4321/api/x', { headers: { origin: 'https://evil.example' } }))).toBe(true);
  });

  it('accepts the request URL origin and trusted origins (the public SITE_URL behind a proxy)', () => {
    expect(isSameOrigin(post({ origin: 'http://localhost:4321' }))).toBe(true);
    expect(isSameOrigin(post({ origin: 'https://shop.example.nl' }), ['https://shop.example.nl/'])).toBe(true);
    expect(isSameOrigin(post({ origin: 'https://shop.example.nl' }))).toBe(false);
  });

  it('refuses other origins, other ports and schemes, and the "null" origin', () => {
    for (const origin of ['https://evil.example', 'http://localhost:4322', 'https://localhost:4321', 'null', 'garbage']) {
      expect(isSameOrigin(post({ origin }))).toBe(false);
    }
  });

  it('falls back to Referer only when Origin is absent', () => {
    expect(isSameOrigin(post({ referer: 'http://localhost:4321/checkout?step=2' }))).toBe(true);
    expect(isSameOrigin(post({ referer: 'https://evil.example/page' }))).toBe(false);
    expect(isSameOrigin(post({ origin: 'https://evil.example', referer: 'http://localhost:4321/checkout' }))).toBe(false);
  });

  it('refuses a state-changing request that says nothing about where it came from', () => {
    expect(isSameOrigin(post({}))).toBe(false);
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      expect(isSameOrigin(new Request('http://localhost:4321/api/x', { method }))).toBe(false);
    }
  });

  it('requireSameOrigin answers 403 in the convention, in the request language', async () => {
    expect(requireSameOrigin(post({ origin: 'http://localhost:4321' }))).toBeUndefined();
    const res = requireSameOrigin(post({ origin: 'https://evil.example', 'accept-language': 'en' }));
    expect(res?.status).toBe(403);
    expect(await res?.json()).toEqual({
      error: { code: 'forbidden_origin', message: 'This request did not come from our shop. Refresh the page and try again.' },
    });
    const nl = requireSameOrigin(post({}), { locale: 'nl' });
    expect(((await nl?.json()) as { error: { message: string } }).error.message).toMatch(/^Dit verzoek kwam niet van onze winkel/);
  });
});
