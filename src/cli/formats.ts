/** Output formats of `event-clusters cluster` (kept apart so `--help` loads nothing heavy). */
export const OUTPUT_FORMATS = ['table', 'json', 'jsonl', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** `--format`, else the extension of `--out` (`report.html` → html), else a table. */
export function outputFormat(flags: { format?: OutputFormat; out?: string }): OutputFormat {
  if (flags.format !== undefined) return flags.format;
  const extension = /\.(?<ext>[^./\\]+)$/u.exec(flags.out ?? '')?.groups?.ext?.toLowerCase();
  if (extension === 'htm') return 'html';
  return OUTPUT_FORMATS.find((f) => f !== 'table' && f === extension) ?? 'table';
}
