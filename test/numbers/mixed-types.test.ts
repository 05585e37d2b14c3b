import { describe, expect, it } from 'vitest';
import { Dual, HyperDual, Jet2, MultiDual, Taylor } from '../../src/index.js';

// Hand-made numbers of different types must not mix silently (they carry no driver tag).
describe('hand-made numbers of different types', () => {
  const made = [
    new Dual(1, 1),
    new MultiDual(1, [1]),
    new HyperDual(1, 1, 1),
    Jet2.variable(1, 0),
    Taylor.variable(1, 2),
  ];
  for (const a of made) {
    for (const b of made) {
      if (a.constructor === b.constructor) continue;
      it(`${a.constructor.name} with ${b.constructor.name} throws a TypeError`, () => {
        // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong mix, as plain JS would do
        expect(() => (a as any).mul(b)).toThrow(TypeError);
      });
    }
  }

  it('hand-made numbers of one type still combine', () => {
    expect(new Dual(2, 1).mul(new Dual(3, 0))).toMatchObject({ value: 6, tangent: 3 });
  });
});
