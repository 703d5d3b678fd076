/**
 * Datasets label languages with ISO 639-3 / 639-2 codes (Miranda et al. 2018: `eng`, `deu`, `spa`);
 * the pipeline uses ISO 639-1. This table only converts codes of the dataset formats read here; it
 * says nothing about which languages are supported (that is `src/languages/`).
 */
const ISO_639_3_TO_1: ReadonlyMap<string, string> = new Map([
  ['eng', 'en'],
  ['deu', 'de'],
  ['ger', 'de'],
  ['spa', 'es'],
  ['fra', 'fr'],
  ['fre', 'fr'],
  ['swe', 'sv'],
  ['ita', 'it'],
  ['por', 'pt'],
  ['nld', 'nl'],
  ['dut', 'nl'],
  ['rus', 'ru'],
]);

/** Lower-cases `code` and maps a known three-letter code to its two-letter form; others pass through. */
export function toIso6391(code: string): string {
  const lower = code.trim().toLowerCase();
  return ISO_639_3_TO_1.get(lower) ?? lower;
}
