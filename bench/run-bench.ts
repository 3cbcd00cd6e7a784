// Runs every suite in bench/suites (or those named on the command line), prints their figures and saves them to bench/results.json.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { saveFigures } from './results-file';
import type { BenchSuite, Figures } from './suite';

const SUITES_DIR = 'bench/suites';
const RESULTS_FILE = 'bench/results.json';
const CHILD_FLAG = '--one-suite';

async function loadSuite(file: string): Promise<BenchSuite> {
  // A template import: the bundler takes in every file of bench/suites, so adding a suite needs no change here.
  const suite = (await import(`./suites/${file.replace(/\.ts$/, '')}.ts`)) as Partial<BenchSuite>;
  if (typeof suite.name !== 'string' || typeof suite.run !== 'function') {
    throw new Error(`${SUITES_DIR}/${file} must export a name and a run function`);
  }
  return suite as BenchSuite;
}

const files = readdirSync(SUITES_DIR).filter((file) => file.endsWith('.ts')).sort();

if (process.argv[2] === CHILD_FLAG) {
  // One suite in this process; its figures go to the parent as one JSON line.
  const suite = await loadSuite(process.argv[3]);
  console.log(JSON.stringify(await suite.run()));
} else {
  const wanted = process.argv.slice(2);
  const figures: Figures = {};
  let ran = 0;
  for (const file of files) {
    const suite = await loadSuite(file);
    if (wanted.length > 0 && !wanted.includes(suite.name)) continue;
    ran++;
    console.log(`${suite.name}:`);
    // Each suite runs in a fresh process: one suite's compiled code and heap would otherwise skew the next one's
    // timings (the sidebar suite loads the bundle into a new context for every thread, which slowed the triage
    // suite run after it three-fold).
    const output = execFileSync(process.execPath, ['scripts/run-ts.mjs', 'bench/run-bench.ts', CHILD_FLAG, file], { encoding: 'utf8' });
    const measured = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Figures;
    for (const [name, value] of Object.entries(measured)) {
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
}
