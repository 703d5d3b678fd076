import { escapeHtml } from './escapeHtml.js';
import type { HighlightKind, HighlightSpan } from './highlight.js';

const KIND_LABEL: Readonly<Record<HighlightKind, string>> = { entity: 'shared entity', date: 'shared date', number: 'shared number' };

/** A highlighted piece of evidence: `<mark class="hl hl-entity" title="shared entity">…</mark>`. */
export function mark(text: string, kind: HighlightKind): string {
  return `<mark class="hl hl-${kind}" title="${KIND_LABEL[kind]}">${escapeHtml(text)}</mark>`;
}

/** Text with its highlight spans (sorted, non-overlapping) marked; everything else escaped. */
export function highlighted(text: string, spans: readonly HighlightSpan[]): string {
  let html = '';
  let at = 0;
  for (const span of spans) {
    html += escapeHtml(text.slice(at, span.start)) + mark(text.slice(span.start, span.end), span.kind);
    at = span.end;
  }
  return html + escapeHtml(text.slice(at));
}

/** `0.729` — three decimals, for display only. */
export function score(value: number): string {
  return value.toFixed(3);
}

/** `1 document`, `2 documents`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
