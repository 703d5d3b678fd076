const ENTITIES = new Map<string, string>([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
]);

/**
 * Escapes text for HTML element content and for quoted attribute values alike. Every string
 * that reaches the report from a document, a file name or an option goes through this.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => ENTITIES.get(ch) ?? ch);
}

/**
 * JSON for an inline `<script type="application/json">`: `<`, `>` and `&` become `\u003c`…
 * so no text can close the script element or open a comment, and U+2028/U+2029 are escaped.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/[<>&\u2028\u2029]/gu, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
