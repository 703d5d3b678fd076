import { clusterDocuments, ClusteringError, EventClusterer } from '../../src/index.js';
import { partition, readCorpus, REFERENCE_DATE, shuffled } from '../helpers/corpus.js';

const dev = readCorpus('corpus/dev/documents.jsonl');
const seeds = readCorpus();
const options = { referenceDate: REFERENCE_DATE };

describe('EventClusterer', () => {
  test('one document at a time gives the same clusters as one batch (dev corpus, window wide enough)', () => {
    const batch = partition(clusterDocuments(dev, options).clusters);
    const stream = new EventClusterer({ ...options, windowDays: 100_000 });
    for (const doc of shuffled(dev, 5)) stream.add([doc]);
    expect(partition(stream.clusters().clusters)).toEqual(batch);
  });

  test('keeps cluster ids stable when documents are added', () => {
    const stream = new EventClusterer({ ...options, windowDays: 100_000 });
    stream.add(seeds.slice(0, 4));
    const before = new Map(stream.clusters().clusters.map((c) => [c.members[0], c.id]));
    stream.add(seeds.slice(4));
    const after = stream.clusters().clusters;
    for (const cluster of after) {
      const old = before.get(cluster.members[0] ?? '');
      if (old !== undefined) expect(cluster.id).toBe(old);
    }
    expect(new Set(after.map((c) => c.id)).size).toBe(after.length);
  });

  test('removes documents and forgets them', () => {
    const stream = new EventClusterer({ ...options, windowDays: 100_000 });
    stream.add(seeds);
    expect(stream.remove('001_0fe65b89ff130b70')).toBe(true);
    expect(stream.remove('001_0fe65b89ff130b70')).toBe(false);
    const members = stream.clusters().clusters.flatMap((c) => c.members);
    expect(members).not.toContain('001_0fe65b89ff130b70');
    expect(members).toHaveLength(4);
  });

  test('lets documents older than the window leave the active pool', () => {
    const stream = new EventClusterer({ ...options, windowDays: 30 });
    const day = (id: string, date: string) => ({ id, text: `Flooding hit the town of Vexford on ${date}, officials said.`, lang: 'en', publishedAt: date });
    stream.add([day('old', '2024-01-01'), day('mid', '2024-03-01')]);
    expect(stream.size).toBe(1); // 'old' is 60 days behind 'mid'
    expect(stream.has('old')).toBe(false);
    stream.add([day('new', '2024-03-20')]);
    expect([...['mid', 'new']].every((id) => stream.has(id))).toBe(true);
  });

  test('refuses an id that is already active', () => {
    const stream = new EventClusterer(options);
    stream.add(seeds.slice(0, 1));
    expect(() => stream.add(seeds.slice(0, 1))).toThrow(ClusteringError);
  });

  test('persists and resumes with identical results', () => {
    const stream = new EventClusterer({ ...options, windowDays: 100_000 });
    stream.add(dev.slice(0, 30));
    const first = stream.clusters();
    const restored = EventClusterer.fromJSON(JSON.parse(JSON.stringify(stream.toJSON())));
    expect(restored.clusters().clusters.map((c) => [c.id, c.members])).toEqual(first.clusters.map((c) => [c.id, c.members]));
    stream.add(dev.slice(30));
    restored.add(dev.slice(30));
    expect(restored.clusters().clusters.map((c) => [c.id, c.members])).toEqual(stream.clusters().clusters.map((c) => [c.id, c.members]));
  });

  test('rejects a state that is not one', () => {
    expect(() => EventClusterer.fromJSON({ version: 2 } as never)).toThrow(ClusteringError);
  });
});
