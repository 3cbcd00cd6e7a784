// The README's test command: type check, lint, build the bundle, run every jest suite, then print one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const extraArgs = process.argv.slice(2);
const steps = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['build', 'npm', ['run', '--silent', 'build']],
];
let passed = 0;
let failed = 0;
for (const [name, command, args] of steps) {
  const run = spawnSync(command, args, { stdio: 'inherit' });
  if (run.status === 0) passed++;
  else {
    failed++;
    console.error(`step failed: ${name}`);
  }
}

const resultsFile = '.jest-results.json';
rmSync(resultsFile, { force: true });
const jest = spawnSync('npx', ['jest', '--json', `--outputFile=${resultsFile}`, ...extraArgs], { stdio: 'inherit' });
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests + results.numRuntimeErrorTestSuites;
} catch {
  failed++;
  console.error('jest wrote no results');
}
if (jest.status !== 0 && failed === 0) failed++;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
