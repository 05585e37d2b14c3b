/**
 * The built `forward-ad` bin, run as a user runs it (node dist/cli.js ...). Expected values are
 * closed forms worked out by hand in the comments.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

const bin = new URL('../dist/cli.js', import.meta.url).pathname;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Run {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs with --json and parses the result; fails on a non-zero exit. */
function json(...args: string[]): Record<string, unknown> {
  const r = cli(...args, '--json');
  if (r.status !== 0) expect.fail(`exit ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

function closeTo(got: unknown, expected: readonly number[], tol = 1e-15): void {
  const g = got as number[];
  expect(g).toHaveLength(expected.length);
  g.forEach((x, i) => {
    if (!(Math.abs(x - expected[i]) <= tol * Math.max(1, Math.abs(expected[i])))) {
      expect.fail(`entry ${i}: got ${x}, expected ${expected[i]}`);
    }
  });
}

beforeAll(() => {
  if (!existsSync(bin)) throw new Error('dist/cli.js is missing: build first (npx tsup)');
});

describe('forward-ad --help and --version', () => {
  it('lists every command and option', () => {
    const r = cli('--help');
    expect(r.status).toBe(0);
    for (const word of [
      'derivative',
      'gradient',
      'jacobian',
      'hessian',
      'taylor',
      '--at',
      '--order',
      '--direction',
      '--vars',
      '--json',
      '--plot',
    ]) {
      expect(r.stdout).toContain(word);
    }
  });

  it('has a help page per command', () => {
    expect(cli('taylor', '--help').stdout).toMatch(/^Usage: forward-ad taylor/);
    expect(cli('help', 'hessian').stdout).toMatch(/^Usage: forward-ad hessian/);
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    );
    expect(cli('--version').stdout.trim()).toBe(version);
  });
});

describe('forward-ad derivative', () => {
  it('gives f(x) and f′(x): d/dx sin²x = sin 2x', () => {
    const r = json('derivative', 'sin(x)^2', '--at', '1');
    closeTo([r.value as number, r.derivative as number], [Math.sin(1) ** 2, Math.sin(2)]);
    const text = cli('derivative', 'sin(x)^2', '--at', '1').stdout;
    expect(text).toMatch(/f′\(x\) = 0\.90929742682568/);
  });

  it('gives f, f′, ..., f⁽ⁿ⁾ with --order: e^(−x²) has f⁽ⁿ⁾ = (−1)ⁿHₙ(x)e^(−x²)', () => {
    // Hermite polynomials at x = 1/2: H0 = 1, H1 = 2x = 1, H2 = 4x² − 2 = −1, H3 = 8x³ − 12x = −5,
    // H4 = 16x⁴ − 48x² + 12 = 1.
    const r = json('derivative', 'exp(-x^2)', '--at', '0.5', '--order', '4');
    const g = Math.exp(-0.25);
    closeTo(r.derivatives, [g, -g, -g, 5 * g, g], 1e-14);
    expect(cli('derivative', 'exp(-x^2)', '--at', '0.5', '--order', '4').stdout).toContain(
      'f⁽⁴⁾(x)',
    );
  });

  it('reads the point as a constant expression and takes negative points', () => {
    closeTo([json('derivative', 'sin(x)', '--at', 'pi/3').derivative as number], [0.5]);
    expect(json('derivative', 'x^3', '--at', '-2').derivative).toBe(12);
    expect(json('derivative', 'x^3', '--at=-2').derivative).toBe(12);
    expect(json('derivative', '-x^2', '--at', '3').derivative).toBe(-6); // −(x²), not (−x)²
  });

  it('writes non-finite numbers as strings in JSON', () => {
    // √x at 0 has an infinite slope; at −1 it is outside the domain (NaN, as Math.sqrt).
    expect(json('derivative', 'sqrt(x)', '--at', '0').derivative).toBe('Infinity');
    expect(json('derivative', 'sqrt(x)', '--at', '-1').value).toBe('NaN');
  });
});

describe('forward-ad gradient and jacobian', () => {
  it('gives ∇(x²y + xy²) = (2xy + y², x² + 2xy)', () => {
    const r = json('gradient', 'x^2*y + x*y^2', '--at', '1,2');
    expect(r).toMatchObject({ variables: ['x', 'y'], value: 6, gradient: [8, 5] });
    expect(cli('gradient', 'x^2*y + x*y^2', '--at', '1,2').stdout).toContain('∇f = [8, 5]');
  });

  it('gives the directional derivative ∇f·v with --direction', () => {
    expect(json('gradient', 'x^2*y + x*y^2', '--at', '1,2', '--direction', '1,1')).toMatchObject({
      directionalDerivative: 13,
    });
  });

  it('orders the variables by --vars or by name in --at', () => {
    // f = x·y² at x = 3, y = 2: ∂f/∂x = y² = 4, ∂f/∂y = 2xy = 12.
    expect(json('gradient', 'x*y^2', '--vars', 'y,x', '--at', '2,3').gradient).toEqual([12, 4]);
    expect(json('gradient', 'x*y^2', '--at', 'y=2, x=3').gradient).toEqual([12, 4]);
    expect(json('gradient', 'x*y^2', '--at', '3,2').gradient).toEqual([4, 12]);
  });

  it('gives the Jacobian of u = (x1 + x2, x1 − x2) and J·v', () => {
    const r = json('jacobian', 'x1 + x2', 'x1 - x2', '--at', '3,-2');
    expect(r).toMatchObject({
      value: [1, 5],
      jacobian: [
        [1, 1],
        [1, -1],
      ],
    });
    const v = json('jacobian', 'x1 + x2', 'x1 - x2', '--at', '3,-2', '--direction', '2,5');
    expect(v).toMatchObject({ value: [1, 5], jvp: [7, -3] });
  });
});

describe('forward-ad hessian', () => {
  // f = x³ − 3x + y²: ∇f = (3x² − 3, 2y), H = diag(6x, 2). Critical points (±1, 0).
  it('classifies a minimum and a saddle', () => {
    const min = json('hessian', 'x^3 - 3*x + y^2', '--at', '1,0');
    expect(min).toMatchObject({
      kind: 'minimum',
      value: -2,
      gradient: [0, 0],
      hessian: [
        [6, 0],
        [0, 2],
      ],
      eigenvalues: [2, 6],
    });
    expect(json('hessian', 'x^3 - 3*x + y^2', '--at', '-1,0')).toMatchObject({
      kind: 'saddle',
      eigenvalues: [-6, 2],
    });
    expect(cli('hessian', 'x^3 - 3*x + y^2', '--at', '1,0').stdout).toMatch(/local minimum/);
  });

  it('classifies a maximum, a degenerate point and a non-critical point', () => {
    expect(json('hessian', '-x^2 - y^2', '--at', '0,0').kind).toBe('maximum');
    // x²y + xy² has the zero Hessian at the origin.
    expect(json('hessian', 'x^2*y + x*y^2', '--at', '0,0')).toMatchObject({
      kind: 'degenerate',
      hessian: [
        [0, 0],
        [0, 0],
      ],
    });
    expect(json('hessian', 'x^2 + y^2', '--at', '1,1').kind).toBe('not-critical');
  });
});

describe('forward-ad taylor', () => {
  it('gives eˣ about 0: cₖ = 1/k!', () => {
    closeTo(json('taylor', 'exp(x)').coefficients, [1, 1, 1 / 2, 1 / 6, 1 / 24, 1 / 120]);
  });

  it('gives log x about 1: cₖ = (−1)^(k+1)/k', () => {
    const r = json('taylor', 'log(x)', '--at', '1', '--order', '4');
    closeTo(r.coefficients, [0, 1, -1 / 2, 1 / 3, -1 / 4]);
    expect(cli('taylor', 'log(x)', '--at', '1', '--order', '2').stdout).toContain(
      'T2(x) = (x - 1) - 0.5·(x - 1)^2',
    );
  });

  it('gives the coefficients of t ↦ f(x0 + t·v) for several variables', () => {
    // x·y along (1, 2) + t(1, 1): (1 + t)(2 + t) = 2 + 3t + t².
    const r = json('taylor', 'x*y', '--at', '1,2', '--direction', '1,1', '--order', '3');
    expect(r.coefficients).toEqual([2, 3, 1, 0]);
  });

  it("draws f and its polynomials with --plot, with each one's largest error", () => {
    const r = cli(
      'taylor',
      'cos(x)',
      '--order',
      '2',
      '--plot',
      '--range',
      '-1,1',
      '--width',
      '40',
      '--height',
      '10',
    );
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const chart = lines.filter((l) => l.includes('│'));
    expect(chart).toHaveLength(10);
    for (const l of chart) expect(l.slice(l.indexOf('│') + 1)).toHaveLength(40);
    expect(r.stdout).toContain('●  f(x) = cos(x)');
    // On [−1, 1]: |cos x − 1| is largest at ±1, 1 − cos 1 = 0.4597; |cos x − (1 − x²/2)| is
    // largest at ±1 too, cos 1 − 1/2 = 0.04030.
    expect(r.stdout).toContain('T1(x), largest |error| on [-1, 1]: 0.46');
    expect(r.stdout).toContain('T2(x), largest |error| on [-1, 1]: 0.0403');
    const ascii = cli('taylor', 'cos(x)', '--plot', '--ascii').stdout;
    expect(ascii).not.toMatch(/[│─┼└●]/);
  });
});

describe('forward-ad usage errors: exit code 2 and a clear message', () => {
  it.each([
    [[], /missing command/],
    [['integrate', 'x'], /unknown command 'integrate'; commands: derivative, gradient/],
    [['derivative', 'x^2'], /derivative needs the point: --at 1 \(x\)/],
    [['derivative'], /derivative needs an expression/],
    [
      ['derivative', 'x*y', '--at', '1'],
      /derivative is for functions of one variable.*use gradient/,
    ],
    [
      ['gradient', 'x*y', '--at', '1,2,3'],
      /--at has 3 coordinates but the function has 2 variables \(x, y\)/,
    ],
    [
      ['gradient', 'x*y', '--at', '1,2', '--direction', '1'],
      /--direction has 1 entry but the function has 2/,
    ],
    [['gradient', 'x*y', '--at', '1,a'], /--at: "a" is not a number/],
    [['gradient', 'x*y', '--at', 'z=1,y=2'], /z is not a variable; variables: x, y/],
    [['derivative', 'x', '--at', '1', '--plot'], /derivative does not take --plot/],
    [['derivative', 'x', '--at', '1', '--order', '1.5'], /--order must be a whole number/],
    [['derivative', 'x', '--at'], /--at needs a value/],
    [['derivative', 'x', '--frobnicate'], /unknown option --frobnicate/],
    [['gradient', 'x*y', 'x+y', '--at', '1,2'], /gradient takes one expression, got 2/],
    [['taylor', 'x*y'], /give --at and --direction/],
    [['gradient', 'x*y', '--vars', 'x,x', '--at', '1,2'], /--vars: x is listed twice/],
    [['gradient', 'x', '--vars', '2y', '--at', '1'], /--vars: "2y" is not a name/],
    [['gradient', 'x', '--vars', 'sin', '--at', '1'], /--vars: sin is a function or constant/],
  ])('%j', (args, message) => {
    const r = cli(...(args as string[]));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/See forward-ad( \w+)? --help\./);
  });

  it('shows where an expression is wrong, with a caret', () => {
    const r = cli('derivative', 'sin(x', '--at', '1');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `forward-ad: missing ')' (at position 5 of "sin(x")\n  sin(x\n       ^\n`,
    );
  });

  it('names an unknown function or variable with the known ones, and a wrong number of arguments', () => {
    const unknown = cli('gradient', 'x + sinn(y)', '--at', '1,2');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(
      /unknown function 'sinn' \(did you mean sin\?\); known functions: abs, acos/,
    );
    expect(unknown.stderr).toContain('\n  x + sinn(y)\n      ^');
    const variable = cli('gradient', 'x*y', '--vars', 'x', '--at', '1');
    expect(variable.status).toBe(2);
    expect(variable.stderr).toMatch(/unknown variable 'y'; known variables: x/);
    const arity = cli('derivative', 'atan2(x)', '--at', '1');
    expect(arity.status).toBe(2);
    expect(arity.stderr).toMatch(/atan2 takes 2 arguments, atan2\(y, x\); got 1/);
  });
});
