// Reads the triage command's arguments: --me (repeatable, or comma-separated), --pretty, --help and the paths.

export const TRIAGE_USAGE = `usage: npm run --silent triage -- --me ADDRESS [--me ADDRESS...] [--pretty] PATH...

Reads each PATH (an .eml message, an .mbox thread, or a folder searched for both) and prints one
JSON line per file: {"file", "kind", "flags", "introducer", "parties", "confidence"}, or {"file", "error"}.

  --me ADDRESS   the mailbox owner's address; repeat it, or separate with commas, for aliases
  --pretty       print a readable report instead of JSON lines
  --help         print this help`;

export type TriageArgs = { help: true } | { help: false; me: string[]; paths: string[]; pretty: boolean };

/** Arguments that cannot be run; the message says which. */
export class UsageError extends Error {}

/** Parses the command line after the script name. */
export function parseTriageArgs(argv: readonly string[]): TriageArgs {
  const me: string[] = [];
  const paths: string[] = [];
  let pretty = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--pretty') pretty = true;
    else if (arg === '--me' || arg.startsWith('--me=')) {
      const value = arg === '--me' ? argv[++i] : arg.slice('--me='.length);
      if (value === undefined || value.startsWith('--')) throw new UsageError('--me needs an address');
      me.push(...value.split(',').map((address) => address.trim().toLowerCase()).filter(Boolean));
    } else if (arg === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      paths.push(arg);
    }
  }
  if (me.length === 0) throw new UsageError('--me ADDRESS is required');
  if (me.some((address) => !address.includes('@'))) throw new UsageError('--me takes email addresses');
  if (paths.length === 0) throw new UsageError('give at least one .eml, .mbox or folder PATH');
  return { help: false, me, paths, pretty };
}
