import type { HighlightSpan } from './highlight.js';

/** A window of a document's text, with the highlights that fall inside it (offsets re-based). */
export interface Snippet {
  text: string;
  spans: HighlightSpan[];
  /** True when text was cut before / after the window. */
  cutStart: boolean;
  cutEnd: boolean;
}

export const SNIPPET_CHARS = 420;

/** Offsets where a snippet may start: the text start and each paragraph or sentence start. */
function candidateStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/(?:\n\s*|[.!?…]["”»]?\s+)(?=\S)/gu)) starts.push(m.index + m[0].length);
  return starts;
}

function distinctIn(text: string, spans: readonly HighlightSpan[], start: number, end: number): number {
  const seen = new Set<string>();
  for (const s of spans) if (s.start >= start && s.end <= end) seen.add(`${s.kind}:${text.slice(s.start, s.end).toLowerCase()}`);
  return seen.size;
}

/** End of the window: about `start + length`, moved to a word break, never inside a highlight. */
function windowEnd(text: string, spans: readonly HighlightSpan[], start: number, length: number): number {
  if (start + length >= text.length) return text.length;
  let end = text.lastIndexOf(' ', start + length);
  if (end <= start) end = start + length;
  const crossing = spans.find((s) => s.start < end && s.end > end);
  return crossing === undefined ? end : crossing.end;
}

/**
 * The part of the text that shows the most distinct shared evidence, starting at a sentence or
 * paragraph, about `length` characters long; the text start when nothing is highlighted.
 * `starts` restricts where it may begin (`[0]`: the headline and lede).
 */
export function chooseSnippet(text: string, spans: readonly HighlightSpan[], length = SNIPPET_CHARS, starts: readonly number[] = candidateStarts(text)): Snippet {
  let best = { start: 0, score: -1 };
  for (const start of starts) {
    const score = distinctIn(text, spans, start, windowEnd(text, spans, start, length));
    if (score > best.score) best = { start, score };
  }
  const { start } = best;
  const end = windowEnd(text, spans, start, length);
  const inside = spans.filter((s) => s.start >= start && s.end <= end).map((s) => ({ ...s, start: s.start - start, end: s.end - start }));
  return { text: text.slice(start, end), spans: inside, cutStart: start > 0, cutEnd: end < text.length };
}
