import { analyzeCollection, clusterDocuments, ClusteringError, DEFAULT_PAIR_MODEL } from '../../src/index.js';
import { clusterOf, expectPartition, REFERENCE_DATE } from './accounting.js';

/**
 * Inputs a web scraper delivers sooner or later: every one gives a defined result (never a
 * crash), and every document given is in exactly one cluster of the result.
 */
const REF = { referenceDate: REFERENCE_DATE };
const NO_WORDS = /no words/u;
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

describe('collection sizes', () => {
  test('zero documents give an empty result with the resolved options', () => {
    const result = clusterDocuments([], REF);
    expect(result.clusters).toEqual([]);
    expect(result.documents).toEqual([]);
    expect(result.options.referenceDate).toBe(REFERENCE_DATE);
  });

  test('zero documents with k-means and k = 1 give an empty result', () => {
    expect(clusterDocuments([], { ...REF, algorithm: 'kmeans', k: 1 }).clusters).toEqual([]);
  });

  test('one document forms one cluster of cohesion 1 with no links', () => {
    const result = clusterDocuments([{ id: 'only', text: 'Police detained 70 protesters in Almaty on 22 February 2020.' }], REF);
    expectPartition(result, ['only']);
    expect(result.clusters[0]).toMatchObject({ members: ['only'], cohesion: 1, links: [] });
  });

  test.each([
    ['en', 'Amnesty International says police detained at least 70 protesters in Almaty on 22 February 2020.'],
    ['sv', 'Amnesty International uppger att polisen grep minst 70 demonstranter i Almaty den 22 februari 2020.'],
    ['fr', "Selon Amnesty International, la police a arrêté au moins 70 manifestants à Almaty le 22 février 2020."],
  ])('five identical %s documents form one cluster', (_lang, text) => {
    const ids = ['d1', 'd2', 'd3', 'd4', 'd5'];
    const result = clusterDocuments(ids.map((id) => ({ id, text })), REF);
    expectPartition(result, ids);
    expect(result.clusters).toHaveLength(1);
    expect(result.evidence('d1', 'd5').score).toBeCloseTo(result.evidence('d5', 'd1').score, 12);
  });
});

describe('documents without usable text get their own cluster and a reason', () => {
  test.each([
    ['empty text', ''],
    ['spaces only', '     '],
    ['whitespace of every kind', ' \t\n\r\n\u00A0\u2003\u3000\u2028\u2029'],
    ['punctuation only', '!!! ... --- ??? ((( ))) %%% +++ ///'],
    ['control characters only', '\u0000\u0001\u0007\u001B\u007F\u0085\u009F'],
    ['lone surrogates only', '\uDC00\uD800 \uDFFF\uD83D'],
    ['emoji only', '🔥🚒👩‍👩‍👧🇫🇷'],
    ['zero-width and bidi characters only', '\u200B\u200C\u200D\uFEFF\u202E\u2066'],
  ])('%s', (_name, text) => {
    const result = clusterDocuments([{ id: 'junk', text }, { id: 'news', text: 'Police detained 70 protesters in Almaty on 22 February 2020.' }], REF);
    expectPartition(result, ['junk', 'news']);
    expect(clusterOf(result, 'junk')).toEqual(['junk']);
    expect(result.documents.find((d) => d.id === 'junk')?.note).toMatch(NO_WORDS);
    expect(result.documents.find((d) => d.id === 'news')?.note).toBeUndefined();
  });

  test('several such documents are kept apart from each other, not lumped together', () => {
    const result = clusterDocuments(['', '   ', '\n\n', '...'], REF);
    expectPartition(result, ['0', '1', '2', '3']);
    expect(result.clusters).toHaveLength(4);
  });
});

describe('text with no letters', () => {
  test('numbers and punctuation are analysed as numbers and dates, and the document is accounted for', () => {
    const text = '2020-02-22 ... 70 / 23 ... 45% ... +7 (727) 555-01-02';
    const result = clusterDocuments([{ id: 'digits', text }, { id: 'words', text: 'Something else entirely happened in Paris.' }], REF);
    expectPartition(result, ['digits', 'words']);
    expect(result.documents.find((d) => d.id === 'digits')?.note).toBeUndefined(); // digits are tokens: not "no words"
    const analysis = analyzeCollection([{ id: 'digits', text }], REF).documents[0];
    expect(analysis?.dates.map((d) => d.value)).toContain('2020-02-22');
    expect(analysis?.numbers.map((n) => n.key)).toEqual(expect.arrayContaining(['70', '23', '45%']));
    expect(analysis?.words.size).toBe(0);
  });
});

