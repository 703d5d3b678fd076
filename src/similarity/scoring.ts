/**
 * Scoring a pair with the pair model: its inputs (similarity/pairInputs.ts), then the model's
 * probability (similarity/pairModel.ts). A scorer holds what the loop needs and a scratch row for
 * the inputs, reused from pair to pair; each thread makes its own.
 */
import { compileModel, logOdds, probabilityOf, type CompiledModel, type PairModel } from './pairModel.js';
import { pairInputs, PAIR_INPUTS, type PairContext, type PairSide } from './pairInputs.js';

/** Pairs less likely than this to be one event are not kept: as good as 0 for every linkage, and most pairs are. */
export const MIN_PAIR_PROBABILITY = 0.01;

/** What another thread needs to score as this one does (plain data: it is structured-cloned). */
export interface ScoringModel {
  model: CompiledModel;
  entityDf: Int32Array;
}

/** Two sides can be compared when both have text: a document without words is never linked (it stays alone). */
export const comparable = (a: PairSide, b: PairSide): boolean => a.tokens > 0 && b.tokens > 0;

export class Scorer {
  private readonly row = new Float64Array(PAIR_INPUTS.length);

  constructor(
    readonly model: CompiledModel,
    readonly context: PairContext,
  ) {}

  static of(model: PairModel, entityDf: ArrayLike<number>): Scorer {
    return new Scorer(compileModel(model), { entityDf });
  }

  static from(data: ScoringModel): Scorer {
    return new Scorer(data.model, { entityDf: data.entityDf });
  }

  /** The probability that a and b report the same event; 0 when either has no text to compare. */
  score(a: PairSide, b: PairSide): number {
    if (!comparable(a, b)) return 0;
    return probabilityOf(logOdds(this.model, pairInputs(a, b, this.context, this.row)));
  }
}
