import { dayOf, type Day } from './calendar.js';
import { COUNTRIES } from './countries.js';
import type { Rng } from './random.js';
import type { EventFacts, LanguageKit, Person } from './types.js';
import type { Vocabulary } from './vocabulary.js';

/** Byte bounds of a generated document (UTF-8): news-length, 1 to 5 KB. */
export const MIN_BYTES = 1024;
export const MAX_BYTES = 5000;

export interface RenderInput {
  kit: LanguageKit;
  facts: EventFacts;
  vocabulary: Vocabulary;
  published: Day;
  rng: Rng;
  /** Headlines of other events, for a "related stories" trailer. */
  related: () => string;
}

/** Per-document state: which people were already introduced, which keywords this report uses. */
interface DocState extends RenderInput {
  introduced: Set<Person>;
  keywords: number[];
  lastPerson: Person | undefined;
  lastKeyword: number | undefined;
  /** The main count as this report gives it: early and late reports differ. */
  mainCount: number;
  /** Templates already written, so that a report does not repeat a sentence until it must. */
  used: Set<string>;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Writes one report of `facts`: headline, optional dateline, lead, body paragraphs, page furniture. */
export function renderDocument(input: RenderInput): string {
  const { rng, kit } = input;
  const keywords = input.facts.keywords.filter(() => rng.chance(0.7));
  const state: DocState = { ...input, introduced: new Set(), keywords: keywords.length >= 2 ? keywords : input.facts.keywords.slice(0, 2), lastPerson: undefined, lastKeyword: undefined, used: new Set(), mainCount: reportedCount(input) };
  const target = rng.int(MIN_BYTES + 100, MAX_BYTES - 300);
  const head = [sentence(state, fresh(state, kit.templates.headline)).replace(/\.$/u, '')];
  if (rng.chance(0.15)) head.push(kit.publishedStamp(input.published));
  const lead = sentence(state, fresh(state, kit.templates.lead));
  const paragraphs = [rng.chance(0.45) ? `${kit.dateline(input.facts.city[kit.code], input.published, rng)} ${lead}` : lead];
  paragraphs[0] += ` ${sentence(state, fresh(state, kit.templates.event))}`;
  const tail = trailer(state);
  const document = () => [head.join('\n'), ...paragraphs].join('\n\n') + tail;
  let size = bytes(document());
  while (size < target) {
    const block = [...(rng.chance(0.08) ? [rng.pick(kit.furniture)] : []), bodyParagraph(state)];
    const added = bytes(block.join('\n\n')) + 2;
    if (size + added > MAX_BYTES) break;
    paragraphs.push(...block);
    size += added;
  }
  return document();
}

/** A quarter of reports give an updated (higher) main count, as later reports of a toll do. */
function reportedCount(input: RenderInput): number {
  const count = input.facts.counts[0];
  return input.rng.chance(0.25) ? Math.round(count * (1.1 + 0.5 * input.rng.next())) : count;
}

/** A headline for `input.facts` (used for other events in "related stories" trailers). */
export function renderHeadline(input: RenderInput): string {
  const state: DocState = { ...input, introduced: new Set(), keywords: input.facts.keywords, lastPerson: undefined, lastKeyword: undefined, used: new Set(), mainCount: input.facts.counts[0] };
  return sentence(state, input.rng.pick(input.kit.templates.headline));
}

function bodyParagraph(state: DocState): string {
  const { rng, kit } = state;
  const out: string[] = [];
  for (let i = rng.int(2, 4); i > 0; i--) {
    const kind = rng.weighted([0.4, 0.12, 0.48]);
    const templates = kind === 0 ? kit.templates.event : kind === 1 ? kit.templates.quote : kit.templates.filler;
    out.push(sentence(state, fresh(state, templates)));
  }
  return out.join(' ');
}

function trailer(state: DocState): string {
  if (!state.rng.chance(0.1)) return '';
  return `\n\n${state.kit.trailerHeading}\n${state.related()}\n${state.related()}`;
}

/** A template of `pool` not yet used in this document (any, once all were used). */
function fresh(state: DocState, pool: readonly string[]): string {
  const unused = pool.filter((t) => !state.used.has(t));
  const template = state.rng.pick(unused.length > 0 ? unused : pool);
  state.used.add(template);
  return template;
}

/** Fills a template's slots and polishes the result. */
function sentence(state: DocState, template: string): string {
  state.lastPerson = undefined;
  state.lastKeyword = undefined;
  return state.kit.polish(fill(state, template));
}

function fill(state: DocState, template: string): string {
  return template.replace(/\{([A-Z0-9]+)\}/gu, (_, slot: string) => slotValue(state, slot));
}

function person(state: DocState): string {
  const { rng, facts, kit } = state;
  let p = rng.chance(0.5) ? (facts.people[0] as Person) : rng.pick(facts.people);
  if (p === state.lastPerson) p = facts.people.find((q) => q !== p) ?? p;
  state.lastPerson = p;
  const known = state.introduced.has(p);
  state.introduced.add(p);
  return known && rng.chance(0.8) ? p.last[kit.code] : `${p.first[kit.code]} ${p.last[kit.code]}`;
}

function keyword(state: DocState): number {
  let k = state.rng.pick(state.keywords);
  if (k === state.lastKeyword) k = state.keywords.find((q) => q !== k) ?? k;
  state.lastKeyword = k;
  return k;
}

function slotValue(state: DocState, slot: string): string {
  const { rng, facts, kit, vocabulary } = state;
  const topic = kit.topics[facts.topic];
  switch (slot) {
    case 'P': return person(state);
    case 'PG': return kit.genitive(person(state));
    case 'ROLE': return kit.roles[(state.lastPerson ?? facts.people[0])?.role ?? 0] ?? '';
    case 'ORG': return facts.org;
    case 'CITY': return facts.city[kit.code];
    case 'COUNTRY': return COUNTRIES[facts.country]?.[kit.code] ?? '';
    case 'DATE': return kit.eventDate(facts.date, state.published, rng);
    case 'XDATE': return kit.otherDate(earlierDay(facts.date, rng), rng);
    case 'N': return kit.formatCount(state.mainCount);
    case 'N2': return kit.formatCount(facts.counts[1]);
    case 'U': return topic.units[0] ?? '';
    case 'U2': return topic.units[1] ?? '';
    case 'PCT': return kit.formatPercent(facts.percent, rng);
    case 'T': return topic.nouns[rng.chance(0.5) ? 0 : rng.int(0, topic.nouns.length - 1)] ?? '';
    case 'O': return rng.pick(topic.outcomes);
    case 'K': return vocabulary.word(keyword(state), kit.code);
    case 'W': return vocabulary.word(vocabulary.draw(rng), kit.code);
    case 'M': return kit.formatCount(rng.int(10, 999));
    case 'LEADER': return `${facts.leader.first[kit.code]} ${facts.leader.last[kit.code]}`;
    case 'PARTY': return facts.party;
    case 'NGO': return rng.pick(kit.organisations[facts.topic]);
    case 'Q': return fill(state, rng.pick(kit.templates.quoteClause));
    default: throw new Error(`unknown template slot {${slot}}`);
  }
}

/** A day one to six years before `date` (background: "the last such protest, on 3 March 2019"). */
function earlierDay(date: Day, rng: Rng): Day {
  return dayOf(date.n - rng.int(365, 6 * 365));
}
