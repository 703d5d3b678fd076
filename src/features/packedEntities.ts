import type { RawEntity } from './entities.js';

/**
 * A document's raw entities as one string: the form in which they wait (for the names to be
 * registered, see features/collection.ts) or travel between threads (parallel/wire.ts). Fifty
 * entities are fifty objects and fifty arrays on the heap, or one string of about a kilobyte.
 *
 * The separators are C0 control characters, which normalisation removes from every text (see
 * text/normalize.ts); `packEntities` returns null for entities it could not give back unchanged.
 */
export const ITEM = '\u0001';
const FIELD = '\u0002';
const TOKEN = '\u0003';
export const SEPARATORS = /[\u0001-\u0003]/u;

const KINDS: readonly RawEntity['kind'][] = ['name', 'acronym', 'name-part'];

const faithful = (e: RawEntity): boolean =>
  KINDS.includes(e.kind) && e.tokens.length > 0 && !SEPARATORS.test(e.surface) && e.tokens.every((t) => t.length > 0 && !SEPARATORS.test(t)) && Object.keys(e).length === 3;

export function packEntities(entities: readonly RawEntity[]): string | null {
  if (!entities.every(faithful)) return null;
  return entities.map((e) => `${KINDS.indexOf(e.kind)}${FIELD}${e.surface}${FIELD}${e.tokens.join(TOKEN)}`).join(ITEM);
}

export function unpackEntities(packed: string): RawEntity[] {
  if (packed.length === 0) return [];
  return packed.split(ITEM).map((record) => {
    const [kind = '0', surface = '', tokens = ''] = record.split(FIELD);
    return { tokens: tokens.split(TOKEN), surface, kind: KINDS[Number(kind)] ?? 'name' };
  });
}
