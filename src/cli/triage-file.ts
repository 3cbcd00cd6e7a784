// Triage of one mail file for the CLI: read it, build the thread, run the triage; failures become a clear message.
import { buildThread } from '../core/thread/build-thread';
import type { Thread } from '../core/thread/thread';
import { triage } from '../core/triage/triage';
import type { Verdict } from '../core/triage/verdict';
import { readMailFile, UnreadableMailError } from './mail-file';
import type { MailPath } from './mail-paths';

export type FileTriage = { file: string; thread: Thread; verdict: Verdict } | { file: string; error: string };

/** Triage of one expanded path from the point of view of `me`; never throws. */
export async function triageFile(path: MailPath, me: readonly string[]): Promise<FileTriage> {
  if ('error' in path) return path;
  try {
    const thread = buildThread(await readMailFile(path.file));
    return { file: path.file, thread, verdict: triage(thread, me) };
  } catch (error) {
    return { file: path.file, error: describeReadError(error) };
  }
}

function describeReadError(error: unknown): string {
  if (error instanceof UnreadableMailError) return error.message;
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return `cannot read mail: ${error instanceof Error ? error.message : String(error)}`;
}
