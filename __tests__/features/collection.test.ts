import { validateDocuments } from '../../src/assert.js';
import { analyzeDocument } from '../../src/features/analyzeDocument.js';
import { buildFeatures } from '../../src/storage/collectionBuilder.js';
import { resolveOptions } from '../../src/options.js';
import { REFERENCE_DATE } from '../helpers/corpus.js';

const { profiles } = resolveOptions({ referenceDate: REFERENCE_DATE });

describe('collection features of documents with many entities and numbers', () => {
  test('every vector lists each interned term once, ids ascending, few terms or many', () => {
    // Names and figures past the size where interning switches from insertion to an index sort.
    // Eight-letter made-up surnames, far apart in spelling so that none is taken for a variant of another.
    let seed = 7;
    const letter = (set: string) => set[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % set.length]!;
    const surname = () => Array.from({ length: 4 }, () => letter('BDFGKLMNPRSTVZ').toLowerCase() + letter('aeiou')).join('');
    const names = Array.from({ length: 150 }, () => { const s = surname(); return s[0]!.toUpperCase() + s.slice(1); });
    const many = `${names.map((n, i) => `Then ${n} said ${1000 + 7 * i} people came.`).join(' ')}`;
    const few = 'Amnesty International said 70 people were detained in Almaty on 22 February 2020.';
    const docs = validateDocuments([{ id: 'few', text: few, lang: 'en' }, { id: 'many', text: many, lang: 'en' }]);
    const { features, model } = buildFeatures(docs.map((d) => analyzeDocument(d, { languages: profiles, referenceDate: REFERENCE_DATE })));
    const manyFeatures = features.find((f) => f.id === 'many')!;
    expect(manyFeatures.entities.idx.length).toBeGreaterThan(64);
    expect(manyFeatures.numbers.idx.length).toBeGreaterThan(64);
    for (const f of features) {
      for (const v of [f.words, f.entities, f.numbers]) for (let k = 1; k < v.idx.length; k++) expect(v.idx[k]).toBeGreaterThan(v.idx[k - 1]!);
      // The entity vector holds exactly the document's counted entities.
      expect(Array.from(f.entities.idx, (id) => model.entities.vocab.term(id)).sort()).toEqual([...f.entityCounts.keys()].sort());
    }
  });
});
