import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minimize, solve } from '../../src/analysis/newton.js';
import { hessian, type SecondOrderFunction } from '../../src/drivers/hessian.js';
import { add, cos, exp, mul, pow, sin, sub } from '../../src/ops.js';
import type { Scalar } from '../../src/scalar.js';

const rosenbrock: SecondOrderFunction = ([x, y]) =>
  add(mul(100, pow(sub(y, mul(x, x)), 2)), pow(sub(1, x), 2));

const himmelblau: SecondOrderFunction = ([x, y]) =>
  add(pow(sub(add(mul(x, x), y), 11), 2), pow(sub(add(x, mul(y, y)), 7), 2));

/** f on plain numbers (the functional ops take numbers too). */
const at = (f: SecondOrderFunction, x: number[]) => f(x as never) as unknown as number;

describe('minimize', () => {
  it('Rosenbrock from (−1.2, 1) reaches (1, 1), classified minimum', () => {
    const r = minimize(rosenbrock, [-1.2, 1]);
    expect(r.converged).toBe(true);
    expect(['gradient', 'step']).toContain(r.reason);
    expect(r.classification).toBe('minimum');
    expect(Math.abs(r.x[0] - 1)).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(r.x[1] - 1)).toBeLessThanOrEqual(1e-12);
    expect(r.value).toBeLessThanOrEqual(1e-24);
    expect(Math.max(...r.gradient.map(Math.abs))).toBeLessThanOrEqual(1e-9);
    // Newton with exact second derivatives needs a few dozen steps here, not thousands.
    expect(r.iterations).toBeGreaterThan(5);
    expect(r.iterations).toBeLessThanOrEqual(40);
  });

  it('from a point where the Hessian is indefinite it still descends, and then converges', () => {
    const x0 = [0, 1];
    // Rosenbrock's Hessian at (0, 1) is diag(−398, 200): indefinite.
    const H = hessian(rosenbrock, x0);
    expect(H).toEqual([
      [-398, 0],
      [0, 200],
    ]);
    const one = minimize(rosenbrock, x0, { maxIterations: 1 });
    expect(one.iterations).toBe(1);
    expect(one.converged).toBe(false);
    expect(one.reason).toBe('max-iterations');
    expect(one.value).toBeLessThan(at(rosenbrock, x0));
    const r = minimize(rosenbrock, x0);
    expect(r.converged).toBe(true);
    expect(r.classification).toBe('minimum');
    expect(r.x[0]).toBeCloseTo(1, 12);
    expect(r.x[1]).toBeCloseTo(1, 12);
  });

  it('every accepted step decreases f (checked step by step on Himmelblau from (0, 0))', () => {
    let x = [0, 0];
    let f = at(himmelblau, x);
    let steps = 0;
    for (let k = 0; k < 30; k++) {
      const r = minimize(himmelblau, x, { maxIterations: 1 });
      if (r.iterations === 0) break;
      expect(r.value).toBeLessThan(f);
      x = r.x;
      f = r.value;
      steps++;
    }
    expect(steps).toBeGreaterThan(3);
    const r = minimize(himmelblau, [0, 0]);
    expect(r.classification).toBe('minimum');
    expect(r.value).toBeLessThanOrEqual(1e-20);
  });

  it('started exactly at a saddle (zero gradient), it leaves along negative curvature', () => {
    const fixture = JSON.parse(
      readFileSync(new URL('../fixtures/critical-points.json', import.meta.url), 'utf8'),
    );
    const saddle = fixture.himmelblau.find((p: { kind: string }) => p.kind === 'saddle');
    const r = minimize(himmelblau, saddle.x);
    expect(r.iterations).toBeGreaterThan(0);
    expect(r.classification).toBe('minimum');
    expect(r.value).toBeLessThan(1e-20);
    // The maximum too: every direction is one of negative curvature.
    const max = fixture.himmelblau.find((p: { kind: string }) => p.kind === 'maximum');
    expect(minimize(himmelblau, max.x).classification).toBe('minimum');
  });

  it('a degenerate minimum (x⁴ + y⁴) is approached and stops on its tolerances', () => {
    const r = minimize(([x, y]) => add(pow(x, 4), pow(y, 4)), [1, -2]);
    expect(r.converged).toBe(true);
    expect(Math.max(...r.x.map(Math.abs))).toBeLessThan(1e-8);
  });

  it('a quadratic is minimized in one Newton step', () => {
    const f = <T extends Scalar<T>>([x, y]: T[]) =>
      add(add(mul(3, mul(x, x)), mul(x, y)), add(mul(2, mul(y, y)), sub(mul(-5, x), y)));
    const r = minimize(f, [10, -7]);
    // ∇f = 0: 6x + y = 5, x + 4y = 1 → x = 19/23, y = 1/23.
    expect(r.x[0]).toBeCloseTo(19 / 23, 14);
    expect(r.x[1]).toBeCloseTo(1 / 23, 14);
    expect(r.iterations).toBeLessThanOrEqual(2);
    expect(r.classification).toBe('minimum');
  });

  it('a function unbounded below runs out of iterations, not converged', () => {
    const r = minimize(([x, y]) => sub(mul(x, x), mul(y, y)), [0.5, 0.5], { maxIterations: 20 });
    expect(r.converged).toBe(false);
    expect(r.reason).toBe('max-iterations');
    expect(r.iterations).toBe(20);
    const linear = minimize(([x]) => mul(2, x), [1], { maxIterations: 5 });
    expect(linear.converged).toBe(false);
    expect(linear.value).toBeLessThan(2);
    // Linear in y with a singular Hessian: run far down, never stationary (the gradient's
    // rounding level grows with ‖x‖, and must not end it).
    const valley = minimize(([x, y]) => add(y, mul(1e10, mul(x, x))), [0, 0]);
    expect(valley.converged).toBe(false);
    expect(valley.reason).toBe('max-iterations');
    expect(valley.classification).toBe('not-critical');
  });

  it('stops with reason not-finite outside the domain, without throwing', () => {
    const r = minimize(([x]) => sin(pow(x, 0.5)), [-1]);
    expect(r.converged).toBe(false);
    expect(r.reason).toBe('not-finite');
    expect(r.iterations).toBe(0);
  });

  it('rejects bad arguments, naming them', () => {
    expect(() => minimize(rosenbrock, [1, 1], { maxIterations: -1 })).toThrow(
      /options.maxIterations must be a whole number ≥ 0, got -1/,
    );
    expect(() => minimize(rosenbrock, [1, 1], { stepTolerance: -1 })).toThrow(RangeError);
    // @ts-expect-error: a string tolerance
    expect(() => minimize(rosenbrock, [1, 1], { gradientTolerance: 'x' })).toThrow(TypeError);
    // @ts-expect-error: x0 is not an array
    expect(() => minimize(rosenbrock, 1)).toThrow(/x0 must be an array of numbers/);
    // @ts-expect-error: f is not a function
    expect(() => minimize(1, [1])).toThrow(/f must be a function/);
    // @ts-expect-error: options is not an object
    expect(() => minimize(rosenbrock, [1, 1], 5)).toThrow(/options must be an object/);
  });

  it('maxIterations 0 evaluates and classifies the start', () => {
    const r = minimize(rosenbrock, [1, 1], { maxIterations: 0 });
    expect(r).toMatchObject({ x: [1, 1], value: 0, iterations: 0, converged: true });
    expect(r.classification).toBe('minimum');
  });
});

