/**
 * Public data types of the pipeline: what goes in (documents), what comes out (clusters,
 * explanations, evidence). Everything here is plain data, safe to `JSON.stringify`.
 */

/** A news document as a caller gives it. A bare string is given the id `"<index>"`. */
export interface NewsDocumentInput {
  /** Unique, non-empty identifier. */
  id: string;
  /** The article text (title may be part of it). */
  text: string;
  /** ISO 639-1 code (`sv`, `fr`, `en`, …). When absent the language is detected. */
  lang?: string;
  /** Headline, if known separately from the text. */
  title?: string;
  /** Publication date/time: ISO 8601 string or `Date`. Anchors "today", weekdays and years. */
  publishedAt?: string | Date;
}

export type DocumentInput = string | NewsDocumentInput;

/** How precise a date is: a whole day, a month (`mars 2019`) or a year (`in 2009`). */
export type DatePrecision = 'day' | 'month' | 'year';

/** Where the year of a date came from, when the text did not print it. */
export type YearSource = 'explicit' | 'publishedAt' | 'weekday' | 'documentYear' | 'none';

/** One date found in a text, with the rule that produced it (cf. chrono's tags). */
export interface DateMention {
  /**
   * `YYYY-MM-DD`, `YYYY-MM` or `YYYY` according to `precision`; `--MM-DD` (ISO 8601's yearless
   * form) when the text gave no year and nothing in it or in `publishedAt` implied one.
   */
  value: string;
  precision: DatePrecision;
  /** The text that was matched. */
  text: string;
  /** Offset of the match in the normalised document text. */
  index: number;
  /** Name of the pattern that matched, e.g. `en/month-day-year`, `relative/today`. */
  rule: string;
  /** Which parts were printed in the text (the rest were implied). */
  explicit: { year: boolean; month: boolean; day: boolean; weekday: boolean };
  /** How the year was decided. */
  yearSource: YearSource;
  /** Looks like a dateline or publication stamp (`Published on 12 Jun 2019`, `BISHKEK (12 June 2019)`). */
  dateline: boolean;
}

/** A named entity mention grouped under a canonical key. */
export interface EntityMention {
  /** Canonical, folded key (`amnesty international`). */
  key: string;
  /** Surface form as written (`Amnesty Internationals`). */
  text: string;
  kind: 'name' | 'acronym' | 'name-part';
  count: number;
}

/** A salient count (`70`, `1000`, `45%`), language independent. */
export interface NumberMention {
  key: string;
  text: string;
  count: number;
}

/** The similarity signals the pair model reads (each through one or more inputs). */
export type SignalName = 'words' | 'ngrams' | 'entities' | 'dates' | 'numbers';

import type { PairInputName } from './similarity/pairInputs.js';

export const SIGNAL_NAMES: readonly SignalName[] = ['words', 'ngrams', 'entities', 'dates', 'numbers'];

/** One signal's part in a pair score: its headline score and the sum of its inputs' contributions. */
export interface SignalContribution {
  signal: SignalName;
  /** The signal's similarity (cosine or overlap, 0–1); null when a side has nothing to compare. */
  score: number | null;
  /** Σ of its inputs' contributions to the log-odds. */
  contribution: number;
}

/** One input of the pair model (see `PAIR_INPUTS`): its value for the pair and its part in the log-odds. */
export interface InputContribution {
  input: PairInputName;
  /** The signal it reads, or `context` (language, text length, group size). */
  signal: SignalName | 'context';
  value: number;
  coefficient: number;
  /** coefficient × value. */
  contribution: number;
}

/** A shared name, date or number of a pooled link, with the members of each side that have it. */
export interface PooledSource {
  kind: 'name' | 'date' | 'number';
  value: string;
  a: string[];
  b: string[];
}

/**
 * Why two documents are (or are not) the same event: the pair model's sum written out. For a
 * link between two groups (the pooled pass), `a` and `b` are each group's first member and
 * `pooled` says which members' evidence made the link.
 */
export interface PairEvidence {
  a: string;
  b: string;
  /** Probability that the two report the same event: 1 / (1 + e^−logOdds); 0 when not `comparable`. */
  score: number;
  /** False when either side has no text: nothing to compare, and the pair is never linked. */
  comparable: boolean;
  /** intercept + Σ inputs' contributions. */
  logOdds: number;
  intercept: number;
  signals: SignalContribution[];
  inputs: InputContribution[];
  /** True when the event dates are further apart than `maxEventGapDays`. */
  dateConflict: boolean;
  /** Days between the two event spans (0 when they meet); null when either is unknown. */
  eventGapDays: number | null;
  sharedEntities: string[];
  sharedDates: string[];
  sharedNumbers: string[];
  /** For a link between groups: their members, and who has each shared name, date and number. */
  pooled?: { a: string[]; b: string[]; sources: PooledSource[] };
}

/** What the pipeline decided about one document. */
export interface DocumentSummary {
  id: string;
  /** Language profile used (`und` for the language-neutral profile). */
  lang: string;
  /** How `lang` was decided. */
  langSource: 'given' | 'detected' | 'fallback';
  title: string;
  /** Estimated date of the event the document reports (`YYYY-MM-DD`), or null. */
  eventDate: string | null;
  /** Set when the document had no usable text (it then forms its own cluster). */
  note?: string;
}

/** One group of documents judged to report the same event, with its explanation. */
export interface EventCluster {
  /** Stable within a result: `c1`, `c2`, … ordered by size then first member id. */
  id: string;
  /** Member document ids, sorted. */
  members: string[];
  languages: string[];
  /** Most supported event date among members (`YYYY-MM-DD`), or null. */
  eventDate: string | null;
  /** Short human label built from shared entities, the event date and top terms. */
  label: string;
  topTerms: string[];
  /** Entities found in at least two members (or in the only member), most specific first. */
  sharedEntities: string[];
  sharedDates: string[];
  sharedNumbers: string[];
  /** Mean pair probability over member pairs (1 for a singleton). */
  cohesion: number;
  /** The evidence behind each link that joined this cluster: one per merge of documents, then one per pooled merge of groups. */
  links: PairEvidence[];
}

export interface ClusterResult {
  clusters: EventCluster[];
  documents: DocumentSummary[];
  /** The options actually used, defaults filled in. */
  options: import('./options.js').ResolvedClusterOptions;
}
