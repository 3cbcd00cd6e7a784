// Runs every suite in bench/suites (or those named on the command line), prints their figures and saves them to bench/results.json.
import { readdirSync } from 'node:fs';
import { saveFigures } from './results-file';
import type { BenchSuite, Figures } from './suite';

const SUITES_DIR = 'bench/suites';
const RESULTS_FILE = 'bench/results.json';

const wanted = process.argv.slice(2);
const files = readdirSync(SUITES_DIR).filter((file) => file.endsWith('.ts')).sort();
const figures: Figures = {};
let ran = 0;
for (const file of files) {
  // A template import: the bundler takes in every file of bench/suites, so adding a suite needs no change here.
  const suite = (await import(`./suites/${file.replace(/\.ts$/, '')}.ts`)) as Partial<BenchSuite>;
  if (typeof suite.name !== 'string' || typeof suite.run !== 'function') {
    throw new Error(`${SUITES_DIR}/${file} must export a name and a run function`);
  }
  if (wanted.length > 0 && !wanted.includes(suite.name)) continue;
  ran++;
  console.log(`${suite.name}:`);
  for (const [name, value] of Object.entries(await suite.run())) {
    if (name in figures) throw new Error(`figure ${name} is measured by two suites`);
    figures[name] = value;
    console.log(`  ${name.padEnd(36)} ${value}`);
  }
}
if (ran === 0) {
  console.error(`bench: no suite named ${wanted.join(', ')}`);
  process.exit(2);
}
saveFigures(RESULTS_FILE, figures);
console.log(`saved to ${RESULTS_FILE}`);
