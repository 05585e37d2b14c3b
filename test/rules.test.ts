import { describe, expect, it } from 'vitest';
import * as R from '../src/rules.js';
import { ErrorLog } from './helpers/accuracy.js';
import {
  type BinaryName,
  binaryFixture,
  fixtureSource,
  powerFixture,
  unaryFixture,
} from './helpers/rules-fixture.js';
import { binaryBounds, powerBounds, unaryBounds } from './helpers/tolerances.js';

// Expected values: test/fixtures/rules.json, made by test/fixtures/gen_rules.py from closed forms
// evaluated with mpmath at 200 bits and rounded once to the nearest double. Bounds and their
// error budgets: test/helpers/tolerances.ts.

const unaryNames = Object.keys(R.unaryRules) as R.UnaryName[];
const binaryNames = Object.keys(R.binaryRules) as BinaryName[];

/** Functions with a restricted real domain, and a point outside it. */
const restricted: Partial<Record<R.UnaryName, number>> = {
  sqrt: -1,
  log: -2,
  log1p: -2,
  log2: -2,
  log10: -2,
  asin: 2,
  acos: -2,
  acosh: 0.5,
  atanh: 1.5,
};

describe('the fixture', () => {
  it('comes from mpmath at 200 bits', () => {
    expect(fixtureSource).toMatch(/mpmath .*mp\.prec=200/);
  });

  it('covers every unary rule with 25 or more points, and nothing else', () => {
    expect(Object.keys(unaryFixture).sort()).toEqual([...unaryNames].sort());
    for (const name of unaryNames) expect(unaryFixture[name].length).toBeGreaterThanOrEqual(25);
  });

  it('covers every binary rule with 20 or more points', () => {
    expect(Object.keys(binaryFixture).sort()).toEqual([...binaryNames].sort());
    for (const name of binaryNames) expect(binaryFixture[name].length).toBeGreaterThanOrEqual(20);
    expect(powerFixture.length).toBeGreaterThanOrEqual(20);
  });
});

describe('unary rules against mpmath', () => {
  for (const name of unaryNames) {
    const [bf, b1, b2] = unaryBounds[name];
    it(`${name}: f within ${bf}, f′ within ${b1}, f″ within ${b2} ulps`, () => {
      const rule = R.unaryRules[name];
      const log = new ErrorLog();
      for (const [x, f, d1, d2] of unaryFixture[name]) {
        const fx = rule.f(x);
        const g1 = rule.d1(x, fx);
        const g2 = rule.d2(x, fx, g1);
        log.check(`${name}(${x})`, fx, f, bf);
        log.check(`${name}′(${x})`, g1, d1, b1);
        log.check(`${name}″(${x})`, g2, d2, b2);
      }
      expect(log.report()).toBe('');
    });
  }
});

describe('domains', () => {
  it('every restricted function has fixture points outside its domain', () => {
    for (const name of Object.keys(restricted) as R.UnaryName[]) {
      const outside = unaryFixture[name].filter(([, f]) => Number.isNaN(f));
      expect(outside.length, name).toBeGreaterThanOrEqual(2);
    }
  });

  it('outside the domain the value and both derivatives are NaN', () => {
    for (const name of unaryNames) {
      const rule = R.unaryRules[name];
      const points = unaryFixture[name].filter(([, f]) => Number.isNaN(f)).map(([x]) => x);
      const extra = restricted[name];
      if (extra !== undefined) points.push(extra);
      for (const x of points) {
        const fx = rule.f(x);
        const d1 = rule.d1(x, fx);
        expect([fx, d1, rule.d2(x, fx, d1)], `${name}(${x})`).toEqual([NaN, NaN, NaN]);
      }
    }
  });

  it('log′(−2) is NaN, not the −0.5 that 1/x would give', () => {
    expect(R.log.d1(-2, R.log.f(-2))).toBeNaN();
    expect(R.log2.d1(-2, R.log2.f(-2))).toBeNaN();
    expect(R.log1p.d1(-3, R.log1p.f(-3))).toBeNaN();
    expect(R.atanh.d1(2, R.atanh.f(2))).toBeNaN();
  });

  it('a NaN argument gives NaN value and derivatives for every rule', () => {
    for (const name of unaryNames) {
      const rule = R.unaryRules[name];
      const fx = rule.f(NaN);
      const d1 = rule.d1(NaN, fx);
      expect([fx, d1, rule.d2(NaN, fx, d1)], name).toEqual([NaN, NaN, NaN]);
    }
    // atan2 and hypot depend on both arguments in every partial (pow(NaN, 0) = 1 in JS, and
    // mul's and div's partials are constants or one argument, so they need not be NaN).
    for (const rule of [R.atan2, R.hypot]) {
      for (const [a, b] of [
        [NaN, 1.5],
        [1.5, NaN],
      ]) {
        const f = rule.f(a, b);
        const all = [f, ...[rule.da, rule.db, rule.daa, rule.dab, rule.dbb].map((d) => d(a, b, f))];
        expect(all).toEqual([NaN, NaN, NaN, NaN, NaN, NaN]);
      }
    }
  });
});

