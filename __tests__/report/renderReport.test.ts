import { renderReport } from '../../src/report/renderReport.js';
import { REPORT_SCRIPT } from '../../src/report/script.js';
import { REPORT_CSS } from '../../src/report/styles.js';
import { timeline } from '../../src/report/sections/timeline.js';
import type { EventCluster, NewsDocumentInput } from '../../src/types.js';
import { clusterSeeds, seedDocuments } from './corpus.js';

/** The page's tags (document text, always escaped, sits between them). */
function markupOnly(html: string): string[] {
  return [...html.matchAll(/<[^>]*>/gu)].map((m) => m[0]);
}

describe('renderReport on the seed corpus', () => {
  const documents = seedDocuments();
  const html = renderReport(clusterSeeds(documents), documents);

  test('is one self-contained page: no external script, style, image, font or link', () => {
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link[^>]*\shref=|<img[^>]*\ssrc=|@import|url\(/iu);
    for (const tag of markupOnly(html)) expect(tag).not.toMatch(/https?:\/\//iu);
    expect(REPORT_CSS + REPORT_SCRIPT).not.toMatch(/https?:|\/\/[a-z]/iu);
  });

  test('has a card per cluster, a timeline item per dated cluster and a heatmap cell per pair', () => {
    expect(html.match(/<article class="cluster"/gu)).toHaveLength(4);
    expect(html.match(/<li class="tl-item"/gu)).toHaveLength(4);
    expect(html.match(/<td class="cell[^"]*"[^>]*data-pair=/gu)).toHaveLength(5 * 4);
  });

  test('highlights the shared entities, dates and numbers in both members of the Almaty cluster', () => {
    const card = /<article class="cluster" id="cluster-c1"[^]*?<\/article>/u.exec(html)?.[0] ?? '';
    const marks = [...card.matchAll(/<mark class="hl hl-(?<kind>[a-z]+)"[^>]*>(?<text>[^<]*)<\/mark>/gu)].map((m) => `${m.groups?.kind}:${m.groups?.text}`);
    expect(marks).toEqual(expect.arrayContaining(['entity:Almaty', 'entity:Amnesty International', 'number:70', 'date:2020-02-22']));
    const members = card.split('<li class="member"').slice(1);
    expect(members).toHaveLength(2);
    for (const member of members) expect(member).toMatch(/<p class="snippet">[^]*<mark class="hl hl-entity"/u);
  });

  test('embeds the evidence of every pair as inert JSON', () => {
    const json = /<script type="application\/json" id="evidence-data">(?<json>[^<]*)<\/script>/u.exec(html)?.groups?.json ?? '';
    const data = JSON.parse(json) as { pairs: Record<string, { s: number; e: string[] }>; docs: unknown[] };
    expect(data.docs).toHaveLength(5);
    expect(Object.keys(data.pairs)).toHaveLength(10);
    expect(data.pairs['0-1']?.e).toContain('Almaty');
  });
});

describe('renderReport escapes everything that comes from the input', () => {
  const hostile: NewsDocumentInput[] = [
    { id: '<img src=x onerror=alert(1)>', text: 'Police arrested 70 people in Almaty. </script><script>alert("x")</script> See https://example.org/a?b=1&c=2', title: '"><b>bold</b>' },
    { id: 'b&b', text: 'In Almaty 70 people were arrested <!-- comment --> on 22 February 2020.' },
  ];
  const html = renderReport(clusterSeeds(hostile), hostile, { title: '<i>title</i>', problems: [{ file: '<evil>.txt', line: 2, reason: '"bad" & <worse>' }] });

  test('no markup from documents, ids, titles or file names survives', () => {
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).not.toContain('<!-- comment');
    expect(html).not.toContain('<i>title</i>');
    expect(html).not.toContain('<evil>');
    expect(html.match(/<script/gu)).toHaveLength(2);
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  test('a URL in a document stays text: it is never a link or a resource', () => {
    expect(html).not.toMatch(/href="https?:|src="https?:/u);
    expect(html).toContain('https://example.org/a?b=1&amp;c=2');
  });
});

describe('timeline', () => {
  const cluster = (id: string, eventDate: string | null): EventCluster => ({
    id, members: [id], languages: ['en'], eventDate, label: id, topTerms: [], sharedEntities: [], sharedDates: [], sharedNumbers: [], cohesion: 1, links: [],
  });

  test('places dated clusters between the first and last date, in lanes, and lists undated ones', () => {
    const html = timeline([cluster('c1', '2020-01-01'), cluster('c2', '2020-01-02'), cluster('c3', '2021-01-01'), cluster('c4', null), cluster('c5', '--02-22')]);
    const items = [...html.matchAll(/--pos:(?<pos>[0-9.]+);--lane:(?<lane>[0-9])/gu)].map((m) => [Number(m.groups?.pos), Number(m.groups?.lane)]);
    expect(items).toEqual([[0, 0], [expect.closeTo(0.0027, 3), 1], [1, 0]]);
    expect(html).toMatch(/Without a full event date: .*c4.*c5<\/a> \(--02-22\)/u);
  });
});
