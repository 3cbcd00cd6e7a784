// Runs a TypeScript entry file under Node: bundles it with esbuild into node_modules/.cache, then imports it.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs ENTRY.ts [ARGS...]');
  process.exit(2);
}

const result = await esbuild.build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  write: false,
  sourcemap: 'inline',
  logLevel: 'error',
});
const code = result.outputFiles[0].contents;
const cacheDir = resolve('node_modules/.cache/intro-guard');
mkdirSync(cacheDir, { recursive: true });
// Content-addressed, written then renamed, so parallel runs never read a half-written file.
const file = join(cacheDir, `${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
if (!existsSync(file)) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, code);
  renameSync(temp, file);
}
process.argv = [process.argv[0], resolve(entry), ...args];
await import(pathToFileURL(file).href);