describe('minimize: the cases a numerical user meets', () => {
  const fixture = JSON.parse(
    readFileSync(new URL('../fixtures/critical-points.json', import.meta.url), 'utf8'),
  );
  type Point = { kind: string; x: number[] };
  const camel: SecondOrderFunction = ([x, y]) =>
    add(
      add(mul(sub(add(4, mul(-2.1, mul(x, x))), mul(-1 / 3, pow(x, 4))), mul(x, x)), mul(x, y)),
      mul(sub(mul(4, mul(y, y)), 4), mul(y, y)),
    );
  const distance = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));

  it('the six-hump camel from 60 seeded starts: every run converges to one of its minima', () => {
    const minima: Point[] = fixture.sixHumpCamel.filter((p: Point) => p.kind === 'minimum');
    expect(minima.length).toBe(6);
    let seed = 7;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return (seed / 2147483647) * 4 - 2;
    };
    for (let k = 0; k < 60; k++) {
      const x0 = [next() * 1.5, next()];
      const r = minimize(camel, x0);
      // Steps that leave f unchanged no longer count as progress: no crawl to maxIterations.
      expect(r.converged, `from ${x0}`).toBe(true);
      expect(r.iterations).toBeLessThan(30);
      expect(r.classification).toBe('minimum');
      expect(Math.min(...minima.map((m) => distance(r.x, m.x)))).toBeLessThan(1e-9);
    }
  });

  it('an ill-conditioned quadratic (cond 1e12) is still one Newton step', () => {
    const r = minimize(([x, y]) => add(mul(1e6, mul(x, x)), mul(1e-6, mul(y, y))), [1, 1]);
    expect(r.x).toEqual([0, 0]);
    expect(r.iterations).toBe(1);
    expect(r.classification).toBe('minimum');
  });

  it('singular minima converge and are classified degenerate: x⁴ + y², Powell’s function', () => {
    const quartic = minimize(([x, y]) => add(pow(x, 4), mul(y, y)), [1, 2]);
    expect(quartic.converged).toBe(true);
    expect(quartic.iterations).toBeLessThanOrEqual(100);
    expect(Math.abs(quartic.x[0])).toBeLessThan(1e-8);
    expect(quartic.x[1]).toBe(0);
    expect(quartic.classification).toBe('degenerate');
    // Powell's singular function: minimum 0 at the origin, Hessian of rank 2 there.
    const powell: SecondOrderFunction = ([a, b, c, d]) =>
      add(
        add(pow(add(a, mul(10, b)), 2), mul(5, pow(sub(c, d), 2))),
        add(pow(sub(b, mul(2, c)), 4), mul(10, pow(sub(a, d), 4))),
      );
    const r = minimize(powell, [3, -1, 0, 1]);
    expect(r.converged).toBe(true);
    expect(Math.max(...r.x.map(Math.abs))).toBeLessThan(1e-7);
    expect(r.value).toBeLessThan(1e-30);
    expect(r.classification).toBe('degenerate');
  });

  it('x³ has no minimum: Newton reaches its inflection point, classified degenerate', () => {
    const cases: [SecondOrderFunction, number[]][] = [
      [([x]) => pow(x, 3), [1]],
      [([x, y]) => add(pow(x, 3), mul(y, y)), [1, 1]],
    ];
    for (const [f, x0] of cases) {
      const r = minimize(f, x0);
      expect(Math.abs(r.x[0])).toBeLessThan(1e-11);
      expect(r.classification).toBe('degenerate');
    }
  });

  it('leaves a maximum far from the origin, and a point near a saddle, for a minimum', () => {
    // (x − c)⁴ − (x − c)²: maximum at c, minima at c ± 1/√2.
    for (const c of [0, 1e3, 1e4, -1e6]) {
      const r = minimize(([x]) => sub(pow(sub(x, c), 4), pow(sub(x, c), 2)), [c]);
      expect(r.converged).toBe(true);
      expect(r.classification).toBe('minimum');
      expect(Math.abs(Math.abs(r.x[0] - c) - Math.SQRT1_2)).toBeLessThan(1e-9 * Math.max(1, c));
    }
    const saddle: Point = fixture.himmelblau.find((p: Point) => p.kind === 'saddle');
    const near = minimize(himmelblau, [saddle.x[0] + 1e-9, saddle.x[1]]);
    expect(near.classification).toBe('minimum');
    expect(near.value).toBeLessThan(1e-20);
    // cos x + cos y from its maximum at 0: through the saddles to a minimum, value −2.
    const r = minimize(([x, y]) => add(cos(x), cos(y)), [0, 0]);
    expect(r.classification).toBe('minimum');
    expect(r.value).toBe(-2);
  });
});

