import { newStemmer } from 'snowball-stemmers';
import { naturalStem } from '../naturalStemmer.js';

/** natural has no Finnish stemmer: Snowball's, from `snowball-stemmers` (silent on import, ESM-safe). */
export const stem = naturalStem(newStemmer('finnish'));
