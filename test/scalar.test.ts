import { describe, expect, it } from 'vitest';
import { traceScalar } from '../src/compile/tracer.js';
import { Dual, HyperDual, isScalar, Taylor } from '../src/index.js';

describe('isScalar', () => {
  it('accepts every number type', () => {
    expect(isScalar(new Dual(1, 0))).toBe(true);
    expect(isScalar(new HyperDual(1, 0, 0))).toBe(true);
    expect(isScalar(Taylor.variable(1, 2))).toBe(true);
  });

  it('accepts a compile() tracer without reading its value (which throws)', () => {
    let seen: unknown;
    traceScalar((x) => {
      seen = isScalar(x);
      return x;
    });
    expect(seen).toBe(true);
  });

  it('rejects numbers, null, arrays and objects without value or mul', () => {
    for (const x of [1, Number.NaN, null, undefined, [1], { value: 1 }, { mul() {} }, 'x']) {
      expect(isScalar(x)).toBe(false);
    }
  });
});
