import { probabilityOf } from '../../src/similarity/pairModel.js';
import { fitLogistic, type LogisticExample } from '../../src/training/logistic.js';

/** A grid of inputs labelled by a known logistic model, as expected counts (soft labels): the fit must find it. */
function known(intercept: number, w: readonly number[]): LogisticExample[] {
  const examples: LogisticExample[] = [];
  for (let i = 0; i <= 10; i++) {
    for (let j = 0; j <= 10; j++) {
      const x = [i / 10, j / 10];
      examples.push({ x, y: probabilityOf(intercept + (w[0] as number) * (x[0] as number) + (w[1] as number) * (x[1] as number)) });
    }
  }
  return examples;
}

describe('fitLogistic', () => {
  test('recovers the coefficients that generated the labels', () => {
    const fit = fitLogistic(known(-2, [3, -1.5]), { l2: 0 });
    expect(fit.intercept).toBeCloseTo(-2, 6);
    expect(fit.coefficients[0]).toBeCloseTo(3, 6);
    expect(fit.coefficients[1]).toBeCloseTo(-1.5, 6);
    expect(fit.iterations).toBeLessThan(20);
  });

  test('the L2 penalty shrinks the coefficients, not the intercept', () => {
    const free = fitLogistic(known(-2, [3, -1.5]), { l2: 0 });
    const penalised = fitLogistic(known(-2, [3, -1.5]), { l2: 0.1 });
    expect(Math.abs(penalised.coefficients[0] as number)).toBeLessThan(Math.abs(free.coefficients[0] as number));
    expect(Math.abs(penalised.coefficients[1] as number)).toBeLessThan(Math.abs(free.coefficients[1] as number));
  });

  test('weights count an example as that many copies', () => {
    const base: LogisticExample[] = [{ x: [0], y: 0 }, { x: [1], y: 1 }, { x: [1], y: 0 }];
    const doubled = fitLogistic([...base, { x: [1], y: 1 }], { l2: 0.01 });
    const weighted = fitLogistic([{ x: [0], y: 0 }, { x: [1], y: 1, weight: 2 }, { x: [1], y: 0 }], { l2: 0.01 });
    expect(weighted.intercept).toBeCloseTo(doubled.intercept, 6);
    expect(weighted.coefficients[0]).toBeCloseTo(doubled.coefficients[0] as number, 6);
  });

  test('separable data stays finite under the penalty, and the same data gives the same fit', () => {
    const separable: LogisticExample[] = [{ x: [0], y: 0 }, { x: [0.1], y: 0 }, { x: [0.9], y: 1 }, { x: [1], y: 1 }];
    const fit = fitLogistic(separable);
    expect(Number.isFinite(fit.coefficients[0])).toBe(true);
    expect(fitLogistic(separable)).toEqual(fit);
  });
});
