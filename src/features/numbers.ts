import { classOf, codePointAt, DECIMAL, NUMBER as NUMERIC } from '../text/charClass.js';
import type { NumberMention } from '../types.js';

/**
 * Salient counts (`at least 70 people`, `23 détenus`, `1 000 arrests`, `45%`) as language-free
 * evidence. Left out: numbers inside dates, years (1800–2199), trivial numbers (< 10), parts of
 * phone numbers and other digit sequences, codes glued to letters (`ENG_180529`, `3G`), times.
 */
const NUMBER = /(?<![\p{L}\p{N}_+#№.,:\/-])(?<value>\p{Nd}{1,3}(?:(?<sep>[ ,.])\p{Nd}{3})(?:\k<sep>\p{Nd}{3})*|\p{Nd}+(?:[.,]\p{Nd}+)?)(?<percent>\s?%)?(?![\p{L}\p{N}_]|[.,:\/-]\p{N})/uy;
/** Only spaces, brackets, plus and dashes between two numbers: a phone number or a code. */
const SEQUENCE_GAP = /^[\s()+–-]*$/u;
const MIN_COUNT = 10;

export function extractNumbers(text: string, skip: readonly [number, number][]): NumberMention[] {
  const found: { key: string | null; text: string; start: number; end: number }[] = [];
  // Matches come in text order, so one sweep over the skipped spans (sorted by start) replaces a
  // scan of all spans per number (quadratic on a page of thousands of dates and numbers).
  const spans = [...skip].sort((a, b) => a[0] - b[0]);
  let next = 0;
  for (const m of numberMatches(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (next < spans.length && (spans[next]?.[1] ?? 0) <= start) next++;
    if ((spans[next]?.[0] ?? Infinity) < end) continue;
    const key = numberKey(m.groups?.value ?? '', m.groups?.sep, m.groups?.percent !== undefined);
    found.push({ key, text: m[0], start, end });
  }
  const kept = found.filter((n, i) => !inSequence(text, found, i));
  const counts = new Map<string, NumberMention>();
  for (const n of kept) {
    if (n.key === null) continue;
    const mention = counts.get(n.key);
    if (mention === undefined) counts.set(n.key, { key: n.key, text: n.text, count: 1 });
    else mention.count++;
  }
  return [...counts.values()];
}

/**
 * `text.matchAll(NUMBER)` as a global regex would find them, but the regex is only tried where a
 * match can start: at a decimal digit not preceded by a digit (the lookbehind rules that out).
 * Tried at every position instead, the big Unicode pattern cost more than the rest of the step.
 */
function numberMatches(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let previous = 0; // flags of the code point before i; 0 when unknown (tries the regex anyway)
  for (let i = 0; i < text.length; ) {
    const cp = codePointAt(text, i);
    const flags = classOf(cp);
    if ((flags & DECIMAL) !== 0 && (previous & NUMERIC) === 0) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (m !== null) {
        matches.push(m);
        i = m.index + m[0].length;
        previous = 0;
        continue;
      }
    }
    previous = flags;
    i += cp > 0xffff ? 2 : 1;
  }
  return matches;
}

function numberKey(raw: string, thousandsSeparator: string | undefined, percent: boolean): string | null {
  const digits = thousandsSeparator === undefined ? raw.replace(',', '.') : raw.replaceAll(thousandsSeparator, '');
  const value = Number(digits);
  if (!Number.isFinite(value)) return null;
  if (percent) return `${value}%`;
  if (value < MIN_COUNT) return null;
  if (Number.isInteger(value) && value >= 1800 && value <= 2199 && thousandsSeparator === undefined) return null;
  return String(value);
}

function inSequence(text: string, found: readonly { start: number; end: number }[], i: number): boolean {
  const current = found[i];
  if (current === undefined) return false;
  const previous = found[i - 1];
  const next = found[i + 1];
  const gapBefore = previous === undefined ? null : text.slice(previous.end, current.start);
  const gapAfter = next === undefined ? null : text.slice(current.end, next.start);
  return (gapBefore !== null && SEQUENCE_GAP.test(gapBefore)) || (gapAfter !== null && SEQUENCE_GAP.test(gapAfter));
}