describe('hostile characters', () => {
  test('control characters and lone surrogates are cleaned: the words around them still count', () => {
    const text = '\u0000Police\u0007 detained \uD800protesters in Almaty\uDC00 on Saturday.\u001B';
    const result = clusterDocuments([{ id: 'a', text }], REF);
    expectPartition(result, ['a']);
    const title = result.documents[0]?.title ?? '';
    expect(title).toContain('Police');
    expect(title).toContain('Almaty');
    expect(LONE_SURROGATE.test(title)).toBe(false);
    expect(/[\u0000-\u0008\u000B-\u001F\u007F]/u.test(title)).toBe(false);
    expect(() => JSON.stringify(result)).not.toThrow();
  });

  test('a bidi override inside a name does not split it (Alm\\u202Eaty reads as Almaty)', () => {
    const result = clusterDocuments([{ id: 'a', text: 'Protesters were detained in Alm\u202Eaty on Saturday, police in Almaty said.' }], REF);
    expect(result.clusters[0]?.sharedEntities).toEqual(['Almaty']);
  });

  test('Cyrillic Алматы and Latin Almaty meet as one entity across documents', () => {
    const result = clusterDocuments(
      [
        { id: 'ru', text: 'В Алматы задержаны десятки участников акции протеста. Полиция Алматы сообщила о задержаниях.' },
        { id: 'en', text: 'Dozens of protesters were detained in Almaty, police in Almaty said.' },
      ],
      REF,
    );
    expectPartition(result, ['en', 'ru']);
    const evidence = result.evidence('ru', 'en');
    expect(evidence.sharedEntities).toHaveLength(1);
    expect(['Almaty', 'Алматы']).toContain(evidence.sharedEntities[0]);
    expect(evidence.signals.find((s) => s.signal === 'entities')?.score).toBeGreaterThan(0);
  });

  test('right-to-left scripts (Arabic, Hebrew with embedding marks) give a defined result', () => {
    const docs = [
      { id: 'ar', text: 'اعتقلت الشرطة في ألماتي عشرات المتظاهرين يوم السبت.' },
      { id: 'he', text: '\u202Bהמשטרה עצרה עשרות מפגינים באלמטי\u202C' },
      { id: 'mixed', text: 'In Almaty \u200Fالشرطة\u200E arrested 70 people.' },
    ];
    const result = clusterDocuments(docs, REF);
    expectPartition(result, ['ar', 'he', 'mixed']);
    for (const d of result.documents) expect(d.note).toBeUndefined(); // RTL letters are words
  });

  test('emoji are skipped and the words next to them still count', () => {
    const analysis = analyzeCollection([{ id: 'e', text: '🔥🔥 Fire in Paris 🇫🇷 👩‍👩‍👧 as firefighters from Paris arrive 🚒' }], REF).documents[0];
    expect(analysis?.entities.map((e) => e.tokens.join(' '))).toContain('paris');
    expect([...(analysis?.words.keys() ?? [])].some((stem) => stem.startsWith('fire'))).toBe(true);
  });
});

describe('ids that are names of Object.prototype members', () => {
  const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];
  const texts = [
    'The constructor of the __proto__ prototype said toString and valueOf were detained in Almaty.',
    'Constructor Prototype and HasOwnProperty met Amnesty International in Almaty on 22 February 2020.',
  ];

  test('every such id is accounted for, evidence can be asked for it, and Object.prototype is untouched', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = clusterDocuments(ids.map((id, i) => ({ id, text: texts[i % 2] ?? '' })), REF);
    expectPartition(result, ids);
    expect(result.evidence('__proto__', 'constructor').a).toBe('__proto__');
    expect(result.evidence('toString', 'valueOf').b).toBe('valueOf');
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(typeof {}.toString).toBe('function');
    const json = JSON.parse(JSON.stringify(result)) as { documents: { id: string }[] };
    expect(json.documents.map((d) => d.id).sort()).toEqual([...ids].sort());
  });

  test('asking for evidence about an id that is not in the result is a typed error, even for __proto__', () => {
    const result = clusterDocuments([{ id: 'a', text: 'x' }], REF);
    expect(() => result.evidence('a', '__proto__')).toThrow(ClusteringError);
    expect(() => result.evidence('constructor', 'a')).toThrow(expect.objectContaining({ code: 'UNKNOWN_DOCUMENT', location: { documentId: 'constructor' } }));
  });

  test('a document language or model input named after a prototype member is not looked up on Object.prototype', () => {
    const result = clusterDocuments([{ id: 'a', text: 'Police detained protesters in Almaty on Saturday.', lang: 'constructor' }], REF);
    expect(result.documents[0]).toMatchObject({ lang: 'und', langSource: 'fallback' });
    expect(() => clusterDocuments(['x'], { ...REF, model: { ...DEFAULT_PAIR_MODEL, coefficients: { toString: 1 } as never } })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', location: { option: 'model.coefficients.toString' } }));
    expect(() => clusterDocuments(['x'], { ...REF, languages: ['__proto__'] })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', location: { option: 'languages[0]' } }));
  });
});

describe('a mixed bag of junk in one collection', () => {
  test('every document is accounted for and only the text-less ones carry a note', () => {
    const docs = [
      { id: 'empty', text: '' },
      { id: 'blank', text: ' \n\t ' },
      { id: 'emoji', text: '🔥🔥🔥' },
      { id: 'digits', text: '12 345 678' },
      { id: 'cyrillic', text: 'Протест в Алматы' },
      { id: 'controls', text: '\u0000\u0001 Almaty \u0002' },
      { id: '__proto__', text: 'constructor' },
      { id: 'news', text: 'Police detained 70 protesters in Almaty on 22 February 2020.' },
    ];
    const result = clusterDocuments([...docs, 'a bare string'], REF);
    expectPartition(result, [...docs.map((d) => d.id), '8']);
    const noted = result.documents.filter((d) => d.note !== undefined).map((d) => d.id).sort();
    expect(noted).toEqual(['blank', 'emoji', 'empty']);
    for (const id of noted) expect(clusterOf(result, id)).toEqual([id]);
  });
});
