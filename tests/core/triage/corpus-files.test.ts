// Every blind-written holdout corpus passes its own checks: labels in the format's vocabulary, mail that parses,
// fictional addresses only, the conventions it was written to, and README counts that match the files.
import { spawnSync } from 'node:child_process';

const CHECKED = ['6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32', '33', '34', '35'].map((n) => `tests/corpus-holdout-${n}`);

describe.each(CHECKED)('%s', (dir) => {
  it('passes tests/support/verify-corpus.py', () => {
    const run = spawnSync('python3', ['tests/support/verify-corpus.py', dir], { encoding: 'utf8' });
    // On failure the script's list of problems is the message.
    expect({ status: run.status, output: run.status === 0 ? '' : `${run.stdout}${run.stderr}` }).toEqual({ status: 0, output: '' });
  });
});
