/**
 * The pair model shipped with the library: written by `npm run train` (bench/train.ts), which
 * says what data and settings produced it (bench/results/model.md). Data, not code: change it by
 * training, not by hand.
 */
import type { PairModel } from './pairModel.js';

export const DEFAULT_PAIR_MODEL: PairModel = Object.freeze({
  version: 1,
  intercept: -4.7669,
  coefficients: Object.freeze({
    words: 1.0017,
    ngrams: 2.6638,
    entities: 1.3449,
    rarestName: 1.2477,
    sharedNames: 1.4235,
    nameCoverage: 0.2481,
    dates: 0.5785,
    numbers: 1.2205,
    sharedNumbers: 0.5958,
    sameDay: 0.4764,
    timeGap: -1.4697,
    sameMonthDay: 0.4335,
    monthDayGap: -0.4825,
    timeUnknown: 0.5978,
    crossLanguage: 0.0678,
    crossLanguageEntities: 0.796,
    crossLanguageNgrams: 1.512,
    shortText: 0.4365,
    groupSize: -0.2966,
  }),
  threshold: 0.35,
  poolThreshold: 0.4,
  trainedOn: "npm run train (bench/train.ts): real-news set tuning half ×1, SemEval-2022 Task 8 tuning half ×0.3, dev corpus ×0.3; 2026-12-06",
}) as PairModel;
