/**
 * Deterministic generator of realistic multilingual news corpora with planted events, for the
 * scale benchmark and tests: `generateCorpus({ documents, seed, languages })`.
 *
 * Events come in groups that share topic, country and week (each event of a group is a
 * distractor for the others, differing in people, day and counts); each event is reported by 1–6
 * documents in 1–3 languages, written from per-language templates with real function words,
 * a Zipf-distributed synthetic content vocabulary, transliterated names, dates in each
 * language's style and language-formatted counts. See bench/README.md.
 *
 * CLI: `tsx bench/generate.ts --documents 1000 --seed 1 [--languages sv,fr,en] --out corpus.jsonl`
 */
import { createWriteStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { dayOf, isoDay, parseDay, type Day } from './generator/calendar.js';
import { COUNTRIES } from './generator/countries.js';
import { KITS, kitFor } from './generator/languages/index.js';
import { planEvents, type EventPlan } from './generator/plan.js';
import { hash32, Rng } from './generator/random.js';
import { renderDocument, renderHeadline } from './generator/render.js';
import { GEN_LANGUAGES, type GeneratedCorpus, type GeneratedDocument, type GenerateOptions, type GenLang, type PlannedEvent } from './generator/types.js';
import { buildVocabulary, type Vocabulary } from './generator/vocabulary.js';

export type { GeneratedCorpus, GeneratedDocument, GenerateOptions, GenLang, PlannedEvent } from './generator/types.js';
export { MAX_BYTES, MIN_BYTES } from './generator/render.js';

/** P(published 0, 1, 2, 3 days after the event). */
const PUBLICATION_DELAY_WEIGHTS = [0.3, 0.45, 0.15, 0.1];

/** Documents a day in the default stream: about what a multilingual event-clustering corpus holds (tens of sources). */
export const DEFAULT_DOCUMENTS_PER_DAY = 100;

function checkOptions(options: GenerateOptions): Required<GenerateOptions> {
  const { documents, seed = 1, languages = GEN_LANGUAGES, startDate = '2023-01-02', documentsPerDay = DEFAULT_DOCUMENTS_PER_DAY } = options;
  if (!(documentsPerDay > 0)) throw new RangeError(`documentsPerDay must be positive, got ${documentsPerDay}`);
  const spanDays = options.spanDays ?? Math.max(7, Math.ceil(documents / documentsPerDay));
  if (!Number.isInteger(documents) || documents < 0) throw new RangeError(`documents must be a non-negative integer, got ${documents}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (languages.length === 0 || languages.some((l) => !GEN_LANGUAGES.includes(l))) throw new RangeError(`languages must be a non-empty subset of ${GEN_LANGUAGES.join(', ')}`);
  if (!Number.isInteger(spanDays) || spanDays < 1) throw new RangeError(`spanDays must be a positive integer, got ${spanDays}`);
  return { documents, seed, languages: [...new Set(languages)], startDate, spanDays, documentsPerDay };
}

export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const o = checkOptions(options);
  const rng = new Rng(hash32(o.seed, 0x5eed));
  const vocabulary = buildVocabulary(o.seed, KITS);
  const plans = planEvents(o.documents, { rng, languages: o.languages, start: parseDay(o.startDate), spanDays: o.spanDays, vocabulary });
  const drafts: { lang: GenLang; text: string; publishedAt: string; plan: number }[] = [];
  plans.forEach((plan, p) => {
    for (const lang of plan.documentLanguages) {
      const docRng = new Rng(hash32(o.seed, drafts.length + 1));
      const published = publicationDay(plan.facts.date, docRng);
      const related = () => otherHeadline(plans, p, lang, vocabulary, published, docRng);
      const text = renderDocument({ kit: kitFor(lang), facts: plan.facts, vocabulary, published, rng: docRng, related });
      drafts.push({ lang, text, publishedAt: timestamp(published, docRng), plan: p });
    }
  });
  return assemble(drafts, plans, rng);
}

function publicationDay(event: Day, rng: Rng): Day {
  return dayOf(event.n + rng.weighted(PUBLICATION_DELAY_WEIGHTS));
}

function timestamp(day: Day, rng: Rng): string {
  return `${isoDay(day)}T${String(rng.int(5, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00Z`;
}

function otherHeadline(plans: readonly EventPlan[], self: number, lang: GenLang, vocabulary: Vocabulary, published: Day, rng: Rng): string {
  let index = rng.int(0, plans.length - 1);
  if (index === self && plans.length > 1) index = (index + 1) % plans.length;
  const facts = (plans[index] as EventPlan).facts;
  return renderHeadline({ kit: kitFor(lang), facts, vocabulary, published, rng, related: () => '' });
}

/** Shuffles the documents (ids carry no hint of their event) and builds gold and event lists. */
function assemble(drafts: readonly { lang: GenLang; text: string; publishedAt: string; plan: number }[], plans: readonly EventPlan[], rng: Rng): GeneratedCorpus {
  const width = String(drafts.length).length;
  const order = rng.shuffle(drafts.map((_, i) => i));
  const documents: GeneratedDocument[] = [];
  const gold = new Map<string, string>();
  const events: PlannedEvent[] = plans.map((plan) => ({
    id: plan.facts.id, group: plan.group, topic: plan.facts.topic, country: COUNTRIES[plan.facts.country]?.en ?? '', date: isoDay(plan.facts.date), languages: plan.languages, documents: [],
  }));
  order.forEach((draftIndex, position) => {
    const draft = drafts[draftIndex];
    if (draft === undefined) return;
    const id = `d${String(position + 1).padStart(width, '0')}`;
    documents.push({ id, lang: draft.lang, text: draft.text, publishedAt: draft.publishedAt });
    gold.set(id, plans[draft.plan]?.facts.id ?? '');
    events[draft.plan]?.documents.push(id);
  });
  for (const event of events) event.documents.sort();
  return { documents, gold, events };
}

/** One JSON object per line: `{ id, lang, publishedAt, event, text }` (the library's JSONL format). */
export function* corpusLines(corpus: GeneratedCorpus): Generator<string> {
  for (const doc of corpus.documents) yield `${JSON.stringify({ id: doc.id, lang: doc.lang, publishedAt: doc.publishedAt, event: corpus.gold.get(doc.id), text: doc.text })}\n`;
}

export async function writeCorpusJsonl(corpus: GeneratedCorpus, path: string): Promise<void> {
  const out = createWriteStream(path, 'utf8');
  for (const line of corpusLines(corpus)) if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

function argument(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
}

async function main(args: readonly string[]): Promise<void> {
  const documents = Number(argument(args, 'documents') ?? '1000');
  const seed = Number(argument(args, 'seed') ?? '1');
  const languages = (argument(args, 'languages') ?? GEN_LANGUAGES.join(',')).split(',') as GenLang[];
  const out = argument(args, 'out');
  const corpus = generateCorpus({ documents, seed, languages });
  if (out === undefined) for (const line of corpusLines(corpus)) process.stdout.write(line);
  else {
    await writeCorpusJsonl(corpus, out);
    process.stderr.write(`wrote ${corpus.documents.length} documents, ${corpus.events.length} events to ${out}\n`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
}
