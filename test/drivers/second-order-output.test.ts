import { describe, expect, it } from 'vitest';
import { constantValue, readScalarOutput } from '../../src/drivers/second-order-output.js';
import { HyperDual } from '../../src/numbers/hyper-dual.js';
import { Jet2 } from '../../src/numbers/jet2.js';

describe('readScalarOutput', () => {
  it('returns a number of the driver’s type and tag, and null for constants', () => {
    const y = new HyperDual(2, 1, 1, 0, 7);
    expect(readScalarOutput(y, HyperDual, 7, 'f')).toBe(y);
    expect(readScalarOutput(3, HyperDual, 7, 'f')).toBeNull();
    // A hand-made number (tag 0) never met the seeds: a constant.
    expect(readScalarOutput(new HyperDual(2, 1, 1), HyperDual, 7, 'f')).toBeNull();
  });

  it('refuses vectors with a hint, other kinds and other types with TypeError, other tags with Error', () => {
    expect(() => readScalarOutput([1, 2], Jet2, 1, 'f')).toThrow(
      /f must return a number or a Jet2 \(a scalar\), got an array of length 2 \(a vector: use hessianTensor/,
    );
    expect(() => readScalarOutput([1], Jet2, 1, 'f', 'do X')).toThrow(/\(a vector: do X\)/);
    expect(() => readScalarOutput(undefined, Jet2, 1, 'g')).toThrow(
      /g must return a number or a Jet2, got undefined/,
    );
    expect(() => readScalarOutput(new HyperDual(1, 1, 1, 0, 1), Jet2, 1, 'f')).toThrow(TypeError);
    const other = () => readScalarOutput(new HyperDual(1, 1, 1, 0, 2), HyperDual, 1, 'f');
    expect(other).toThrow(/perturbation tags 1 and 2/);
    expect(other).not.toThrow(TypeError);
  });
});

describe('constantValue', () => {
  it('reads a plain number or the value of a tag-0 number', () => {
    expect(constantValue(3)).toBe(3);
    expect(constantValue(new HyperDual(4, 1, 1))).toBe(4);
  });
});
