/** Runs a project binary under the same Node 24 that runs this script. */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import path from 'node:path';

export function binPath(pkg: string, bin: string): string {
  return path.resolve('node_modules', pkg, bin);
}

/** Runs `node <script> ...args` with inherited output; returns the exit code. */
export function runNodeScript(script: string, args: string[], options: SpawnSyncOptions = {}): number {
  const result = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit', ...options });
  return result.status ?? 1;
}

/**
 * The same without blocking this process's event loop, for children that talk to servers
 * running in this process (the dev server calls the in-process Stripe emulator).
 */
export function runNodeScriptAsync(script: string, args: string[]): Promise<number> {
  const child = spawn(process.execPath, [script, ...args], { stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}
