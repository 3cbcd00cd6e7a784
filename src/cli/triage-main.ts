// The `triage` command: triage of .eml/.mbox files and folders, one JSON line (or a readable report) per file.
import { expandMailPaths } from './mail-paths';
import { parseTriageArgs, TRIAGE_USAGE, UsageError, type TriageArgs } from './triage-args';
import { triageFile } from './triage-file';
import { toJsonLine, toReport } from './triage-output';

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));

let args: TriageArgs;
try {
  args = parseTriageArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`triage: ${error.message}\n${TRIAGE_USAGE}\n`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write(`${TRIAGE_USAGE}\n`);
  process.exit(0);
}
let failed = 0;
for (const path of await expandMailPaths(args.paths)) {
  const result = await triageFile(path, args.me);
  if ('error' in result) failed++;
  // Reports are a few lines each, so a blank line keeps them apart.
  process.stdout.write(args.pretty ? `${toReport(result)}\n\n` : `${toJsonLine(result)}\n`);
}
if (failed > 0) process.stderr.write(`triage: ${failed} file(s) could not be read\n`);
process.exitCode = failed > 0 ? 1 : 0;
