import { escapeHtml } from '../escapeHtml.js';
import { score } from '../markup.js';
import { pairKey, type EvidenceData } from '../pairData.js';

/** Heatmaps this small get a tab stop per cell; larger ones are reached through the cards. */
const FOCUSABLE_CELLS = 15;

function header(doc: EvidenceData['docs'][number], i: number, scope: 'col' | 'row'): string {
  return `<th scope="${scope}" title="${escapeHtml(`#${i + 1} ${doc.id} (${doc.cluster}) ${doc.title}`)}">${i + 1}</th>`;
}

function cell(data: EvidenceData, i: number, j: number, focusable: boolean): string {
  const edges = [i > 0 && data.docs[i - 1]?.cluster !== data.docs[i]?.cluster ? 'edge-t' : '', j > 0 && data.docs[j - 1]?.cluster !== data.docs[j]?.cluster ? 'edge-l' : ''].filter((c) => c !== '');
  if (i === j) return `<td class="${['cell', 'self', ...edges].join(' ')}" title="#${i + 1}"></td>`;
  const pair = data.pairs.get(pairKey(i, j));
  const s = pair?.s ?? 0;
  const same = data.docs[i]?.cluster === data.docs[j]?.cluster ? ' same' : '';
  return `<td class="${['cell', ...edges].join(' ')}${same}" style="--s:${s.toFixed(3)}" data-pair="${pairKey(i, j)}" title="#${i + 1} × #${j + 1}: ${score(s)}"${focusable ? ' tabindex="0"' : ''}></td>`;
}

/**
 * The document-by-document similarity matrix, documents in cluster order (so clusters show as
 * blocks on the diagonal, outlined), the colour of a cell the pair's probability of one event; hover or click a cell
 * for the evidence behind it.
 */
export function heatmap(data: EvidenceData, size: number): string {
  const focusable = size <= FOCUSABLE_CELLS;
  const docs = data.docs.slice(0, size);
  const head = `<tr><th></th>${docs.map((d, i) => header(d, i, 'col')).join('')}</tr>`;
  const rows = docs.map((d, i) => `<tr>${header(d, i, 'row')}${docs.map((_, j) => cell(data, i, j, focusable)).join('')}</tr>`);
  const omitted = data.docs.length - size;
  const note = omitted > 0 ? `<p class="muted">Showing the first ${size} documents in cluster order; ${omitted} more are not in the heatmap.</p>` : '';
  return `<section id="heatmap" aria-labelledby="heatmap-title">
<h2 id="heatmap-title">Similarity heatmap</h2>
<p class="muted">Probability that each pair of documents reports one event (numbers as in the cards), clusters outlined. Hover or click a cell for its evidence.</p>
<div class="heat-legend"><span>0</span><span class="ramp"></span><span>1</span></div>
<div class="heatmap-wrap"><table class="heatmap" style="--n:${size + 1}">
<thead>${head}</thead>
<tbody>${rows.join('\n')}</tbody>
</table></div>${note}
</section>`;
}
