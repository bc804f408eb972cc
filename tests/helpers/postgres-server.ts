/**
 * Vitest globalSetup of the integration project: gives the tests a real Postgres server.
 * TEST_DATABASE_URL (an admin URL that may CREATE DATABASE) is used when set; otherwise a
 * throw-away cluster is started in a temp directory on a free loopback port and removed
 * afterwards. Tests read the admin URL with inject('postgresAdminUrl').
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the test server, connected to its `postgres` database. */
    postgresAdminUrl: string;
  }
}

const run = promisify(execFile);

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresAdminUrl', given);
    return undefined;
  }
  const cluster = await startPostgresCluster();
  project.provide('postgresAdminUrl', cluster.url);
  return cluster.stop;
}

export interface PostgresCluster {
  url: string;
  stop(): Promise<void>;
}

/** Starts a private, disposable cluster (trust auth, fsync off: test data only). */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kassa-pg-'));
  const dataDir = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  // initdb and postgres refuse to run as root; the CI machines run everything as root.
  const exec = (file: string, args: string[]) =>
    run(asRoot ? 'runuser' : file, asRoot ? ['-u', 'nobody', '--', file, ...args] : args, {
      cwd: dir,
      env: { ...process.env, LC_ALL: 'C' },
    });

  try {
    if (asRoot) {
      const { stdout } = await run('id', ['-u', 'nobody']);
      const { stdout: gid } = await run('id', ['-g', 'nobody']);
      await chown(dir, Number(stdout.trim()), Number(gid.trim()));
    }
    await exec(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'kassa', '--auth=trust', '--encoding=UTF8', '--locale=C']);
    const port = await freePort();
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    // -l: without a log file the server would hold pg_ctl's stdout open and execFile would never return.
    await exec(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-l', path.join(dir, 'postgres.log'), '-o', options, '-w', '-t', '60', 'start']);
    return {
      url: `postgres://kassa@127.0.0.1:${port}/postgres`,
      stop: async () => {
        await exec(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    const log = await readFile(path.join(dir, 'postgres.log'), 'utf8').catch(() => '');
    await rm(dir, { recursive: true, force: true });
    const detail = (error as { stderr?: string }).stderr || (error as Error).message;
    throw new Error(`Could not start a throw-away Postgres for the integration tests: ${detail}${log ? `\n${log}` : ''}`, { cause: error });
  }
}

/** The directory holding initdb and pg_ctl. */
function findPostgresBin(): string {
  const candidates = [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean), ...debianPostgresBins(), '/usr/local/bin'];
  const found = candidates.find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl')));
  if (!found) {
    throw new Error(
      'The integration tests need PostgreSQL server binaries (initdb, pg_ctl), found neither on PATH, in /usr/lib/postgresql/*/bin nor in /usr/local/bin. ' +
        'Install them with `apt-get install -y postgresql`, or set TEST_DATABASE_URL to the admin URL of a Postgres server the tests may create databases on.',
    );
  }
  return found;
}

/** /usr/lib/postgresql/<version>/bin, newest version first. */
function debianPostgresBins(): string[] {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(root, version, 'bin'));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
