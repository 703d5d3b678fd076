import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { usageError } from '../errors.js';
import type { InputProblem } from './problems.js';

/** Where documents come from: standard input, or one file with the id its text document gets. */
export type InputSource = { kind: 'stdin' } | { kind: 'file'; path: string; id: string };

/** Extensions read from folders; a file named explicitly is read whatever its extension. */
const FOLDER_FILE = /\.(?:txt|jsonl)$/iu;

export interface CollectOptions {
  /** Descend into sub-folders of a folder argument. */
  recursive?: boolean;
}

/**
 * Expands the command-line arguments into input sources, in argument order, folders sorted by
 * name. A path that does not exist is bad usage; an empty folder is reported, not ignored.
 */
export async function collectSources(args: readonly string[], options: CollectOptions = {}): Promise<{ sources: InputSource[]; problems: InputProblem[] }> {
  if (args.length === 0) throw usageError('no input: give files, folders, or - for standard input');
  const sources: InputSource[] = [];
  const problems: InputProblem[] = [];
  let stdinSeen = false;
  for (const arg of args) {
    if (arg === '-') {
      if (stdinSeen) throw usageError('standard input (-) given twice');
      stdinSeen = true;
      sources.push({ kind: 'stdin' });
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (info === null) throw usageError(`${arg}: no such file or folder`);
    if (!info.isDirectory()) {
      sources.push({ kind: 'file', path: arg, id: textId(basename(arg)) });
      continue;
    }
    const found = await folderFiles(arg, options.recursive === true, problems);
    if (found.length === 0) problems.push({ file: arg, reason: `folder has no .txt or .jsonl files${options.recursive === true ? '' : ' at its top level (use --recursive for sub-folders)'}` });
    for (const path of found) sources.push({ kind: 'file', path, id: textId(relative(arg, path).split(sep).join('/')) });
  }
  return { sources, problems };
}

/** A plain-text document's id: its file name (relative path inside a folder) without `.txt`. */
export function textId(name: string): string {
  return name.replace(/\.txt$/iu, '');
}

/** The folder's .txt and .jsonl files by name; an unreadable folder or a broken link is a problem. */
async function folderFiles(folder: string, recursive: boolean, problems: InputProblem[]): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    problems.push({ file: folder, reason: `cannot read folder (${error.code ?? error.message})` });
    return [];
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    const info = entry.isSymbolicLink() ? await stat(path).catch(() => null) : entry;
    if (info === null) {
      if (FOLDER_FILE.test(entry.name)) problems.push({ file: path, reason: 'cannot read (broken link)' });
    } else if (info.isDirectory()) {
      if (recursive) files.push(...(await folderFiles(path, true, problems)));
    } else if (FOLDER_FILE.test(entry.name)) files.push(path);
  }
  return files;
}
