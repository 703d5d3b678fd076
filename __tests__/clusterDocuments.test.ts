import { clusterDocuments } from '../src/index.js';
import { partition, readCorpus, REFERENCE_DATE, shuffled } from './helpers/corpus.js';

const seeds = readCorpus();
const SV = '000_9f1e77a909bc5c5f';
const FR = '001_0fe65b89ff130b70';
const EXPECTED = [[SV, FR], ['002_e163b6b2ee537228'], ['003_c07559bca7f36c0e'], ['004_613cf9316ff160d9']];

describe('clusterDocuments on the bundled seed corpus', () => {
  const result = clusterDocuments(seeds, { referenceDate: REFERENCE_DATE });

  test('groups the Swedish and French Amnesty statements and keeps the three English events apart', () => {
    expect(partition(result.clusters)).toEqual(EXPECTED);
  });

  test('gives the same clusters for every input order (10 shuffles)', () => {
    for (let seed = 1; seed <= 10; seed++) {
      expect(partition(clusterDocuments(shuffled(seeds, seed), { referenceDate: REFERENCE_DATE }).clusters)).toEqual(EXPECTED);
    }
  });

  test('gives the same clusters with default options (reference date = now)', () => {
    expect(partition(clusterDocuments(seeds).clusters)).toEqual(EXPECTED);
  });

  test('explains the Amnesty cluster with the shared names, date and numbers', () => {
    const amnesty = result.clusters.find((c) => c.members.includes(SV));
    expect(amnesty).toBeDefined();
    expect(amnesty?.languages).toEqual(['fr', 'sv']);
    expect(amnesty?.eventDate).toBe('2020-02-22');
    expect(amnesty?.sharedEntities).toEqual(expect.arrayContaining(['Amnesty International', 'Almaty', 'Krivosheev']));
    expect(amnesty?.sharedDates).toContain('2020-02-22');
    expect(amnesty?.sharedNumbers).toEqual(expect.arrayContaining(['70', '23']));
    expect(amnesty?.label).toContain('Amnesty International');
    expect(amnesty?.links).toHaveLength(1);
    expect(amnesty?.cohesion).toBeGreaterThan(0.5);
  });

  test('estimates each event date from the text', () => {
    const dates = new Map(result.documents.map((d) => [d.id, d.eventDate]));
    expect(dates.get(FR)).toBe('2020-02-22');
    expect(dates.get(SV)).toBe('--02-22'); // "den 22 februari", no year printed and no publication date
    expect(dates.get('002_e163b6b2ee537228')).toBe('2021-04-18'); // "Sunday, April 18" → 2021 by weekday
    expect(dates.get('004_613cf9316ff160d9')).toBe('2019-06-09'); // the election day, not the 12 June dateline
  });

  test('answers with per-signal evidence for any pair', () => {
    const same = result.evidence(SV, FR);
    expect(same.signals.find((s) => s.signal === 'words')?.score).toBeNull(); // different languages
    expect(same.signals.find((s) => s.signal === 'entities')?.score).toBeGreaterThan(0.3);
    expect(same.sharedNumbers).toEqual(expect.arrayContaining(['70', '23']));
    const different = result.evidence('003_c07559bca7f36c0e', '004_613cf9316ff160d9');
    expect(different.dateConflict).toBe(true); // May 2018 against June 2019
    expect(different.score).toBeLessThan(same.score / 3);
  });

  test('writes the pair model score out as a sum: intercept plus each input contribution is the log-odds', () => {
    for (const [a, b] of [[SV, FR], ['002_e163b6b2ee537228', '004_613cf9316ff160d9']] as const) {
      const e = result.evidence(a, b);
      expect(e.intercept + e.inputs.reduce((s, x) => s + x.contribution, 0)).toBeCloseTo(e.logOdds, 12);
      expect(e.score).toBeCloseTo(1 / (1 + Math.exp(-e.logOdds)), 12);
      for (const x of e.inputs) expect(x.contribution).toBeCloseTo(x.coefficient * x.value, 12);
      // Each signal's contribution is the sum of its inputs'.
      for (const s of e.signals) expect(s.contribution).toBeCloseTo(e.inputs.filter((x) => x.signal === s.signal).reduce((t, x) => t + x.contribution, 0), 12);
    }
  });

  test('serialises as plain JSON data', () => {
    const json = JSON.parse(JSON.stringify(result)) as { clusters: unknown[] };
    expect(json.clusters).toHaveLength(4);
    expect(Object.keys(result)).toEqual(['clusters', 'documents', 'options']);
  });
});

describe('clusterDocuments with k-means', () => {
  test('finds the four seed events with k = 4', () => {
    const result = clusterDocuments(seeds, { algorithm: 'kmeans', k: 4, referenceDate: REFERENCE_DATE });
    expect(partition(result.clusters)).toEqual(EXPECTED);
  });

  test('is deterministic for a seed and returns k clusters at most', () => {
    const a = clusterDocuments(seeds, { algorithm: 'kmeans', k: 2, seed: 7, referenceDate: REFERENCE_DATE });
    const b = clusterDocuments(shuffled(seeds, 3), { algorithm: 'kmeans', k: 2, seed: 7, referenceDate: REFERENCE_DATE });
    expect(partition(a.clusters)).toEqual(partition(b.clusters));
    expect(a.clusters.length).toBeLessThanOrEqual(2);
    expect(a.clusters.flatMap((c) => c.members).sort()).toEqual(seeds.map((d) => d.id).sort());
  });
});
