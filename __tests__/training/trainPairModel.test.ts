import { calibrationTable, clusterDocuments, corpusExamples, DEFAULT_PAIR_MODEL, evaluate, pairExamples, PAIR_INPUTS, trainPairModel, tuneThresholds, validateModel } from '../../src/index.js';
import { ClusteringError } from '../../src/errors.js';
import { readCorpus, REFERENCE_DATE } from '../helpers/corpus.js';

const options = { referenceDate: REFERENCE_DATE };
const dev = readCorpus('corpus/dev/documents.jsonl');
const gold = (docs: typeof dev) => new Map(docs.map((d) => [d.id, d.event]));
// Half of the dev corpus' events to train on, the other half held out (events in sorted order, alternately).
const events = [...new Set(dev.map((d) => d.event))].sort();
const trainEvents = new Set(events.filter((_, i) => i % 2 === 0));
const trainDocs = dev.filter((d) => trainEvents.has(d.event));
const heldOutDocs = dev.filter((d) => !trainEvents.has(d.event));

describe('corpusExamples and pairExamples', () => {
  test('give every document pair once, labelled by gold events, and pooled group pairs', () => {
    const n = trainDocs.length;
    const withGroups = corpusExamples(trainDocs, gold(trainDocs), options);
    const documents = withGroups.filter((e) => e.kind === 'document');
    expect(documents).toHaveLength((n * (n - 1)) / 2);
    expect(withGroups.some((e) => e.kind === 'group')).toBe(true);
    const positives = documents.filter((e) => e.label === 1).length;
    const expected = [...new Set(trainDocs.map((d) => d.event))].reduce((s, ev) => { const k = trainDocs.filter((d) => d.event === ev).length; return s + (k * (k - 1)) / 2; }, 0);
    expect(positives).toBe(expected);
    for (const e of withGroups) {
      expect(e.inputs).toHaveLength(PAIR_INPUTS.length);
      for (const x of e.inputs) expect(x >= 0 && x <= 1).toBe(true);
    }
    expect(corpusExamples(trainDocs, gold(trainDocs), { ...options, groups: false })).toEqual(documents);
  });

  test('rated pairs give their label; an unknown document or a label outside [0, 1] is a typed error', () => {
    const [a, b] = trainDocs as [(typeof dev)[number], (typeof dev)[number]];
    expect(pairExamples(trainDocs, [{ a: a.id, b: b.id, label: 1 }], options)[0]?.label).toBe(1);
    expect(() => pairExamples(trainDocs, [{ a: a.id, b: 'nobody', label: 1 }], options)).toThrow(ClusteringError);
    expect(() => pairExamples(trainDocs, [{ a: a.id, b: b.id, label: 2 }], options)).toThrow(ClusteringError);
    expect(() => corpusExamples(trainDocs, new Map(), options)).toThrow(ClusteringError);
  });
});

describe('trainPairModel', () => {
  const trained = trainPairModel([{ name: 'dev, half the events', examples: corpusExamples(trainDocs, gold(trainDocs), options) }], { threshold: 0.35, trainedOn: 'a test' });

  test('gives a valid model that clusters held-out events as well as a useful model must', () => {
    expect(validateModel(trained.model)).toBe(trained.model);
    expect(trained.model.trainedOn).toBe('a test');
    expect(trained.sets[0]?.positives).toBeGreaterThan(0);
    const result = clusterDocuments(heldOutDocs, { ...options, model: trained.model });
    expect(evaluate(result, gold(heldOutDocs)).bcubed.f1).toBeGreaterThan(0.8);
  });

  test('is calibrated on held-out events: the more probable a bin, the more same-event pairs in it', () => {
    const heldOut = corpusExamples(heldOutDocs, gold(heldOutDocs), { ...options, groups: false });
    const bins = calibrationTable(trained.model, heldOut, 5);
    expect(bins.reduce((s, b) => s + b.pairs, 0)).toBe(heldOut.length);
    const low = bins[0];
    const high = bins[bins.length - 1];
    expect(low?.from).toBe(0);
    expect(low?.observed).toBeLessThan(0.1);
    expect(high?.observed).toBeGreaterThan(0.6);
    // Expected calibration error: the pair-weighted gap between predicted and observed.
    const ece = bins.reduce((s, b) => s + b.pairs * Math.abs(b.predicted - b.observed), 0) / heldOut.length;
    expect(ece).toBeLessThan(0.05);
  });

  test('left-out inputs get no coefficient; a set weight moves the fit; bad examples are refused', () => {
    const examples = corpusExamples(trainDocs, gold(trainDocs), { ...options, groups: false });
    const without = trainPairModel([{ name: 'x', examples }], { exclude: ['entities', 'rarestName'] }).model;
    expect(without.coefficients.entities).toBeUndefined();
    expect(without.coefficients.rarestName).toBeUndefined();
    const flipped = examples.map((e) => ({ ...e, label: 1 - e.label }));
    const mostlyRight = trainPairModel([{ name: 'right', examples, weight: 10 }, { name: 'flipped', examples: flipped, weight: 1 }]).model;
    expect(mostlyRight.coefficients.entities ?? 0).toBeGreaterThan(0);
    expect(() => trainPairModel([{ name: 'short', examples: [{ inputs: [1], label: 1, kind: 'document' }] }])).toThrow(ClusteringError);
    expect(() => trainPairModel([])).toThrow(ClusteringError);
  });

  test('tuneThresholds picks the grid point with the best mean BCubed F1', () => {
    const { model, rows } = tuneThresholds(trained.model, [{ name: 'held out', documents: heldOutDocs, gold: gold(heldOutDocs) }], { ...options, thresholds: [0.2, 0.5], poolThresholds: [0.5, 0.9] });
    expect(rows).toHaveLength(4);
    const best = Math.max(...rows.map((r) => r.mean));
    expect(rows.find((r) => r.threshold === model.threshold && r.poolThreshold === model.poolThreshold)?.mean).toBe(best);
  });

  test('the shipped model says where it comes from', () => {
    expect(DEFAULT_PAIR_MODEL.trainedOn).toMatch(/npm run train/u);
  });
});
