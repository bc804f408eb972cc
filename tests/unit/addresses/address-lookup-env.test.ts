import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../../src/lib/env.server.ts';
import { pdokDefaultBaseUrl } from '../../../src/features/addresses/pdok-provider.server.ts';

describe('ADDRESS_LOOKUP_URL', () => {
  it('defaults to the public PDOK Locatieserver v3_1, also when empty', () => {
    expect(parseEnv({}).ADDRESS_LOOKUP_URL).toBe(pdokDefaultBaseUrl);
    expect(parseEnv({ ADDRESS_LOOKUP_URL: '' }).ADDRESS_LOOKUP_URL).toBe(pdokDefaultBaseUrl);
    expect(parseEnv({ ADDRESS_LOOKUP_URL: 'http://127.0.0.1:9999/v3_1' }).ADDRESS_LOOKUP_URL).toBe('http://127.0.0.1:9999/v3_1');
  });

  it('names the variable and says what it must be', () => {
    expect(() => parseEnv({ ADDRESS_LOOKUP_URL: 'ftp://x' })).toThrow(
      /^Invalid environment variable ADDRESS_LOOKUP_URL: must be an http:\/\/ or https:\/\/ URL .*\(got "ftp:\/\/x"\)\.$/,
    );
  });
});