describe('binary rules against mpmath', () => {
  const labels = ['f', '∂a', '∂b', '∂aa', '∂ab', '∂bb'] as const;
  for (const name of binaryNames) {
    const bounds = binaryBounds[name];
    it(`${name}: value and partials within [${bounds.join(', ')}] ulps`, () => {
      const rule = R.binaryRules[name];
      const log = new ErrorLog();
      for (const row of binaryFixture[name]) {
        const [a, b] = row;
        const f = rule.f(a, b);
        const got = [f, rule.da(a, b, f), rule.db(a, b, f), rule.daa(a, b, f)];
        got.push(rule.dab(a, b, f), rule.dbb(a, b, f));
        for (let i = 0; i < 6; i++) {
          const what = `${name} ${labels[i]}(${a}, ${b})`;
          const want = row[2 + i];
          if (name === 'pow' && i === 4 && a > 0) {
            // a^(b−1)·(1 + b·ln a): bound in units of ε·(size of the cancelling terms).
            const scale = Math.abs(row[2] / a) + Math.abs((b * row[4]) / a);
            log.checkScaled(what, got[i], want, scale, bounds[i]);
          } else {
            log.check(what, got[i], want, bounds[i]);
          }
        }
      }
      expect(log.report()).toBe('');
    });
  }

  it('pow: a negative base with an integer exponent has real a-partials and NaN b-partials', () => {
    const f = R.pow.f(-2, 3);
    expect(f).toBe(-8);
    expect(R.pow.da(-2, 3, f)).toBe(12);
    expect(R.pow.daa(-2, 3, f)).toBe(-12);
    expect(R.pow.db(-2, 3, f)).toBeNaN();
    expect(R.pow.dab(-2, 3, f)).toBeNaN();
    expect(R.pow.dbb(-2, 3, f)).toBeNaN();
  });

  it('atan2 has NaN partials at the origin; hypot has 0 partials there', () => {
    for (const d of [R.atan2.da, R.atan2.db, R.atan2.daa, R.atan2.dab, R.atan2.dbb]) {
      expect(d(0, 0, 0)).toBeNaN();
    }
    for (const d of [R.hypot.da, R.hypot.db, R.hypot.daa, R.hypot.dab, R.hypot.dbb]) {
      expect(d(0, 0, 0)).toBe(0);
    }
  });
});

describe('power rule (constant exponent) against mpmath', () => {
  const [bf, b1, b2] = powerBounds;
  it(`x^p within ${bf}, d/dx within ${b1}, d²/dx² within ${b2} ulps`, () => {
    const log = new ErrorLog();
    for (const [x, p, f, d1, d2] of powerFixture) {
      const fx = R.power.f(x, p);
      log.check(`${x}^${p}`, fx, f, bf);
      log.check(`d/dx ${x}^${p}`, R.power.d1(x, p, fx), d1, b1);
      log.check(`d²/dx² ${x}^${p}`, R.power.d2(x, p, fx), d2, b2);
    }
    expect(log.report()).toBe('');
  });

  it('agrees with pow’s a-partials at every pow fixture point', () => {
    for (const [a, b] of binaryFixture.pow) {
      const f = R.pow.f(a, b);
      expect(R.power.f(a, b)).toBe(f);
      expect(R.power.d1(a, b, f)).toBe(R.pow.da(a, b, f));
      expect(R.power.d2(a, b, f)).toBe(R.pow.daa(a, b, f));
    }
  });
});

describe('min/max weights', () => {
  it('select one side, average at a tie, NaN for NaN', () => {
    expect([R.maxWeight(2, 1), R.maxWeight(1, 2), R.maxWeight(1, 1)]).toEqual([1, 0, 0.5]);
    expect([R.minWeight(2, 1), R.minWeight(1, 2), R.minWeight(1, 1)]).toEqual([0, 1, 0.5]);
    expect(R.maxWeight(NaN, 1)).toBeNaN();
    expect(R.minWeight(1, NaN)).toBeNaN();
  });
});
