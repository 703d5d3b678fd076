/** Small helpers to write the result tables. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[] = []): string {
  const rule = header.map((_, i) => (align[i] === 'l' ? ':---' : '---:'));
  return [header, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export const fixed = (value: number | null | undefined, digits = 3): string => (value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits));

export const mib = (bytes: number | null | undefined): string => (bytes === null || bytes === undefined ? '–' : `${Math.round(bytes / 2 ** 20)} MiB`);

export const seconds = (value: number | null | undefined): string => (value === null || value === undefined ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1));
