import { describe, expect, it } from 'vitest';
import { Dual } from '../src/numbers/dual.js';
import { HyperDual } from '../src/numbers/hyper-dual.js';
import { HAND_MADE, mergeTags, newTag } from '../src/tag.js';

describe('newTag', () => {
  it('gives a fresh positive 32-bit integer each call', () => {
    const tags = Array.from({ length: 1000 }, () => newTag());
    expect(new Set(tags).size).toBe(tags.length);
    for (const t of tags) {
      expect(Number.isInteger(t) && t > 0 && t <= 0x7fffffff).toBe(true);
      expect(t | 0).toBe(t);
    }
  });
});

describe('mergeTags', () => {
  it('takes the driver tag when the other side is hand-made', () => {
    const t = newTag();
    expect(mergeTags(new Dual(1, 0), new Dual(1, 1, t))).toBe(t);
    expect(mergeTags(new Dual(1, 1, t), new Dual(1, 0))).toBe(t);
  });

  it('throws for two driver tags (perturbation confusion) and for two number types', () => {
    expect(() => mergeTags(new Dual(1, 1, newTag()), new Dual(1, 1, newTag()))).toThrow(
      /two different derivative calls/,
    );
    expect(() => mergeTags(new Dual(1, 0), new HyperDual(1, 0, 0))).toThrow(TypeError);
  });

  it('names the dual-package hazard when two classes share a name (ESM and CommonJS builds)', () => {
    // A second copy of the class, as a program that loads both builds holds.
    const Copy = class Dual {
      constructor(
        readonly value: number,
        readonly tangent: number,
        readonly tag = 0,
      ) {}
    };
    const op = () => new Dual(1, 1, newTag()).mul(new Copy(2, 1, newTag()) as unknown as Dual);
    expect(op).toThrow(TypeError);
    expect(op).toThrow(/cannot combine a Dual with a Dual;.*forward-ad is loaded twice/);
    expect(() => mergeTags(new Dual(1, 0), new HyperDual(1, 0, 0))).not.toThrow(/loaded twice/);
  });

  it('gives each number type its own hand-made tag', () => {
    expect(new Set(Object.values(HAND_MADE)).size).toBe(Object.keys(HAND_MADE).length);
    expect(new Dual(1, 0).tag).toBe(HAND_MADE.Dual);
    expect(new HyperDual(1, 0, 0).tag).toBe(HAND_MADE.HyperDual);
  });
});
