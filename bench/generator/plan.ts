import { dayOf, type Day } from './calendar.js';
import { COUNTRIES, COUNTRY_WEIGHTS } from './countries.js';
import { acronym, firstName, lastName, placeName } from './names.js';
import type { Rng } from './random.js';
import { TOPICS, type EventFacts, type GenLang, type Person, type Spelled } from './types.js';
import type { Vocabulary } from './vocabulary.js';

/** An event to write about, and the language of each document that will report it. */
export interface EventPlan {
  facts: EventFacts;
  group: string;
  languages: GenLang[];
  /** One entry per document. */
  documentLanguages: GenLang[];
}

export interface PlanContext {
  rng: Rng;
  languages: readonly GenLang[];
  start: Day;
  spanDays: number;
  vocabulary: Vocabulary;
}

const CITIES_PER_COUNTRY = 6;
/** P(1 … 4 events in a group): the others in a group are same-topic distractors in the same week. */
const GROUP_SIZE_WEIGHTS = [0.3, 0.35, 0.22, 0.13];
/** P(1 … 6 documents per event). */
const DOCUMENT_WEIGHTS = [0.18, 0.24, 0.2, 0.16, 0.12, 0.1];
/** P(1 … 3 languages per event), capped by the documents and the languages asked for. */
const LANGUAGE_WEIGHTS = [0.4, 0.35, 0.25];
const KEYWORDS = 6;
const KEYWORD_RANKS: readonly [number, number] = [300, 8000];

/** Events, in groups of one topic, one country and one week, until `documents` are planned. */
export function planEvents(documents: number, ctx: PlanContext): EventPlan[] {
  const cities = COUNTRIES.map(() => Array.from({ length: CITIES_PER_COUNTRY }, () => placeName(ctx.rng)));
  const figures = COUNTRIES.map((): CountryFigures => ({ leader: { first: firstName(ctx.rng), last: lastName(ctx.rng), role: 0 }, party: acronym(ctx.rng) }));
  const plans: EventPlan[] = [];
  let planned = 0;
  for (let g = 0; planned < documents; g++) {
    const group = planGroup(`g${g}`, ctx, { cities, figures }, plans.length, documents - planned);
    for (const plan of group) planned += plan.documentLanguages.length;
    plans.push(...group);
  }
  return plans;
}

interface CountryFigures {
  leader: Person;
  party: string;
}

interface World {
  cities: readonly Spelled[][];
  figures: readonly CountryFigures[];
}

function planGroup(group: string, ctx: PlanContext, world: World, firstIndex: number, remaining: number): EventPlan[] {
  const { cities } = world;
  const { rng } = ctx;
  const topic = rng.pick(TOPICS);
  const country = rng.weighted(COUNTRY_WEIGHTS);
  const anchor = ctx.start.n + rng.int(0, ctx.spanDays - 1);
  const offsets = rng.sample([0, 1, 2, 3, 4, 5, 6], rng.weighted(GROUP_SIZE_WEIGHTS) + 1);
  const homeCity = rng.pick(cities[country] ?? []);
  const used = new Set<number>();
  const plans: EventPlan[] = [];
  for (const offset of offsets) {
    if (remaining <= 0) break;
    const facts: EventFacts = {
      id: `ev${String(firstIndex + plans.length).padStart(6, '0')}`,
      topic,
      country,
      city: plans.length === 0 || rng.chance(0.4) ? homeCity : rng.pick(cities[country] ?? []),
      date: dayOf(anchor + offset),
      people: Array.from({ length: rng.int(2, 4) }, (): Person => ({ first: firstName(rng), last: lastName(rng), role: rng.int(0, 7) })),
      org: acronym(rng),
      counts: [distinct(rng, used, () => rng.logInt(10, 5000)), distinct(rng, used, () => rng.logInt(10, 400))],
      percent: distinct(rng, used, () => rng.int(11, 89)),
      keywords: Array.from({ length: KEYWORDS }, () => rng.int(...KEYWORD_RANKS)),
      ...(world.figures[country] as CountryFigures),
    };
    const plan = documentsFor(facts, group, ctx, remaining);
    remaining -= plan.documentLanguages.length;
    plans.push(plan);
  }
  return plans;
}

/** A number not yet used by another event of the group (distractors differ in their counts). */
function distinct(rng: Rng, used: Set<number>, draw: () => number): number {
  let value = draw();
  for (let tries = 0; used.has(value) && tries < 20; tries++) value = draw();
  used.add(value);
  return value;
}

function documentsFor(facts: EventFacts, group: string, ctx: PlanContext, remaining: number): EventPlan {
  const { rng } = ctx;
  const count = Math.min(remaining, rng.weighted(DOCUMENT_WEIGHTS) + 1);
  const languageCount = Math.min(count, ctx.languages.length, rng.weighted(LANGUAGE_WEIGHTS) + 1);
  const languages = rng.sample(ctx.languages, languageCount);
  const documentLanguages = [...languages];
  while (documentLanguages.length < count) documentLanguages.push(rng.pick(languages));
  return { facts, group, languages: [...languages].sort(), documentLanguages: rng.shuffle(documentLanguages) };
}
