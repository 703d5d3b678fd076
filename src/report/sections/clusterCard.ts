import type { EventCluster } from '../../types.js';
import type { DocumentView } from '../documentView.js';
import { escapeHtml } from '../escapeHtml.js';
import { highlighted, mark, plural, score } from '../markup.js';
import { pairKey } from '../pairData.js';

/** The shared evidence as chips, in the same colours as the highlights in the snippets. */
function evidenceChips(cluster: EventCluster): string {
  const chips = [
    ...cluster.sharedEntities.map((e) => mark(e, 'entity')),
    ...cluster.sharedDates.map((d) => mark(d, 'date')),
    ...cluster.sharedNumbers.map((n) => mark(n, 'number')),
  ];
  if (chips.length === 0) return '<p class="muted">No shared entities, dates or numbers.</p>';
  const heading = cluster.members.length > 1 ? 'Shared evidence' : 'Key evidence';
  return `<div class="chips"><span class="chips-label">${heading}</span> ${chips.join(' ')}</div>`;
}

function member(view: DocumentView): string {
  const { summary, snippet, full } = view;
  const meta = [summary.lang, view.publishedAt === null ? null : `published ${view.publishedAt}`, summary.eventDate === null ? null : `event ${summary.eventDate}`]
    .filter((m): m is string => m !== null)
    .map((m) => `<span>${escapeHtml(m)}</span>`)
    .join('');
  const note = summary.note === undefined ? '' : `<p class="note">${escapeHtml(summary.note)}</p>`;
  const more = full.text.length > snippet.text.length
    ? `<details><summary>Full text${full.truncated ? ' (first part)' : ''}</summary><div class="fulltext">${highlighted(full.text, full.spans)}</div></details>`
    : '';
  return `<li class="member" id="doc-${view.number}">
<div class="member-head"><span class="num">#${view.number}</span> <code class="docid">${escapeHtml(summary.id)}</code> <span class="meta">${meta}</span></div>
<div class="doc-title">${escapeHtml(summary.title)}</div>${note}
<p class="snippet">${snippet.cutStart ? '… ' : ''}${highlighted(snippet.text, snippet.spans)}${snippet.cutEnd ? ' …' : ''}</p>${more}
</li>`;
}

/** Buttons showing the evidence of each link that joined the cluster (hover or click). */
function links(cluster: EventCluster, numberOf: ReadonlyMap<string, number>): string {
  if (cluster.links.length === 0) return '';
  const buttons = cluster.links.map((link) => {
    const [a, b] = [numberOf.get(link.a) ?? 0, numberOf.get(link.b) ?? 0];
    return `<button type="button" class="pair" data-pair="${pairKey(a - 1, b - 1)}">#${a} ↔ #${b} <b>${score(link.score)}</b></button>`;
  });
  return `<div class="links"><span class="chips-label">Links</span> ${buttons.join(' ')}</div>`;
}

/** One card per cluster: label, languages, event date, cohesion, shared evidence, members. */
export function clusterCard(cluster: EventCluster, members: readonly DocumentView[], numberOf: ReadonlyMap<string, number>): string {
  const langs = cluster.languages.map((l) => `<span class="lang">${escapeHtml(l)}</span>`).join(' ');
  return `<article class="cluster" id="cluster-${escapeHtml(cluster.id)}" data-cluster="${escapeHtml(cluster.id)}">
<header class="cluster-head">
<h3><span class="cid">${escapeHtml(cluster.id)}</span> ${escapeHtml(cluster.label)}</h3>
<dl class="facts">
<div><dt>Event date</dt><dd>${escapeHtml(cluster.eventDate ?? 'unknown')}</dd></div>
<div><dt>Languages</dt><dd>${langs}</dd></div>
<div><dt>Size</dt><dd>${plural(cluster.members.length, 'document')}</dd></div>
<div><dt>Cohesion</dt><dd>${score(cluster.cohesion)}</dd></div>
</dl>
</header>
${evidenceChips(cluster)}
${links(cluster, numberOf)}
<ol class="members">
${members.map(member).join('\n')}
</ol>
</article>`;
}
