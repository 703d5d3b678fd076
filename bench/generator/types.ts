import type { Day } from './calendar.js';
import type { Rng } from './random.js';

export type GenLang = 'sv' | 'fr' | 'en';
export const GEN_LANGUAGES: readonly GenLang[] = ['sv', 'fr', 'en'];

export type TopicId = 'protest' | 'election' | 'flood' | 'earthquake' | 'strike' | 'trial' | 'wildfire' | 'summit' | 'crash' | 'outbreak';
export const TOPICS: readonly TopicId[] = ['protest', 'election', 'flood', 'earthquake', 'strike', 'trial', 'wildfire', 'summit', 'crash', 'outbreak'];

export interface GenerateOptions {
  /** Number of documents to produce (exactly). */
  documents: number;
  /** PRNG seed; the same seed and options give the same corpus. Default 1. */
  seed?: number;
  /** Languages to write in. Default all three. */
  languages?: readonly GenLang[];
  /** First possible event day, `YYYY-MM-DD`. Default 2023-01-02. */
  startDate?: string;
  /**
   * Event days are spread over this many days. Default: the documents ÷ `documentsPerDay`
   * (at least a week), so that a larger corpus is a longer stretch of the same news stream.
   */
  spanDays?: number;
  /** Density of the stream when `spanDays` is not given. Default 100 documents a day. */
  documentsPerDay?: number;
}

export interface GeneratedDocument {
  id: string;
  lang: GenLang;
  text: string;
  /** ISO 8601 timestamp, 0–3 days after the event. */
  publishedAt: string;
}

/** One planted event: the ground truth behind a set of documents. */
export interface PlannedEvent {
  id: string;
  /** Events of one group share topic, country and week (each is a distractor for the others). */
  group: string;
  topic: TopicId;
  /** Country in English. */
  country: string;
  /** Event day, `YYYY-MM-DD`. */
  date: string;
  /** Languages its documents are written in (each has at least one document). */
  languages: GenLang[];
  documents: string[];
}

export interface GeneratedCorpus {
  documents: GeneratedDocument[];
  /** Document id → event id. */
  gold: Map<string, string>;
  events: PlannedEvent[];
}

/** A name written in each language (transliteration variants: Mukhtar / Moukhtar / Muchtar). */
export type Spelled = Readonly<Record<GenLang, string>>;

export interface Person {
  first: Spelled;
  last: Spelled;
  /** Index into the language kit's roles. */
  role: number;
}

/** Everything a document of an event may mention. */
export interface EventFacts {
  id: string;
  topic: TopicId;
  country: number;
  city: Spelled;
  date: Day;
  people: Person[];
  org: string;
  /** Main and secondary counts, and a share in percent. */
  counts: [number, number];
  percent: number;
  /** Concept ids of words that reports of this event keep using. */
  keywords: number[];
  /** The country's recurring figures, named in background sentences of every event there. */
  leader: Person;
  party: string;
}

export interface TopicWords {
  /** Nouns (with the article the language's templates expect). */
  nouns: readonly string[];
  /** Plural nouns counted by the event's numbers (`protesters`, `personer`). */
  units: readonly string[];
  /** Past participles / predicates for headlines (`detained`, `gripna`). */
  outcomes: readonly string[];
}

export interface Templates {
  headline: readonly string[];
  lead: readonly string[];
  event: readonly string[];
  quote: readonly string[];
  filler: readonly string[];
  quoteClause: readonly string[];
}

/** How one language writes: data for templates, dates, numbers and word shapes. */
export interface LanguageKit {
  code: GenLang;
  months: readonly string[];
  /** Sunday first. */
  weekdays: readonly string[];
  wordShape: { onsets: readonly string[]; nuclei: readonly string[]; codas: readonly string[]; endings: readonly string[] };
  roles: readonly string[];
  /** Organisations named in background sentences of any event of a topic (Red Cross, WHO…). */
  organisations: Readonly<Record<TopicId, readonly string[]>>;
  topics: Readonly<Record<TopicId, TopicWords>>;
  templates: Templates;
  /** Page furniture lines (share buttons, newsletter notices). */
  furniture: readonly string[];
  trailerHeading: string;
  formatCount(n: number): string;
  formatPercent(n: number, rng: Rng): string;
  /** The event day as written in running text, preposition included; `published` anchors `yesterday`/weekdays. */
  eventDate(date: Day, published: Day, rng: Rng): string;
  /** Some other, earlier day, with its year. */
  otherDate(date: Day, rng: Rng): string;
  /** Opening dateline, e.g. `ALMATY, Feb 23 (Reuters) –`. */
  dateline(city: string, published: Day, rng: Rng): string;
  publishedStamp(published: Day): string;
  genitive(name: string): string;
  /** Final clean-up of one sentence (French contractions, capitalisation). */
  polish(sentence: string): string;
}
