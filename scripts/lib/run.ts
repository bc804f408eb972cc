/** Runs a project binary under the same Node 24 that runs this script. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import path from 'node:path';

export function binPath(pkg: string, bin: string): string {
  return path.resolve('node_modules', pkg, bin);
}

/** Runs `node <script> ...args` with inherited output; returns the exit code. */
export function runNodeScript(script: string, args: string[], options: SpawnSyncOptions = {}): number {
  const result = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit', ...options });
  return result.status ?? 1;
}
