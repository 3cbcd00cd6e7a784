// Expands the paths given to the CLI into mail files: folders are searched recursively for .eml and .mbox files.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const MAIL_FILE = /\.(eml|mbox)$/i;

/** A path to read as mail, or a path given that yields none, with the reason. */
export type MailPath = { file: string } | { file: string; error: string };

/**
 * Expands each path as given: a folder becomes its mail files (recursively, sorted, joined to the
 * path as given); anything else stays as it is, so reading it reports what is wrong.
 */
export async function expandMailPaths(paths: readonly string[]): Promise<MailPath[]> {
  const expanded: MailPath[] = [];
  for (const path of paths) {
    if (!(await isFolder(path))) {
      expanded.push({ file: path });
      continue;
    }
    const files = await mailFilesUnder(path);
    if (files.length === 0) expanded.push({ file: path, error: 'folder holds no .eml or .mbox files' });
    expanded.push(...files.map((file) => ({ file })));
  }
  return expanded;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function mailFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await mailFilesUnder(path)));
    else if (MAIL_FILE.test(entry.name)) files.push(path);
  }
  return files;
}
