/**
 * Weighted logistic regression with an L2 penalty, fitted by Newton's method (iteratively
 * reweighted least squares): deterministic (no random start, no sampling), exact to the
 * tolerance in a dozen steps for the few inputs of the pair model, and written out here because
 * it is a few dozen lines (no native dependency; ml-logistic-regression fits by gradient descent
 * with a fixed rate, without example weights).
 */

import { probabilityOf } from '../similarity/pairModel.js';

export interface LogisticExample {
  /** Inputs, all of one length. */
  x: ArrayLike<number>;
  /** Label in [0, 1] (1 = same event). */
  y: number;
  /** Weight of this example in the likelihood (default 1). */
  weight?: number;
}

export interface LogisticFit {
  intercept: number;
  coefficients: number[];
  /** Newton steps taken. */
  iterations: number;
  /** Mean weighted log-loss on the training examples at the fit. */
  logLoss: number;
}

export interface LogisticOptions {
  /** L2 penalty on the coefficients (not the intercept), per unit of total example weight. Default 1e-3. */
  l2?: number;
  maxIterations?: number;
  /** Stop when no parameter moves more than this. */
  tolerance?: number;
}


export function fitLogistic(examples: readonly LogisticExample[], options: LogisticOptions = {}): LogisticFit {
  const d = examples[0]?.x.length ?? 0;
  const l2 = options.l2 ?? 1e-3;
  const totalWeight = examples.reduce((s, e) => s + (e.weight ?? 1), 0);
  const beta = new Float64Array(d + 1); // [intercept, coefficients…]
  let iterations = 0;
  for (; iterations < (options.maxIterations ?? 50); iterations++) {
    const { gradient, hessian } = newtonTerms(examples, beta, l2 * totalWeight);
    const step = solve(hessian, gradient, d + 1);
    let moved = 0;
    for (let k = 0; k <= d; k++) {
      beta[k] = (beta[k] as number) + (step[k] as number);
      moved = Math.max(moved, Math.abs(step[k] as number));
    }
    if (moved < (options.tolerance ?? 1e-9)) break;
  }
  return { intercept: beta[0] as number, coefficients: Array.from(beta.subarray(1)), iterations: iterations + 1, logLoss: logLoss(examples, beta) / totalWeight };
}

/** Gradient and Hessian of the penalised log-likelihood at `beta` (input 0 is the constant 1). */
function newtonTerms(examples: readonly LogisticExample[], beta: Float64Array, penalty: number): { gradient: Float64Array; hessian: Float64Array } {
  const n = beta.length;
  const gradient = new Float64Array(n);
  const hessian = new Float64Array(n * n);
  const row = new Float64Array(n);
  for (const e of examples) {
    row[0] = 1;
    for (let k = 1; k < n; k++) row[k] = e.x[k - 1] as number;
    let z = 0;
    for (let k = 0; k < n; k++) z += (beta[k] as number) * (row[k] as number);
    const p = probabilityOf(z);
    const w = e.weight ?? 1;
    const r = w * (e.y - p);
    const h = w * p * (1 - p);
    for (let i = 0; i < n; i++) {
      gradient[i] = (gradient[i] as number) + r * (row[i] as number);
      for (let j = 0; j <= i; j++) hessian[i * n + j] = (hessian[i * n + j] as number) + h * (row[i] as number) * (row[j] as number);
    }
  }
  for (let i = 1; i < n; i++) {
    gradient[i] = (gradient[i] as number) - penalty * (beta[i] as number);
    hessian[i * n + i] = (hessian[i * n + i] as number) + penalty;
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) hessian[j * n + i] = hessian[i * n + j] as number;
  return { gradient, hessian };
}

/** Solves H · step = g for a symmetric positive definite H by Cholesky decomposition. */
function solve(h: Float64Array, g: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = h[i * n + j] as number;
      for (let k = 0; k < j; k++) sum -= (l[i * n + k] as number) * (l[j * n + k] as number);
      l[i * n + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / (l[j * n + j] as number);
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = g[i] as number;
    for (let k = 0; k < i; k++) sum -= (l[i * n + k] as number) * (y[k] as number);
    y[i] = sum / (l[i * n + i] as number);
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i] as number;
    for (let k = i + 1; k < n; k++) sum -= (l[k * n + i] as number) * (x[k] as number);
    x[i] = sum / (l[i * n + i] as number);
  }
  return x;
}

function logLoss(examples: readonly LogisticExample[], beta: Float64Array): number {
  let loss = 0;
  for (const e of examples) {
    let z = beta[0] as number;
    for (let k = 0; k < e.x.length; k++) z += (beta[k + 1] as number) * (e.x[k] as number);
    const p = Math.min(1 - 1e-15, Math.max(1e-15, probabilityOf(z)));
    loss -= (e.weight ?? 1) * (e.y * Math.log(p) + (1 - e.y) * Math.log(1 - p));
  }
  return loss;
}
