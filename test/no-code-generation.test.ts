/**
 * The contract: no `eval`/`new Function` outside an explicit compile step. With both refused (as
 * under a Content-Security-Policy without 'unsafe-eval'), every driver, the analysis functions and
 * the expression entry still work; only compile() needs code generation, and it falls back to its
 * interpreter.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromExpression } from '../src/expression/index.js';
import {
  add,
  checkGradient,
  classifyCriticalPoint,
  compile,
  derivative,
  directionalDerivative,
  directionalTaylor,
  gradient,
  hessian,
  hessianTensor,
  hvp,
  jacobian,
  jvp,
  minimize,
  mul,
  nthDerivative,
  type Scalar,
  secondDerivative,
  sin,
  solve,
  sub,
  taylor,
  valueGradientHessian,
} from '../src/index.js';

const refused = () => {
  throw new EvalError('Code generation from strings disallowed for this context');
};

let generated = 0;
beforeEach(() => {
  generated = 0;
  vi.stubGlobal(
    'Function',
    class {
      constructor() {
        generated++;
        refused();
      }
    },
  );
  vi.stubGlobal('eval', () => {
    generated++;
    refused();
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const rosenbrock = <T extends Scalar<T>>([x, y]: T[]) =>
  add(mul(100, mul(sub(y, mul(x, x)), sub(y, mul(x, x)))), mul(sub(1, x), sub(1, x)));
const field = <T extends Scalar<T>>([x, y]: T[]) => [mul(x, y), sin(x)];

describe('without eval or new Function', () => {
  it('every driver runs and never tries to generate code', () => {
    expect(derivative(sin, 0)).toBe(1);
    expect(secondDerivative((x) => mul(x, x), 3)).toBe(2);
    expect(nthDerivative((x) => mul(x, mul(x, x)), 1, 3)).toBe(6);
    expect(taylor(sin, 0, 3).coefficients).toEqual([0, 1, 0, -1 / 6]);
    expect(directionalTaylor(rosenbrock, [1, 1], [1, 0], 2)).toEqual([0, 0, 400 + 1 + 0]);
    expect(gradient(rosenbrock, [1, 1]).map((g) => g + 0)).toEqual([0, 0]);
    expect(directionalDerivative(rosenbrock, [0, 0], [1, 0])).toBe(-2);
    expect(jvp(field, [2, 3], [1, 0]).tangent).toEqual([3, Math.cos(2)]);
    // ∂sin(x)/∂y = cos(2)·0 = −0.
    expect(jacobian(field, [2, 3])).toEqual([
      [3, 2],
      [Math.cos(2), -0],
    ]);
    expect(hessian(rosenbrock, [1, 1])).toEqual([
      [802, -400],
      [-400, 200],
    ]);
    expect(valueGradientHessian(rosenbrock, [1, 1]).value).toBe(0);
    expect(hvp(rosenbrock, [1, 1], [1, 0])).toEqual([802, -400]);
    expect(hessianTensor(field, [2, 3])[0]).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(generated).toBe(0);
  });

  it('the analysis functions and gradient checking run too', () => {
    expect(classifyCriticalPoint(rosenbrock, [1, 1]).kind).toBe('minimum');
    expect(minimize(rosenbrock, [-1.2, 1]).x.map((v) => Math.round(v * 1e6) / 1e6)).toEqual([1, 1]);
    const F = <T extends Scalar<T>>([x, y]: T[]) => [sub(mul(x, x), 4), sub(y, x)];
    expect(solve(F, [1, 1]).x).toEqual([2, 2]);
    expect(checkGradient(rosenbrock, [0.5, 0.5]).ok).toBe(true);
    expect(generated).toBe(0);
  });

  it('expressions parse and differentiate', () => {
    const f = fromExpression('x^2 * sin(x)', 'x');
    expect(derivative(f, 0)).toBe(0);
    expect(generated).toBe(0);
  });

  it('compile() is the one step that tries, and falls back to its interpreter', () => {
    const c = compile((x) => mul(x, x));
    expect(c.derivative(3)).toBe(6);
    expect(c.mode).toBe('interpret');
    expect(generated).toBeGreaterThan(0);
  });
});
