import { readFile } from 'node:fs/promises';
import { parseJsonl } from '../../loaders/index.js';
import type { NewsDocumentInput } from '../../types.js';
import type { InputSource } from './collectSources.js';
import { decodeText, looksLikeJsonl } from './decodeText.js';
import { ProblemLog, type InputProblem } from './problems.js';

export interface ReadOptions {
  /** Fail on the first skipped input instead of reporting it. */
  strict?: boolean;
  /** Language of documents that do not state one (default: detected). */
  lang?: string;
  /** Reads all of standard input (injected for tests). */
  readStdin?: () => Promise<Uint8Array>;
  /** Called after each source, for the progress bar. */
  onSource?: (done: number) => void;
}

export interface LoadedInput {
  documents: NewsDocumentInput[];
  /** Gold events from JSONL `event` fields, id → event. */
  gold: Map<string, string>;
  problems: InputProblem[];
}

/** Name of standard input in messages and the id of a plain-text document read from it. */
export const STDIN_NAME = 'stdin';

/**
 * Reads every source: plain-text files are one document each (file name as id), `.jsonl`/`.ndjson`
 * files and JSON-looking standard input are JSONL. Unreadable, binary and empty files, bad JSONL
 * lines and repeated ids are reported by file and line and skipped (thrown with `strict`).
 */
export async function readSources(sources: readonly InputSource[], options: ReadOptions = {}): Promise<LoadedInput> {
  const log = new ProblemLog(options.strict === true);
  const result: LoadedInput = { documents: [], gold: new Map(), problems: log.problems };
  const origin = new Map<string, string>();
  for (const [index, source] of sources.entries()) {
    const name = source.kind === 'stdin' ? STDIN_NAME : source.path;
    const bytes = await readBytes(source, options).catch((error: NodeJS.ErrnoException) => {
      log.add({ file: name, reason: `cannot read (${error.code ?? error.message})` });
      return null;
    });
    if (bytes !== null) {
      const decoded = decodeText(bytes);
      if ('reason' in decoded) log.add({ file: name, reason: decoded.reason });
      else for (const doc of parseSource(source, name, decoded.text, log, options)) addDocument(result, origin, doc, name, log);
    }
    options.onSource?.(index + 1);
  }
  return result;
}

async function readBytes(source: InputSource, options: ReadOptions): Promise<Uint8Array> {
  if (source.kind === 'file') return readFile(source.path);
  return (options.readStdin ?? readStdin)();
}

interface ParsedDocument {
  document: NewsDocumentInput;
  event?: string;
  line?: number;
}

function parseSource(source: InputSource, name: string, text: string, log: ProblemLog, options: ReadOptions): ParsedDocument[] {
  const jsonl = source.kind === 'stdin' ? looksLikeJsonl(text) : /\.(?:jsonl|ndjson)$/iu.test(source.path);
  if (!jsonl) {
    const document: NewsDocumentInput = { id: source.kind === 'stdin' ? STDIN_NAME : source.id, text };
    if (options.lang !== undefined) document.lang = options.lang;
    return [{ document }];
  }
  const corpus = parseJsonl(text, { strict: options.strict === true, file: name });
  for (const problem of corpus.problems) log.add({ file: name, line: problem.line, reason: problem.reason });
  if (corpus.documents.length === 0 && corpus.problems.length === 0) log.add({ file: name, reason: 'no JSONL records' });
  return corpus.documents.map((document) => {
    const withLang = document.lang === undefined && options.lang !== undefined ? { ...document, lang: options.lang } : document;
    const event = corpus.gold.get(document.id);
    return event === undefined ? { document: withLang } : { document: withLang, event };
  });
}

function addDocument(result: LoadedInput, origin: Map<string, string>, parsed: ParsedDocument, name: string, log: ProblemLog): void {
  const { id } = parsed.document;
  const first = origin.get(id);
  if (first !== undefined) {
    log.add({ file: name, reason: `duplicate document id ${JSON.stringify(id)} (first read from ${first})` });
    return;
  }
  origin.set(id, name);
  result.documents.push(parsed.document);
  if (parsed.event !== undefined) result.gold.set(id, parsed.event);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
