/**
 * Labelled pair inputs to train a pair model on, from a labelled corpus (documents and their gold
 * events: every pair of documents, and pairs of pooled groups) or from rated pairs (SemEval-style:
 * two documents and whether they report one event). The inputs are computed exactly as clustering
 * computes them (same analysis, same collection statistics, same pair inputs), over the
 * documents given as one collection.
 */
import { collectionFeatures } from '../analyzeCollection.js';
import type { DocumentFeatures } from '../features/collection.js';
import { ClusteringError } from '../errors.js';
import type { LanguageProfile } from '../languages/types.js';
import { pairInputs, PAIR_INPUTS, type PairSide } from '../similarity/pairInputs.js';
import { poolSides } from '../similarity/pooledSide.js';
import type { DocumentInput } from '../types.js';

export interface PairExample {
  /** The pair's inputs, in `PAIR_INPUTS` order. */
  inputs: number[];
  /** 1 = the same event, 0 = different events (a value between: a soft label). */
  label: number;
  /** `document` pair, or `group` pair (pooled members). */
  kind: 'document' | 'group';
}

export interface ExampleOptions {
  /** "Now" for weekday years, as in `clusterDocuments` (pass it: results then do not depend on the day). */
  referenceDate: string;
  /** Language profiles, as in `clusterDocuments`. */
  languages?: readonly (string | LanguageProfile)[];
}

export interface CorpusExampleOptions extends ExampleOptions {
  /**
   * Also pairs of groups: each event's documents of one language pooled, compared with every
   * such group of another language (where at least one side has two or more documents): what the
   * pooled pass compares. Default true.
   */
  groups?: boolean;
}

function featuresOf(documents: readonly DocumentInput[], options: ExampleOptions): { features: DocumentFeatures[]; entityDf: Int32Array } {
  const { model, features } = collectionFeatures(documents, { referenceDate: options.referenceDate, languages: options.languages });
  return { features, entityDf: model.entities.df.table };
}

const inputsOf = (a: PairSide, b: PairSide, entityDf: Int32Array): number[] => Array.from(pairInputs(a, b, { entityDf }, new Float64Array(PAIR_INPUTS.length)));

function goldOf(gold: ReadonlyMap<string, string>, id: string): string {
  const event = gold.get(id);
  if (event === undefined) throw new ClusteringError('UNKNOWN_DOCUMENT', 'this document has no gold event: every document of a training corpus needs one', { documentId: id });
  return event;
}

/** Every pair of the corpus' documents, labelled by their gold events; with `groups`, pooled group pairs too. */
export function corpusExamples(documents: readonly DocumentInput[], gold: ReadonlyMap<string, string>, options: CorpusExampleOptions): PairExample[] {
  const { features, entityDf } = featuresOf(documents, options);
  const events = features.map((f) => goldOf(gold, f.id));
  const examples: PairExample[] = [];
  for (let i = 0; i < features.length; i++) {
    for (let j = i + 1; j < features.length; j++) examples.push({ inputs: inputsOf(features[i] as DocumentFeatures, features[j] as DocumentFeatures, entityDf), label: events[i] === events[j] ? 1 : 0, kind: 'document' });
  }
  if (options.groups ?? true) examples.push(...groupExamples(features, events, entityDf));
  return examples;
}

/** Pairs of (event, language) groups of different languages (what the pooled pass compares), pooled, at least one of them of two or more documents. */
function groupExamples(features: readonly DocumentFeatures[], events: readonly string[], entityDf: Int32Array): PairExample[] {
  const groups = new Map<string, { event: string; members: DocumentFeatures[] }>();
  features.forEach((f, i) => {
    const key = `${events[i]}\u0000${f.lang}`;
    const group = groups.get(key) ?? { event: events[i] as string, members: [] };
    group.members.push(f);
    groups.set(key, group);
  });
  const list = [...groups.values()].map((g) => ({ event: g.event, size: g.members.length, side: poolSides(g.members) }));
  const examples: PairExample[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [x, y] = [list[i], list[j]] as [(typeof list)[number], (typeof list)[number]];
      if (x.size + y.size < 3 || x.side.lang === y.side.lang) continue;
      examples.push({ inputs: inputsOf(x.side, y.side, entityDf), label: x.event === y.event ? 1 : 0, kind: 'group' });
    }
  }
  return examples;
}

/** A rated pair: two documents' ids and the label (1 = the same event). */
export interface LabelledPair {
  a: string;
  b: string;
  label: number;
}

/** The given pairs of `documents` (analysed as one collection), with their labels. */
export function pairExamples(documents: readonly DocumentInput[], pairs: readonly LabelledPair[], options: ExampleOptions): PairExample[] {
  const { features, entityDf } = featuresOf(documents, options);
  const byId = new Map(features.map((f) => [f.id, f]));
  const find = (id: string): DocumentFeatures => {
    const f = byId.get(id);
    if (f === undefined) throw new ClusteringError('UNKNOWN_DOCUMENT', 'a labelled pair names a document that is not among the documents given', { documentId: id });
    return f;
  };
  return pairs.map((p) => {
    if (!(p.label >= 0 && p.label <= 1)) throw new ClusteringError('INVALID_INPUT', `a pair label must be a number from 0 to 1, got ${String(p.label)}`, { documentId: p.a });
    return { inputs: inputsOf(find(p.a), find(p.b), entityDf), label: p.label, kind: 'document' };
  });
}
