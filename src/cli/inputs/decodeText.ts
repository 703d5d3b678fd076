/** How many leading bytes are checked for NUL, the mark of a binary file. */
const SNIFF_BYTES = 8_000;

/**
 * Bytes → text, refusing what is not text: a NUL byte near the start, or invalid UTF-8
 * (a silently mangled decoding would cluster garbage). Drops a byte-order mark.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { reason: string } {
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { reason: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { reason: 'not valid UTF-8 text (binary file or another encoding)' };
  }
  if (text.trim().length === 0) return { reason: 'empty file' };
  return { text };
}

/** JSONL when the first non-blank character opens an object (used for standard input). */
export function looksLikeJsonl(text: string): boolean {
  return /^\s*\{/u.test(text);
}
