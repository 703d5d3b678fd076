/**
 * The pair model shipped with the library: written by `npm run train` (bench/train.ts), which
 * says what data and settings produced it (bench/results/model.md). Data, not code: change it by
 * training, not by hand.
 */
import type { PairModel } from './pairModel.js';

export const DEFAULT_PAIR_MODEL: PairModel = Object.freeze({
  version: 1,
  intercept: -4.8382,
  coefficients: Object.freeze({
    words: 1.0338,
    ngrams: 2.6425,
    entities: 1.3613,
    rarestName: 1.2339,
    sharedNames: 1.4162,
    nameCoverage: 0.225,
    dates: 0.5946,
    numbers: 1.2365,
    sharedNumbers: 0.5593,
    sameDay: 0.4716,
    timeGap: -1.5042,
    sameMonthDay: 0.4344,
    monthDayGap: -0.4571,
    timeUnknown: 0.6435,
    crossLanguage: 0.1503,
    crossLanguageEntities: 0.7538,
    crossLanguageNgrams: 1.4903,
    shortText: 0.4686,
    groupSize: -0.6151,
  }),
  threshold: 0.35,
  poolThreshold: 0.6,
  trainedOn: "npm run train (bench/train.ts): real-news set tuning half ×1, SemEval-2022 Task 8 tuning half ×0.3, dev corpus ×0.3; 2026-12-06",
}) as PairModel;
