// The `stack` command: an Apps Script stack trace, pasted from the execution log, with bundle positions turned into source lines.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { mapStackTrace, SourceMap } from './source-map';

const USAGE = 'usage: npm run --silent stack [-- FILE]   (reads the trace from FILE, or from standard input)';
const MAP_FILE = 'dist/Code.js.map';

const args = process.argv.slice(2);
if (args.includes('--help')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (args.length > 1) {
  process.stderr.write(`stack: one file at most\n${USAGE}\n`);
  process.exit(2);
}
let map: SourceMap;
try {
  map = new SourceMap(readFileSync(MAP_FILE, 'utf8'));
} catch (error) {
  process.stderr.write(`stack: cannot read ${MAP_FILE} (${(error as Error).message}); run npm run build on the commit you pushed\n`);
  process.exit(1);
}
let trace: string;
try {
  trace = readFileSync(args[0] ?? 0, 'utf8');
} catch (error) {
  process.stderr.write(`stack: cannot read ${args[0] ?? 'standard input'} (${(error as Error).message})\n`);
  process.exit(1);
}
// The map names sources relative to itself; the trace reads better relative to the project.
const fromProject = (source: string) => relative(process.cwd(), resolve(dirname(MAP_FILE), source));
process.stdout.write(mapStackTrace(trace, map, fromProject));
