/**
 * What a browser module pulls in: every module reachable from an entry through value imports
 * (type-only imports are erased) and dynamic `import('…')` (a code-split chunk is still the
 * browser's). Tests use it to keep server code, the discount code list and heavy packages out
 * of islands without building the bundle.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type ImportGraph = { files: Set<string>; packages: Set<string> };

export function reachableImports(entry: string): ImportGraph {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    const specifiers = [
      ...[...source.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'([^']+)';/gms)].filter(([, typeOnly]) => !typeOnly).map((m) => m[2] ?? ''),
      ...[...source.matchAll(/import\('([^']+)'\)/g)].map((m) => m[1] ?? ''),
    ];
    for (const specifier of specifiers) {
      if (specifier.endsWith('.css')) continue;
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files, packages };
}
