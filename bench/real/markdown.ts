/** `bench/results/real.md`: the tables of `npm run bench:real`. */
import { fixed, table } from '../lib/markdown.js';
import type { RealBenchResults } from '../real.js';
import type { HalfScores, RealResults } from './realClusters.js';
import type { SemEvalResults } from './semeval.js';
import type { PairError } from './worstErrors.js';

const HEADLINE_GROUPS = ['test half', 'test half, cross-language', 'tuning half', 'tuning half, cross-language', 'all', 'same language', 'cross-language', 'languages with a profile', 'languages without a profile (tr, pl, ar)'];

function semevalSection(s: SemEvalResults): string {
  const pairGroups = (s.rows[0]?.groups ?? []).filter((g) => !HEADLINE_GROUPS.includes(g.group));
  const head = ['configuration', ...HEADLINE_GROUPS.map((g) => `r ${g}`), 'ROC AUC'];
  const rows = s.rows.map((r) => [r.config, ...HEADLINE_GROUPS.map((g) => fixed(r.groups.find((x) => x.group === g)?.r)), fixed(r.auc)]);
  const counts = (s.rows[0]?.groups ?? []).map((g) => `${g.group} ${g.pairs}`).join(', ');
  const perPair = table(['configuration', ...pairGroups.map((g) => g.group)], s.rows.map((r) => [r.config, ...pairGroups.map((g) => fixed(r.groups.find((x) => x.group === g.group)?.r))]), ['l']);
  return [
    '## SemEval-2022 Task 8 pairs',
    '',
    `\`${s.source}\`: ${s.pairs} distinct pairs over ${s.documents} articles (${counts}); "same story" (Overall ≤ 1.5) ${s.sameStory}, "different" (≥ 2.5) ${s.different}. Pearson's r of each score against −Overall (the pair model is trained on the tuning half, by \`npm run train\`; the test half is held out); ROC AUC of same against different over all pairs.`,
    '',
    table(head, rows, ['l']),
    '',
    'Per language pair (r):',
    '',
    perPair,
  ].join('\n');
}

const scoreCells = (h: HalfScores): string[] => [
  `${h.clusters} / ${h.events}`,
  fixed(h.bcubed.precision),
  fixed(h.bcubed.recall),
  `**${fixed(h.bcubed.f1)}**`,
  fixed(h.pairwise.precision),
  fixed(h.pairwise.recall),
  fixed(h.pairwise.f1),
  fixed(h.crossLanguage?.precision),
  fixed(h.crossLanguage?.recall),
];

function realTable(real: RealResults, half: 'tuning' | 'test'): string {
  const head = ['configuration', 'threshold', 'clusters / events', 'BCubed P', 'BCubed R', 'BCubed F1', 'pair P', 'pair R', 'pair F1', 'cross-lang P', 'cross-lang R'];
  return table(head, real.rows.map((r) => [r.config, fixed(r.threshold, 2), ...scoreCells(r.halves[half])]), ['l']);
}

function errorLine(e: PairError, i: number): string {
  const signals = Object.entries(e.signals).map(([k, v]) => `${k} ${fixed(v, 2)}`).join(' · ');
  const shared = [e.sharedEntities.length > 0 ? `names: ${e.sharedEntities.slice(0, 6).join(', ')}` : 'no shared name', e.sharedDates.length > 0 ? `dates: ${e.sharedDates.join(', ')}` : '', e.sharedNumbers.length > 0 ? `numbers: ${e.sharedNumbers.slice(0, 6).join(', ')}` : ''].filter((x) => x !== '').join('; ');
  const gap = e.eventGapDays === null ? 'gap unknown' : `gap ${e.eventGapDays} d`;
  return [
    `${i + 1}. **${e.kind}**, score ${fixed(e.score)} (${signals}; ${gap}); ${shared}`,
    `   - ${e.a.id} (${e.a.lang}, \`${e.a.event}\`): ${JSON.stringify(e.a.title.slice(0, 90))}`,
    `   - ${e.b.id} (${e.b.lang}, \`${e.b.event}\`): ${JSON.stringify(e.b.title.slice(0, 90))}`,
  ].join('\n');
}

function realSection(r: RealBenchResults): string {
  if (r.real === null) return ['## Real-news set', '', r.realStatus].join('\n');
  const make = r.makeUp;
  return [
    '## Real-news set (`corpus/real/`)',
    '',
    r.realStatus,
    '',
    make === null ? '' : `Tuning half: ${make.tuning.pages} pages, ${make.tuning.events} events (${make.tuning.languages}). Test half: ${make.test.pages} pages, ${make.test.events} events (${make.test.languages}).`,
    '',
    '### Test half',
    '',
    realTable(r.real, 'test'),
    '',
    '### Tuning half',
    '',
    realTable(r.real, 'tuning'),
    '',
    'Cross-language P/R: pairwise precision and recall over pairs of pages in different languages (manifest languages).',
    '',
    '### Ten worst errors of the full model, test half',
    '',
    ...r.real.worstErrors.test.map(errorLine),
  ].join('\n');
}

export function realMarkdown(r: RealBenchResults): string {
  return [
    '# Real-data benchmark',
    '',
    `Reproduce: \`${r.reproduce}\` (measured ${r.measuredAt}; referenceDate ${r.referenceDate}; Node ${r.machine.node}). Configurations: ${r.configs.map((c) => `**${c.name}** (${c.description})`).join('; ')}; the baselines are plain peers (see bench/README.md).`,
    '',
    realSection(r),
    '',
    r.semeval === null ? `## SemEval-2022 Task 8 pairs\n\n${r.semevalStatus}` : semevalSection(r.semeval),
    '',
  ].join('\n');
}
