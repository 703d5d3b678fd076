import levenshtein from 'fast-levenshtein';
import type { DocumentAnalysis } from '../features/analyzeDocument.js';
import { allowedDistance } from '../features/nameMatcher.js';
import { fold } from '../text/fold.js';
import { findFolded, type FoldedText } from './foldedSearch.js';

/** What a highlighted span shows: a shared entity, date or number. */
export type HighlightKind = 'entity' | 'date' | 'number';

export interface HighlightTerm {
  text: string;
  kind: HighlightKind;
}

export interface HighlightSpan {
  start: number;
  end: number;
  kind: HighlightKind;
}

/** The evidence a cluster shares (from `EventCluster`): display entities, ISO dates, number keys. */
export interface SharedEvidence {
  entities: readonly string[];
  dates: readonly string[];
  numbers: readonly string[];
}

function foldedTokens(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}

/** Same name up to the spelling variants the pipeline itself merges (`Kazakstan` ~ `Kazakhstan`). */
function sameName(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => {
    const u = b[i] ?? '';
    return t === u || levenshtein.get(t, u) <= allowedDistance(t, u);
  });
}

/** A date mention is shared when its value is a shared date, or a yearless `--MM-DD` of one. */
function sharedDate(value: string, dates: readonly string[]): boolean {
  return dates.some((d) => d === value || (value.startsWith('--') && d.endsWith(value.slice(1))));
}

/**
 * The strings to mark in one document: the cluster's shared entities as displayed and as this
 * document spells them, the date mentions whose value is shared, and the shared numbers as
 * written here.
 */
export function highlightTerms(analysis: DocumentAnalysis, shared: SharedEvidence): HighlightTerm[] {
  const terms: HighlightTerm[] = [];
  const sharedNames = shared.entities.map(foldedTokens);
  for (const entity of shared.entities) terms.push({ text: entity, kind: 'entity' });
  for (const entity of analysis.entities) {
    if (sharedNames.some((name) => sameName(entity.tokens, name))) terms.push({ text: entity.surface, kind: 'entity' });
  }
  for (const date of analysis.dates) if (sharedDate(date.value, shared.dates)) terms.push({ text: date.text, kind: 'date' });
  for (const number of analysis.numbers) if (shared.numbers.includes(number.key)) terms.push({ text: number.text, kind: 'number' });
  for (const key of shared.numbers) terms.push({ text: key, kind: 'number' });
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = `${t.kind}\u0000${fold(t.text).trim()}`;
    if (seen.has(key) || t.text.trim().length === 0) return false;
    seen.add(key);
    return true;
  });
}

/** Non-overlapping spans of the terms in the text; where matches overlap, the longest wins. */
export function findHighlights(text: FoldedText, terms: readonly HighlightTerm[]): HighlightSpan[] {
  const all: HighlightSpan[] = [];
  for (const term of terms) for (const [start, end] of findFolded(text, term.text)) all.push({ start, end, kind: term.kind });
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: HighlightSpan[] = [];
  for (const span of all) if (!kept.some((k) => span.start < k.end && span.end > k.start)) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}
