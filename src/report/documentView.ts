import { analyzeDocument, type PreparedDocument } from '../features/analyzeDocument.js';
import { getLanguage, LANGUAGES, neutral } from '../languages/index.js';
import { stripBoilerplate } from '../text/boilerplate.js';
import { normalizeText } from '../text/normalize.js';
import { parsePublication } from '../isoDay.js';
import type { DocumentSummary, NewsDocumentInput } from '../types.js';
import { foldWithOffsets } from './foldedSearch.js';
import { findHighlights, highlightTerms, type HighlightSpan, type SharedEvidence } from './highlight.js';
import { chooseSnippet, SNIPPET_CHARS, type Snippet } from './snippet.js';

/** Past this many characters the report shows no more of a document's text. */
export const FULL_TEXT_CHARS = 8_000;

export interface ViewContext {
  /** "Now" of the clustering (`result.options.referenceDate`), for reading dates the same way. */
  referenceDate: string;
  /** Show the start of the text (headline and lede) rather than the part richest in evidence. */
  fromStart: boolean;
}

/** One member document as the report shows it. */
export interface DocumentView {
  /** 1-based number of the document in the report (heatmap rows and columns). */
  number: number;
  summary: DocumentSummary;
  publishedAt: string | null;
  snippet: Snippet;
  /** The text the pipeline read (normalised, page furniture removed), with its highlights. */
  full: { text: string; spans: HighlightSpan[]; truncated: boolean };
}

function publicationDay(value: string | Date | undefined): string | null {
  return value === undefined ? null : parsePublication(value);
}

/** The same clean text the pipeline analysed: normalised, headline first, furniture removed. */
function readableText(input: NewsDocumentInput, lang: string): string {
  let text = normalizeText(input.text);
  const title = input.title === undefined ? '' : normalizeText(input.title).trim();
  if (title.length > 0 && !text.includes(title)) text = `${title}\n\n${text}`;
  return stripBoilerplate(text, getLanguage(lang) ?? neutral).text.trim();
}

/**
 * Re-reads one member document (with the language the clustering settled on) to find where the
 * cluster's shared evidence appears in it, and picks the snippet that shows most of it.
 */
export function documentView(number: number, input: NewsDocumentInput, summary: DocumentSummary, shared: SharedEvidence, context: ViewContext): DocumentView {
  const publishedAt = publicationDay(input.publishedAt);
  const prepared: PreparedDocument = { id: input.id, text: input.text, lang: summary.lang, publishedAt };
  if (input.title !== undefined) prepared.title = input.title;
  const analysis = analyzeDocument(prepared, { languages: LANGUAGES, referenceDate: context.referenceDate });
  const whole = readableText(input, summary.lang);
  const text = whole.slice(0, FULL_TEXT_CHARS);
  const spans = findHighlights(foldWithOffsets(text), highlightTerms(analysis, shared));
  return {
    number,
    summary,
    publishedAt,
    snippet: context.fromStart ? chooseSnippet(text, spans, SNIPPET_CHARS, [0]) : chooseSnippet(text, spans),
    full: { text, spans, truncated: whole.length > text.length },
  };
}
