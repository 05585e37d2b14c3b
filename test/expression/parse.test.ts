import { describe, expect, it } from 'vitest';
import { ExpressionError, fromExpression } from '../../src/expression/index.js';

/** The expression's value at x (one variable x), on plain numbers. */
const at = (text: string, x = 0): number => fromExpression(text, 'x')(x);

/** The ExpressionError the expression throws. */
function errorOf(text: string, variables: string | string[] = 'x'): ExpressionError {
  try {
    fromExpression(text, variables as string);
  } catch (e) {
    if (e instanceof ExpressionError) return e;
    throw e;
  }
  throw new Error(`"${text}" parsed without an error`);
}

describe('expression grammar', () => {
  it('reads numbers in every notation', () => {
    expect(at('42')).toBe(42);
    expect(at('.5')).toBe(0.5);
    expect(at('2.25')).toBe(2.25);
    expect(at('1e-3')).toBe(0.001);
    expect(at('6.02E23')).toBe(6.02e23);
  });

  it('gives * and / precedence over + and −, both left-associative', () => {
    expect(at('2 + 3 * 4')).toBe(14);
    expect(at('2 * 3 + 4')).toBe(10);
    expect(at('10 - 4 - 3')).toBe(3);
    expect(at('2 / 4 / 2')).toBe(0.25);
    expect(at('(2 + 3) * 4')).toBe(20);
  });

  it('makes ^ right-associative, above * and above unary minus', () => {
    expect(at('2^3^2')).toBe(512); // 2^(3^2), not (2^3)^2 = 64
    expect(at('2 * 3^2')).toBe(18);
    expect(at('-2^2')).toBe(-4); // −(2²), as in mathematics
    expect(at('(-2)^2')).toBe(4);
    expect(at('-x^2', 3)).toBe(-9);
    expect(at('--x^2', 3)).toBe(9);
    expect(at('2^-1')).toBe(0.5);
    expect(at('2^-x^2', 1)).toBe(0.5); // 2^(−(x²))
    expect(at('x * -x^2', 2)).toBe(-8);
    expect(at('(-x^2)^3', 2)).toBe(-64);
    expect(at('2**3**2')).toBe(512);
  });

  it('takes unary plus and minus anywhere a value can stand', () => {
    expect(at('+x', 4)).toBe(4);
    expect(at('-(x + 1)', 4)).toBe(-5);
    expect(at('3 - -x', 4)).toBe(7);
    expect(at('sin(-x)', 0.5)).toBe(-Math.sin(0.5));
  });

  it('knows the constants pi (π) and e', () => {
    expect(at('pi')).toBe(Math.PI);
    expect(at('π')).toBe(Math.PI);
    expect(at('e')).toBe(Math.E);
    expect(at('e^x', 1)).toBe(Math.E ** 1);
  });

  it('accepts blanks, newlines and typeset operators − · ×', () => {
    expect(at(' \t x \n + 1 ', 2)).toBe(3);
    expect(at('x − 1 · 2 × 3', 10)).toBe(4);
    expect(at('−x', 2)).toBe(-2);
  });

  it('folds min, max and hypot over more than two arguments', () => {
    expect(at('max(1, x, 3)', 5)).toBe(5);
    expect(at('min(4, x, 3)', 5)).toBe(3);
    expect(at('hypot(1, 2, 2)')).toBe(3);
  });
});

describe('expression errors', () => {
  it('are SyntaxErrors with the position and what was expected', () => {
    const e = errorOf('sin(x');
    expect(e).toBeInstanceOf(SyntaxError);
    expect(e.name).toBe('ExpressionError');
    expect(e.position).toBe(5);
    expect(e.expression).toBe('sin(x');
    expect(e.message).toMatch(/missing '\)'/);
    expect(e.pointer()).toBe('sin(x\n     ^');
  });

  it.each([
    ['x +', 3, /expected an expression after \+/],
    ['x y', 2, /expected an operator \(\+ - \* \/ \^\), '\)' or the end/],
    ['x, y', 1, /expected an operator/],
    ['2x', 1, /cannot be followed directly by a name.*write 2\*x/],
    ['x % 2', 2, /unexpected '%'/],
    ['x == 1', 2, /unexpected '='/],
    ['x ? 1 : 2', 2, /unexpected '\?'/],
    ['"x"', 0, /expressions hold numbers, names and operators only/],
    ['x[0]', 1, /unexpected '\['/],
    ['x.y', 1, /unexpected '\.'/],
    ['()', 1, /expected an expression inside \( \)/],
    ['(x;)', 2, /unexpected ';'/],
    ['(x, 1)', 2, /inside the parentheses/],
    ['max(x 1)', 6, /expected ',' or '\)'/],
    ['sin(x,)', 6, /expected an argument after ','/],
    ['sin(,x)', 4, /expected an argument before ','/],
    ['', 0, /empty expression/],
    ['  ', 2, /empty expression/],
    [',x', 0, /unexpected ','/],
    ['x;', 1, /unexpected ';'/],
  ])('"%s": at position %d', (text, position, message) => {
    const e = errorOf(text);
    expect(e.position).toBe(position);
    expect(e.message).toMatch(message);
  });

  it('name an unknown function, suggest a near one, and list the known ones', () => {
    const e = errorOf('1 + sinn(x)');
    expect(e.position).toBe(4);
    expect(e.message).toMatch(/unknown function 'sinn' \(did you mean sin\?\)/);
    expect(e.message).toMatch(/known functions: abs, acos, .*erfc, exp, .* tanh/);
    expect(errorOf('gamma(x)').message).not.toMatch(/did you mean/);
  });

  it('name an unknown variable and list the variables and constants', () => {
    const e = errorOf('x + z', ['x', 'y']);
    expect(e.position).toBe(4);
    expect(e.message).toMatch(/unknown variable 'z'.*known variables: x, y; constants: pi, π, e/);
    expect(errorOf('true').message).toMatch(/unknown variable 'true'/);
  });

  it('report a wrong number of arguments with the call form', () => {
    expect(errorOf('2 * atan2(x)').message).toMatch(
      /atan2 takes 2 arguments, atan2\(y, x\); got 1/,
    );
    expect(errorOf('2 * atan2(x)').position).toBe(4);
    expect(errorOf('sin(x, 1)').message).toMatch(/sin takes 1 argument, sin\(x\); got 2/);
    expect(errorOf('pow(x)').message).toMatch(/pow takes 2 arguments, pow\(x, y\); got 1/);
    expect(errorOf('max(x)').message).toMatch(/max takes at least 2 arguments/);
    expect(errorOf('exp()').message).toMatch(/exp takes 1 argument, exp\(x\); got 0/);
  });

  it('explain a function used as a value and a variable called as a function', () => {
    expect(errorOf('sin + 1').message).toMatch(/sin is a function: call it as sin\(x\)/);
    expect(errorOf('x(x + 1)').message).toMatch(/x is not a function; write x\*\(\.\.\.\)/);
  });
});
