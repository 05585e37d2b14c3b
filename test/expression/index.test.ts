import { describe, expect, it } from 'vitest';
import {
  EXPRESSION_CONSTANTS,
  EXPRESSION_FUNCTIONS,
  fromExpression,
  fromExpressions,
  variablesOf,
} from '../../src/expression/index.js';
import { Dual, derivative, gradient, hessian, jacobian, jvp, taylor } from '../../src/index.js';
import cases from '../fixtures/expression.json';

/** |got − expected| within `rel` relative to max(1, |expected|). */
function close(got: number, expected: number, rel: number): void {
  const tol = rel * Math.max(1, Math.abs(expected));
  if (!(Math.abs(got - expected) <= tol)) {
    expect.fail(`got ${got}, expected ${expected} (tolerance ${tol})`);
  }
}

const univariate = cases.filter((c) => c.variables.length === 1);

describe('fromExpression against sympy/mpmath references (test/fixtures/expression.json)', () => {
  it('covers every function of the contract', () => {
    const used = new Set(cases.flatMap((c) => c.expression.match(/[a-z][a-z0-9]*(?=\()/g) ?? []));
    expect([...EXPRESSION_FUNCTIONS].filter((f) => !used.has(f))).toEqual([]);
  });

  it.each(cases)('$expression: value', ({ expression, variables, point, value }) => {
    close(fromExpression(expression, variables)(point), value, 4e-16);
    if (variables.length === 1)
      close(fromExpression(expression, variables[0])(point[0]), value, 4e-16);
  });

  it.each(univariate)('$expression: derivative', ({ expression, variables, point, gradient }) => {
    const f = fromExpression(expression, variables[0]);
    close(derivative(f, point[0]), gradient[0], 1e-14);
  });

  it.each(univariate)('$expression: Taylor coefficients to order 6', (c) => {
    const p = taylor(fromExpression(c.expression, c.variables[0]), c.point[0], 6);
    p.coefficients.forEach((ck, k) => {
      close(ck, (c.taylor as number[])[k], 1e-13);
    });
  });

  it.each(cases)('$expression: gradient', (c) => {
    const f = fromExpression(c.expression, c.variables);
    expect(c.gradient).toHaveLength(c.variables.length);
    const got = gradient(f, c.point);
    expect(got).toHaveLength(c.gradient.length);
    got.forEach((g, i) => {
      close(g, c.gradient[i], 1e-14);
    });
  });

  it.each(cases)('$expression: Hessian', (c) => {
    const H = hessian(fromExpression(c.expression, c.variables), c.point);
    expect(H).toHaveLength(c.hessian.length);
    H.forEach((row, i) => {
      expect(row).toHaveLength(c.hessian[i].length);
      row.forEach((h, j) => {
        close(h, c.hessian[i][j], 1e-13);
      });
    });
  });

  it('gives the Jacobian of a vector of expressions, rows from each one', () => {
    const two = cases.filter((c) => c.variables.join() === 'x,y');
    const F = fromExpressions(
      two.map((c) => c.expression),
      ['x', 'y'],
    );
    const point = [0.7, 1.3];
    const J = jacobian(F, point);
    two.forEach((c, i) => {
      expect(J[i]).toEqual(gradient(fromExpression(c.expression, ['x', 'y']), point));
    });
    // And the chain-rule example in closed form: u = (x1 + x2, x1 − x2) has J = [[1, 1], [1, −1]].
    const u = fromExpressions(['x1 + x2', 'x1 - x2'], ['x1', 'x2']);
    expect(jacobian(u, [3, -2])).toEqual([
      [1, 1],
      [1, -1],
    ]);
    expect(jvp(u, [3, -2], [2, 5])).toEqual({ value: [1, 5], tangent: [7, -3] });
    expect(u([3, -2])).toEqual([1, 5]);
  });

  it('runs on number types directly, as a generic function', () => {
    const f = fromExpression('x^3 - 2*x', 'x');
    const y = f(new Dual(2, 1));
    expect(y).toBeInstanceOf(Dual);
    expect((y as Dual).value).toBe(4);
    expect((y as Dual).tangent).toBe(10); // 3x² − 2 at 2
    const F = fromExpressions(['x', 'x^2'], 'x');
    expect(jvp(F, 3, 1)).toEqual({ value: [3, 9], tangent: [1, 6] });
  });

  it('treats a one-variable expression as a function of a one-element array too', () => {
    const f = fromExpression('x^2', ['x']);
    expect(f(3)).toBe(9);
    expect(f([3])).toBe(9);
    expect(gradient(f, [3])).toEqual([6]);
    expect(derivative(f, 3)).toBe(6);
  });

  it('gives a constant expression a zero derivative', () => {
    expect(fromExpression('2*pi', 'x')(5)).toBe(2 * Math.PI);
    expect(derivative(fromExpression('2*pi', 'x'), 5)).toBe(0);
    expect(gradient(fromExpression('e', ['x', 'y']), [1, 2])).toEqual([0, 0]);
  });

  it('records its text and variables', () => {
    const f = fromExpression('x*y', ['x', 'y']);
    expect(f.expression).toBe('x*y');
    expect(f.variables).toEqual(['x', 'y']);
    const F = fromExpressions(['x', 'y'], ['x', 'y']);
    expect(F.expressions).toEqual(['x', 'y']);
    expect(EXPRESSION_CONSTANTS.pi).toBe(Math.PI);
  });
});

describe('fromExpression argument checks', () => {
  it('rejects a point with the wrong number of coordinates, naming the variables', () => {
    const f = fromExpression('x*y', ['x', 'y']);
    expect(() => f([1, 2, 3])).toThrow(RangeError);
    expect(() => f([1, 2, 3])).toThrow(/x must have 2 coordinates \(x, y\), got 3/);
    expect(() => gradient(f, [1])).toThrow(/x must have 2 coordinates \(x, y\), got 1/);
    // @ts-expect-error: a number for a function of two variables
    expect(() => f(1)).toThrow(/x must be an array of 2 numbers \(x, y\), got the number 1/);
    // @ts-expect-error: a string coordinate
    expect(() => f([1, '2'])).toThrow(/x\[1\] \(y\) must be a number or a forward-mode number/);
    const g = fromExpression('x', 'x');
    expect(() => g([1, 2])).toThrow(/x must have 1 coordinate \(x\), got 2/);
    // @ts-expect-error: a string
    expect(() => g('1')).toThrow(TypeError);
  });

  it('rejects bad variable lists', () => {
    // @ts-expect-error: not a name or array
    expect(() => fromExpression('x', 3)).toThrow(/variables must be a name or an array of names/);
    expect(() => fromExpression('x', ['x', 'x'])).toThrow(/variables\[1\] "x" is listed twice/);
    expect(() => fromExpression('x', ['x', '2y'])).toThrow(
      /variables\[1\] must be a name like x or x1, got "2y"/,
    );
    expect(() => fromExpression('x', 'sin')).toThrow(/"sin" is a function/);
    expect(() => fromExpression('x', ['x', 'e'])).toThrow(/"e" is a constant/);
    // @ts-expect-error: a number as the text
    expect(() => fromExpression(3, 'x')).toThrow(/text must be a string, got the number 3/);
    // @ts-expect-error: a string for the texts
    expect(() => fromExpressions('x', 'x')).toThrow(/texts must be an array of strings/);
  });
});

describe('variablesOf', () => {
  it('lists the free names, sorted as people number them', () => {
    expect(variablesOf('y * sin(x) + pi * e')).toEqual(['x', 'y']);
    expect(variablesOf(['x10 + x2', 'x1 * b'])).toEqual(['b', 'x1', 'x2', 'x10']);
    expect(variablesOf('2 + 3')).toEqual([]);
  });
});
