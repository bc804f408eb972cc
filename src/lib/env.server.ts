/**
 * The one place that reads process.env. Every variable is validated here with zod, and a
 * wrong value stops start-up with a single line that names the variable and how to fix it.
 * Everything has an embedded default so the shop runs with no variable set; APP_ENV=production
 * turns the local conveniences (generated token secret, Stripe emulator, dev mailbox) off.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const postgresUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'postgres:' || url.protocol === 'postgresql:';
  } catch {
    return false;
  }
}, 'must be a postgres:// or postgresql:// URL (for example postgres://kassa:secret@localhost:5432/kassa); unset it to use the embedded PGlite database');

const httpUrl = (hint: string) =>
  z.string().refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, `must be an http:// or https:// URL (${hint})`);

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

/** Documented in .env.example and the README's configuration table; keep the three in step. */
export const envSchema = z
  .object({
    APP_ENV: z
      .enum(['local', 'test', 'production'], {
        error: 'must be one of local, test or production',
      })
      .default('local'),
    PORT: z.coerce
      .number({ error: 'must be a port number such as 4321' })
      .int('must be a whole port number such as 4321')
      .min(1, 'must be a port number from 1 to 65535')
      .max(65535, 'must be a port number from 1 to 65535')
      .default(4321),
    HOST: z.string().min(1, 'must be a host name or address such as localhost or 0.0.0.0').default('localhost'),
    SITE_URL: z.preprocess(emptyAsUndefined, httpUrl('the public address of the shop, e.g. https://shop.example.nl').optional()),
    DATA_DIR: z.string().min(1, 'must be a directory path such as .data').default('.data'),
    CATALOG_DIR: z.preprocess(emptyAsUndefined, z.string().min(1).default('content')),
    DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
    TOKEN_SECRET: z.preprocess(
      emptyAsUndefined,
      z.string().min(32, 'must be at least 32 characters; generate one with `openssl rand -hex 32`').optional(),
    ),
    STRIPE_SECRET_KEY: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(
          /^(sk|rk)_(test|live)_[A-Za-z0-9]+$/,
          'must be a Stripe secret key starting with sk_test_, sk_live_ or rk_; unset it to use the local Stripe emulator',
        )
        .optional(),
    ),
    STRIPE_PUBLISHABLE_KEY: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^pk_(test|live)_[A-Za-z0-9]+$/, 'must be a Stripe publishable key starting with pk_test_ or pk_live_')
        .optional(),
    ),
    STRIPE_WEBHOOK_SECRET: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(
          /^whsec_[A-Za-z0-9]+$/,
          'must be a webhook signing secret starting with whsec_ (from the Stripe dashboard or `stripe listen`)',
        )
        .optional(),
    ),
    STRIPE_EMULATOR_URL: z.preprocess(
      emptyAsUndefined,
      httpUrl('the local Stripe emulator, e.g. http://127.0.0.1:12111; only used while STRIPE_SECRET_KEY is unset').optional(),
    ),
    SMTP_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(
          /^smtps?:\/\/.+/,
          'must be an smtp:// or smtps:// URL such as smtp://user:pass@mail.example.nl:587; unset it to use the local mailbox',
        )
        .optional(),
    ),
    MAIL_FROM: z.string().min(3, 'must be a sender such as "Plensbui <winkel@example.nl>"').default('Plensbui <winkel@plensbui.example>'),
    ADDRESS_LOOKUP_URL: z.preprocess(
      emptyAsUndefined,
      httpUrl('the PDOK Locatieserver base, e.g. https://api.pdok.nl/bzk/locatieserver/search/v3_1').default(
        'https://api.pdok.nl/bzk/locatieserver/search/v3_1',
      ),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.APP_ENV !== 'production') return;
    if (env.STRIPE_EMULATOR_URL !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['STRIPE_EMULATOR_URL'],
        message: 'must not be set when APP_ENV=production: production always talks to Stripe itself',
      });
    }
    const required = [
      'SITE_URL',
      'TOKEN_SECRET',
      'STRIPE_SECRET_KEY',
      'STRIPE_PUBLISHABLE_KEY',
      'STRIPE_WEBHOOK_SECRET',
      'SMTP_URL',
    ] as const;
    for (const key of required) {
      if (env[key] === undefined) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'is required when APP_ENV=production (see .env.example)' });
      }
    }
  });

export type Env = z.infer<typeof envSchema> & { SITE_URL: string };

/** Thrown for a bad environment; its message is the one line a person needs. */
export class EnvError extends Error {
  override name = 'EnvError';
}

/** Parses an environment object; throws EnvError naming the first bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    const got = source[name];
    // Echo the bad value so it can be spotted, except where it may hold a secret.
    const secret = /SECRET|KEY/.test(name) || (got ?? '').includes('@');
    const shown = got === undefined || secret ? '' : ` (got ${JSON.stringify(got)})`;
    throw new EnvError(`Invalid environment variable ${name}: ${issue.message}${shown}.`);
  }
  const env = result.data;
  // Not derived from PORT: a build's canonical URLs must not change with the port a test serves it on.
  return { ...env, SITE_URL: env.SITE_URL ?? 'http://localhost:4321' };
}

let cached: Env | undefined;

/** The validated environment of this process, parsed once. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Absolute path of the data directory (PGlite files, generated local secrets, dev mailbox). */
export function dataDir(env: Env = getEnv()): string {
  return path.resolve(env.DATA_DIR);
}

/**
 * The secret that signs customer links. Production must set TOKEN_SECRET; locally one is
 * generated on first use and kept in the data directory, so links survive a restart.
 */
export function tokenSecret(env: Env = getEnv()): string {
  if (env.TOKEN_SECRET) return env.TOKEN_SECRET;
  if (env.APP_ENV === 'production') throw new EnvError('Invalid environment variable TOKEN_SECRET: is required when APP_ENV=production.');
  const file = path.join(dataDir(env), 'token-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir(env), { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
