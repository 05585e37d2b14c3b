import { describe, expect, it } from 'vitest';
import { FACTORIALS, MAX_FACTORIAL } from '../src/factorials.js';

describe('FACTORIALS', () => {
  it('holds k! exactly up to 22! and correctly rounded up to 170!', () => {
    expect(FACTORIALS.slice(0, 6)).toEqual([1, 1, 2, 6, 24, 120]);
    expect(FACTORIALS[20]).toBe(2432902008176640000);
    // 22! = 1124000727777607680000 = 2^19 · 2143861251406875, an odd part below 2^53: exact.
    expect(BigInt(FACTORIALS[22])).toBe(1124000727777607680000n);
    // 170! = 7.257415615307998967…e306, the double nearest to it:
    expect(FACTORIALS[170]).toBe(7.257415615307999e306);
    expect(FACTORIALS).toHaveLength(MAX_FACTORIAL + 1);
  });

  it('stops where k! leaves the double range', () => {
    expect(Number.isFinite(FACTORIALS[MAX_FACTORIAL] * (MAX_FACTORIAL + 1))).toBe(false);
  });
});