describe('minimize: review cases', () => {
  it('leaves a saddle whose gradient is tiny but not zero along the curvature, at once', () => {
    const r = minimize(([x, y]) => add(sub(mul(x, x), mul(y, y)), pow(y, 4)), [0, 1e-40]);
    expect(r.converged).toBe(true);
    expect(r.classification).toBe('minimum');
    expect(r.iterations).toBeLessThan(15);
    expect(Math.abs(r.x[1])).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it('a large constant in f (f’s rounding hides the decrease): the gradient judges the steps', () => {
    const r = minimize(([x, y]) => add(rosenbrock([x, y]), 1e11), [0.5, -1]);
    expect(r.converged).toBe(true);
    expect(r.classification).toBe('minimum');
    expect(Math.abs(r.x[0] - 1)).toBeLessThan(1e-8);
    expect(Math.abs(r.x[1] - 1)).toBeLessThan(1e-8);
    // Up to 1e15, with a full Newton step that leaves f unchanged accepted.
    const r15 = minimize(([x, y]) => add(rosenbrock([x, y]), 1e15), [-1.2, 1]);
    expect(r15.converged && r15.classification === 'minimum').toBe(true);
    // Where f has no digit left to decide anything (1e16), never converged and not critical.
    const lost = minimize(([x, y]) => add(rosenbrock([x, y]), 1e16), [-1.2, 1]);
    expect(lost.converged && lost.classification === 'not-critical').toBe(false);
  });

  it('a singular minimum whose null direction is not an axis: (x + y)² + (x − y)⁴', () => {
    const r = minimize(([x, y]) => add(pow(add(x, y), 2), pow(sub(x, y), 4)), [1, 2]);
    expect(r.converged).toBe(true);
    expect(r.classification).toBe('degenerate');
    expect(Math.max(...r.x.map(Math.abs))).toBeLessThan(1e-8);
  });

  it('an ill-conditioned quadratic ½xᵀAx − bᵀx (cond 1e12) ends as a minimum', () => {
    // A = Q·diag(1, 1e-12)·Qᵀ with Q a rotation by 0.3; x* = (0.7, −0.4), b = A·x*.
    const c = Math.cos(0.3);
    const s = Math.sin(0.3);
    const A = [
      [c * c + 1e-12 * s * s, (1 - 1e-12) * c * s],
      [(1 - 1e-12) * c * s, s * s + 1e-12 * c * c],
    ];
    const b = [A[0][0] * 0.7 - A[0][1] * 0.4, A[1][0] * 0.7 - A[1][1] * 0.4];
    const f: SecondOrderFunction = ([x, y]) =>
      sub(
        add(
          add(mul(0.5 * A[0][0], mul(x, x)), mul(A[0][1], mul(x, y))),
          mul(0.5 * A[1][1], mul(y, y)),
        ),
        add(mul(b[0], x), mul(b[1], y)),
      );
    const r = minimize(f, [0, 0]);
    expect(r.converged).toBe(true);
    expect(r.classification).toBe('minimum');
    // x* is determined only to about ε·cond = 2e-4 along the soft direction.
    expect(Math.abs(r.x[0] - 0.7)).toBeLessThan(1e-3);
  });
});

describe('solve', () => {
  it('x² + y² = 4, x·y = 1: the root ((√6 + √2)/2, (√6 − √2)/2)', () => {
    const F = <T extends Scalar<T>>([x, y]: T[]) => [
      sub(add(mul(x, x), mul(y, y)), 4),
      sub(mul(x, y), 1),
    ];
    const r = solve(F, [2, 0.5]);
    expect(r.converged).toBe(true);
    expect(r.residual).toBeLessThanOrEqual(1e-14);
    expect(r.x[0]).toBeCloseTo((Math.sqrt(6) + Math.sqrt(2)) / 2, 14);
    expect(r.x[1]).toBeCloseTo((Math.sqrt(6) - Math.sqrt(2)) / 2, 14);
    expect(r.value.length).toBe(2);
    expect(r.iterations).toBeLessThanOrEqual(10);
  });

  it('eˣ = 2 in one variable gives ln 2; a far start is damped, not divergent', () => {
    const F = <T extends Scalar<T>>([x]: T[]) => [sub(exp(x), 2)];
    expect(solve(F, [0]).x[0]).toBeCloseTo(Math.LN2, 15);
    const far = solve(F, [-20]);
    expect(far.converged).toBe(true);
    expect(far.x[0]).toBeCloseTo(Math.LN2, 15);
  });

  it('the gradient of Rosenbrock vanishes at (1, 1)', () => {
    // ∇f = (−400x(y − x²) − 2(1 − x), 200(y − x²)).
    const grad = <T extends Scalar<T>>([x, y]: T[]) => {
      const d = sub(y, mul(x, x));
      return [sub(mul(mul(-400, x), d), mul(2, sub(1, x))), mul(200, d)];
    };
    const r = solve(grad, [1.2, 1.4]);
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 13);
    expect(r.x[1]).toBeCloseTo(1, 13);
  });

  it('a singular Jacobian ends with converged false and a reason, not an exception', () => {
    const F = <T extends Scalar<T>>([x, y]: T[]) => [sub(add(x, y), 2), sub(mul(2, add(x, y)), 3)];
    const r = solve(F, [0, 0]);
    expect(r.converged).toBe(false);
    expect(r.reason).toBe('singular-jacobian');
    expect(r.iterations).toBe(0);
    expect(r.residual).toBeCloseTo(Math.hypot(2, 3), 14);
    // x² = −1 has no real root: the Jacobian 2x becomes singular or the damping stalls.
    const none = solve(<T extends Scalar<T>>([x]: T[]) => [add(mul(x, x), 1)], [0.5]);
    expect(none.converged).toBe(false);
  });

  it('an exact start converges in zero iterations', () => {
    const r = solve(<T extends Scalar<T>>([x]: T[]) => [sub(mul(x, x), 4)], [2]);
    expect(r).toMatchObject({
      x: [2],
      residual: 0,
      iterations: 0,
      converged: true,
      reason: 'residual',
    });
  });

  it('rejects bad arguments, naming them', () => {
    const F = <T extends Scalar<T>>([x, y]: T[]) => [add(x, y)];
    expect(() => solve(F, [1, 2])).toThrow(
      /F must return as many outputs as it has inputs \(2\), got 1/,
    );
    // @ts-expect-error: F returns a scalar
    expect(() => solve(([x]) => x, [1])).toThrow(TypeError);
    // @ts-expect-error: F is not a function
    expect(() => solve(null, [1])).toThrow(/F must be a function, got null/);
    expect(() => solve(F, [1, 2], { tolerance: -1 })).toThrow(/options.tolerance/);
  });
});
