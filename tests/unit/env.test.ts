import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv, tokenSecret } from '../../src/lib/env.server.ts';

describe('parseEnv', () => {
  it('runs on embedded defaults with nothing set', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ APP_ENV: 'local', PORT: 4321, DATA_DIR: '.data', SITE_URL: 'http://localhost:4321' });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('names DATABASE_URL and says how to fix it when it is not a URL', () => {
    expect(() => parseEnv({ DATABASE_URL: 'not-a-url' })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_URL: 'not-a-url' })).toThrow(
      /^Invalid environment variable DATABASE_URL: must be a postgres:\/\/.*unset it/,
    );
  });

  it('accepts postgres URLs and treats an empty value as unset', () => {
    expect(parseEnv({ DATABASE_URL: 'postgres://kassa:pw@localhost:5432/kassa' }).DATABASE_URL).toContain('localhost:5432');
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('rejects a bad port with a one-line message', () => {
    const error = (() => {
      try {
        parseEnv({ PORT: 'eighty' });
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();
    expect(error?.message).toMatch(/^Invalid environment variable PORT: .*\(got "eighty"\)\.$/);
    expect(error?.message).not.toContain('\n');
  });

  it('never echoes a secret value', () => {
    expect(() => parseEnv({ STRIPE_SECRET_KEY: 'oops-my-key' })).toThrow(/STRIPE_SECRET_KEY/);
    try {
      parseEnv({ STRIPE_SECRET_KEY: 'oops-my-key' });
    } catch (e) {
      expect((e as Error).message).not.toContain('oops-my-key');
    }
  });

  it('requires the production settings when APP_ENV=production', () => {
    expect(() => parseEnv({ APP_ENV: 'production' })).toThrow(/SITE_URL: is required when APP_ENV=production/);
  });
});

describe('tokenSecret', () => {
  it('generates a local secret once and keeps it in the data directory', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kassa-env-'));
    const env = parseEnv({ DATA_DIR: dir });
    const first = tokenSecret(env);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenSecret(env)).toBe(first);
    expect(readFileSync(path.join(dir, 'token-secret'), 'utf8')).toBe(first);
  });

  it('uses TOKEN_SECRET when set', () => {
    const secret = 'x'.repeat(40);
    expect(tokenSecret(parseEnv({ TOKEN_SECRET: secret }))).toBe(secret);
  });
});
