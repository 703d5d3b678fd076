import type { EvidenceLookup } from '../clusterDocuments.js';
import { ClusteringError } from '../errors.js';
import type { ClusterResult, EventCluster, NewsDocumentInput } from '../types.js';
import { documentView, type DocumentView } from './documentView.js';
import { escapeHtml, jsonForScript } from './escapeHtml.js';
import { mark, plural } from './markup.js';
import { collectEvidence, type EvidenceData } from './pairData.js';
import { REPORT_SCRIPT } from './script.js';
import { clusterCard } from './sections/clusterCard.js';
import { heatmap } from './sections/heatmap.js';
import { timeline } from './sections/timeline.js';
import { REPORT_CSS } from './styles.js';

/** Above this many documents the heatmap shows only the first ones (in cluster order). */
export const MAX_HEATMAP_DOCUMENTS = 60;

export interface ReportOptions {
  /** Page title; default "Event clusters". */
  title?: string;
  /** Inputs that were skipped, listed in the report so that nothing disappears unnoticed. */
  problems?: readonly { file: string; line?: number; reason: string }[];
  maxHeatmapDocuments?: number;
  /** Shown in the footer (`event-clusters 0.1.0`). */
  generator?: string;
  /** Progress: `stage` is `documents` then `pairs`. */
  onProgress?: (stage: 'documents' | 'pairs', done: number, total: number) => void;
}

/** Documents in cluster order, each with its 1-based number. */
function reportOrder(result: ClusterResult): string[] {
  const order = result.clusters.flatMap((c) => c.members);
  const seen = new Set(order);
  return [...order, ...result.documents.map((d) => d.id).filter((id) => !seen.has(id))];
}

function views(result: ClusterResult, inputs: readonly NewsDocumentInput[], order: readonly string[], options: ReportOptions): Map<string, DocumentView> {
  const inputOf = new Map(inputs.map((d) => [d.id, d]));
  const summaryOf = new Map(result.documents.map((d) => [d.id, d]));
  const clusterOf = new Map<string, EventCluster>();
  for (const c of result.clusters) for (const m of c.members) clusterOf.set(m, c);
  const out = new Map<string, DocumentView>();
  order.forEach((id, i) => {
    const input = inputOf.get(id);
    const summary = summaryOf.get(id);
    if (input === undefined || summary === undefined) throw new ClusteringError('UNKNOWN_DOCUMENT', 'the report needs the same documents that were clustered', { documentId: id });
    const c = clusterOf.get(id);
    const shared = { entities: c?.sharedEntities ?? [], dates: c?.sharedDates ?? [], numbers: c?.sharedNumbers ?? [] };
    const context = { referenceDate: result.options.referenceDate, fromStart: (c?.members.length ?? 1) < 2 };
    out.set(id, documentView(i + 1, input, summary, shared, context));
    options.onProgress?.('documents', i + 1, order.length);
  });
  return out;
}

function method(result: ClusterResult): string {
  const o = result.options;
  return o.algorithm === 'kmeans' ? `k-means with k = ${o.k ?? '?'} (seed ${o.seed})` : `agglomerative clustering, ${o.linkage} linkage, threshold ${o.threshold}`;
}

function header(result: ClusterResult, title: string): string {
  const languages = [...new Set(result.documents.map((d) => d.lang))].sort();
  const summary = [plural(result.documents.length, 'document'), plural(result.clusters.length, 'cluster'), `languages ${languages.join(', ') || 'none'}`];
  return `<header>
<h1>${escapeHtml(title)}</h1>
<p class="summary">${summary.map(escapeHtml).join(' · ')}</p>
<p class="muted summary">${escapeHtml(method(result))}</p>
<p class="legend"><span class="chips-label">Highlights</span> ${mark('entity', 'entity')} ${mark('date', 'date')} ${mark('number', 'number')} <span class="muted">shared by a cluster's documents (a single document's key evidence)</span></p>
</header>`;
}

function problemsSection(problems: ReportOptions['problems']): string {
  if (problems === undefined || problems.length === 0) return '';
  const items = problems.map((p) => `<li><code>${escapeHtml(`${p.file}${p.line === undefined ? '' : `:${p.line}`}`)}</code> ${escapeHtml(p.reason)}</li>`);
  return `<section id="skipped" aria-labelledby="skipped-title">
<h2 id="skipped-title">Skipped inputs (${problems.length})</h2>
<ul class="problems">${items.join('\n')}</ul>
</section>`;
}

function footer(result: ClusterResult, generator: string | undefined): string {
  const o = result.options;
  const model = o.model.trainedOn === undefined ? 'custom pair model' : `pair model: ${o.model.trainedOn}`;
  return `<footer>
<p>${escapeHtml(generator ?? 'event-clusters')} · reference date ${escapeHtml(o.referenceDate)} · ${escapeHtml(model)} · threshold ${o.threshold}${o.pooling ? ', pooled pass' : ''} · event dates more than ${o.maxEventGapDays} days apart conflict.</p>
</footer>`;
}

function evidenceJson(data: EvidenceData): string {
  return jsonForScript({ signals: data.signals, docs: data.docs, pairs: Object.fromEntries(data.pairs) });
}

/**
 * One self-contained HTML page (inline CSS and script, no external resource) showing a
 * clustering: a timeline of the clusters by event date, a card per cluster with its members'
 * snippets and the shared entities, dates and numbers highlighted, a similarity heatmap, and
 * each pair's evidence on hover or click. `documents` are the inputs that were clustered.
 */
export function renderReport(result: ClusterResult & EvidenceLookup, documents: readonly NewsDocumentInput[], options: ReportOptions = {}): string {
  const title = options.title ?? 'Event clusters';
  const order = reportOrder(result);
  const byId = views(result, documents, order, options);
  const numberOf = new Map([...byId.values()].map((v) => [v.summary.id, v.number]));
  const size = Math.min(order.length, options.maxHeatmapDocuments ?? MAX_HEATMAP_DOCUMENTS);
  const data = collectEvidence(result, order, size, (done) => options.onProgress?.('pairs', done, size));
  const cards = result.clusters.map((c) => clusterCard(c, c.members.map((m) => byId.get(m) as DocumentView), numberOf));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${header(result, title)}
${problemsSection(options.problems)}
${timeline(result.clusters)}
<section id="clusters" aria-labelledby="clusters-title">
<h2 id="clusters-title">Clusters</h2>
<div class="clusters">
${cards.join('\n')}
</div>
</section>
${heatmap(data, size)}
${footer(result, options.generator)}
</main>
<aside id="evidence" class="evidence" hidden aria-live="polite"></aside>
<script type="application/json" id="evidence-data">${evidenceJson(data)}</script>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}
