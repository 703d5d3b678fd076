import type { EventCluster } from '../../types.js';
import { escapeHtml } from '../escapeHtml.js';
import { plural } from '../markup.js';

const DAY_MS = 86_400_000;
const LANES = 4;
/**
 * Labels closer than this share of the width go to different lanes. A label is at most 30 % of
 * the width (CSS `30cqw`) and is shifted left by `pos` of its width, so two in a lane never
 * overlap once their positions differ by 0.3 × (1 + gap), i.e. by more than 0.43.
 */
const MIN_GAP = 0.45;
/** With more dated clusters than this, labels show only the cluster id (full text on hover). */
const COMPACT_OVER = 8;
/** Lane gap of compact labels (a cluster id is a few per cent of the width). */
const COMPACT_GAP = 0.05;

function dayOf(iso: string): number | null {
  if (!/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}$/u.test(iso)) return null;
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) ? null : t / DAY_MS;
}

interface Placed {
  cluster: EventCluster;
  date: string;
  pos: number;
  lane: number;
}

/** Position in [0, 1] along the date range and a lane so that neighbouring labels do not collide. */
function place(clusters: readonly EventCluster[], minGap: number): Placed[] {
  const dated = clusters
    .map((cluster) => ({ cluster, day: dayOf(cluster.eventDate ?? '') }))
    .filter((c): c is { cluster: EventCluster; day: number } => c.day !== null)
    .sort((a, b) => a.day - b.day);
  const first = dated[0]?.day ?? 0;
  const span = (dated[dated.length - 1]?.day ?? 0) - first;
  const lastPos = new Array<number>(LANES).fill(-Infinity);
  return dated.map(({ cluster, day }) => {
    const pos = span === 0 ? 0.5 : (day - first) / span;
    const free = lastPos.findIndex((p) => pos - p >= minGap);
    const lane = free === -1 ? lastPos.indexOf(Math.min(...lastPos)) : free;
    lastPos[lane] = pos;
    return { cluster, date: cluster.eventDate ?? '', pos, lane };
  });
}

function item(p: Placed): string {
  const c = p.cluster;
  const title = `${c.id} · ${c.eventDate ?? ''} · ${c.label} · ${plural(c.members.length, 'document')}`;
  return `<li class="tl-item" style="--pos:${p.pos.toFixed(4)};--lane:${p.lane}">
<a href="#cluster-${escapeHtml(c.id)}" title="${escapeHtml(title)}"><span class="tl-dot" style="--size:${Math.min(6, c.members.length)}"></span><span class="tl-label"><span class="cid">${escapeHtml(c.id)}</span><span class="tl-text"> <b>${escapeHtml(p.date)}</b> ${escapeHtml(c.label)}</span></span></a>
</li>`;
}

/**
 * The clusters placed by estimated event date; undated clusters are listed after it. Many
 * clusters get compact labels (their id; date and label on hover or focus).
 */
export function timeline(clusters: readonly EventCluster[]): string {
  const dated = clusters.filter((c) => dayOf(c.eventDate ?? '') !== null).length;
  const compact = dated > COMPACT_OVER;
  const placed = place(clusters, compact ? COMPACT_GAP : MIN_GAP);
  const undated = clusters.filter((c) => dayOf(c.eventDate ?? '') === null);
  const lanes = Math.max(1, ...placed.map((p) => p.lane + 1));
  const axis = placed.length === 0 ? '' : `<div class="tl-axis"><span>${escapeHtml(placed[0]?.date ?? '')}</span><span>${escapeHtml(placed[placed.length - 1]?.date ?? '')}</span></div>`;
  const rest = undated.length === 0 ? '' : `<p class="muted">Without a full event date: ${undated.map((c) => `<a href="#cluster-${escapeHtml(c.id)}">${escapeHtml(c.id)}</a>${c.eventDate === null ? '' : ` (${escapeHtml(c.eventDate)})`}`).join(', ')}</p>`;
  return `<section id="timeline" aria-labelledby="timeline-title">
<h2 id="timeline-title">Timeline</h2>
<ol class="tl${compact ? ' compact' : ''}" style="--lanes:${lanes}">
${placed.map(item).join('\n')}
</ol>${axis}${rest}
</section>`;
}
