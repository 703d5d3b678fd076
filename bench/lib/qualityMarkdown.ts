/** Renders the quality results as the Markdown that README quotes. */
import type { CorpusQuality, QualityResults } from '../quality.js';
import { fixed, seconds, table } from './markdown.js';

function corpusTable(corpus: CorpusQuality): string {
  const rows = corpus.rows.map((r) => [
    r.config, String(r.clusters),
    fixed(r.bcubed.precision), fixed(r.bcubed.recall), `**${fixed(r.bcubed.f1)}**`,
    fixed(r.pairwise.precision), fixed(r.pairwise.recall), fixed(r.pairwise.f1),
    fixed(r.ari), fixed(r.nmi),
    fixed(r.crossLanguage?.precision), fixed(r.crossLanguage?.recall),
    seconds(r.seconds),
  ]);
  return table(['configuration', 'clusters', 'BCubed P', 'BCubed R', 'BCubed F1', 'pairwise P', 'pairwise R', 'pairwise F1', 'ARI', 'NMI', 'cross-lang P', 'cross-lang R', 's'], rows, ['l']);
}

function corpusSection(corpus: CorpusQuality): string {
  const languages = Object.entries(corpus.languages).map(([l, n]) => `${l} ${n}`).join(', ');
  const full = corpus.rows[0];
  const target = corpus.name === 'bundled seeds' && full !== undefined ? `\n\nTarget BCubed F1 = 1.0: ${full.bcubed.f1 === 1 ? 'met' : `**missed** (${fixed(full.bcubed.f1)})`}.` : '';
  return `## ${corpus.name}

\`${corpus.source}\`: ${corpus.documents} documents (${languages}), ${corpus.events} gold events.

${corpusTable(corpus)}${target}`;
}

export function qualityMarkdown(results: QualityResults): string {
  const ablations = (results.corpora[0]?.rows ?? []).map((r) => `- **${r.config}**: ${r.description}`).join('\n');
  return `# Quality benchmark

Reproduce: \`${results.reproduce}\` (measured ${results.measuredAt}; referenceDate ${results.referenceDate}; extra options ${JSON.stringify(results.extraOptions)}; Node ${results.machine.node}). Scores from \`evaluate\`; cross-language scores count only pairs of documents in different languages ("–" when a corpus has none). Thresholds are the defaults in every row.

${ablations}

${results.corpora.map(corpusSection).join('\n\n')}
`;
}
