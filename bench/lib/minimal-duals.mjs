/**
 * For scale: the smallest dual and hyper-dual classes that can run the second-derivative and JVP
 * workloads, each rule written into its method, with no rule table, no perturbation tags and no
 * checks of any kind. Timed beside forward-ad's object path, they show what the object path costs
 * as such (one object per operation, kept wherever V8 cannot remove it) apart from what forward-ad
 * adds to it (the shared rule table, the tags, the argument checks).
 *
 * Not a usable library: a wrong operand type gives NaN or garbage, and nothing stops numbers of
 * two derivative calls from mixing.
 *
 * @module
 */

/** value + tangent·ε: what a Dual carries, and nothing else. */
export class MinimalDual {
  constructor(value, tangent) {
    this.value = value;
    this.tangent = tangent;
  }

  add(b) {
    return typeof b === 'number'
      ? new MinimalDual(this.value + b, this.tangent)
      : new MinimalDual(this.value + b.value, this.tangent + b.tangent);
  }

  mul(b) {
    return typeof b === 'number'
      ? new MinimalDual(this.value * b, this.tangent * b)
      : new MinimalDual(this.value * b.value, this.tangent * b.value + this.value * b.tangent);
  }

  tanh() {
    const t = Math.tanh(this.value);
    return new MinimalDual(t, this.tangent * (1 - t * t));
  }
}

/** value + e1·ε1 + e2·ε2 + e12·ε1ε2: what a HyperDual carries, and nothing else. */
export class MinimalHyperDual {
  constructor(value, e1, e2, e12) {
    this.value = value;
    this.e1 = e1;
    this.e2 = e2;
    this.e12 = e12;
  }

  add(b) {
    return typeof b === 'number'
      ? new MinimalHyperDual(this.value + b, this.e1, this.e2, this.e12)
      : new MinimalHyperDual(
          this.value + b.value,
          this.e1 + b.e1,
          this.e2 + b.e2,
          this.e12 + b.e12,
        );
  }

  mul(b) {
    if (typeof b === 'number') {
      return new MinimalHyperDual(this.value * b, this.e1 * b, this.e2 * b, this.e12 * b);
    }
    const x = this.value;
    const y = b.value;
    return new MinimalHyperDual(
      x * y,
      y * this.e1 + x * b.e1,
      y * this.e2 + x * b.e2,
      y * this.e12 + x * b.e12 + this.e1 * b.e2 + this.e2 * b.e1,
    );
  }

  div(b) {
    if (typeof b === 'number') {
      return new MinimalHyperDual(this.value / b, this.e1 / b, this.e2 / b, this.e12 / b);
    }
    // q = a/b: q′ = (a′ − q·b′)/b and q″ = (a″ − q·b″ − q′₁·b′₂ − q′₂·b′₁)/b.
    const y = b.value;
    const q = this.value / y;
    const q1 = (this.e1 - q * b.e1) / y;
    const q2 = (this.e2 - q * b.e2) / y;
    return new MinimalHyperDual(q, q1, q2, (this.e12 - q * b.e12 - q1 * b.e2 - q2 * b.e1) / y);
  }

  sin() {
    const s = Math.sin(this.value);
    const c = Math.cos(this.value);
    return new MinimalHyperDual(s, c * this.e1, c * this.e2, c * this.e12 - s * this.e1 * this.e2);
  }

  exp() {
    const e = Math.exp(this.value);
    return new MinimalHyperDual(e, e * this.e1, e * this.e2, e * (this.e12 + this.e1 * this.e2));
  }
}

/**
 * f″(x) by one sweep of the minimal hyper-dual.
 *
 * @param {(x: MinimalHyperDual) => MinimalHyperDual} f - the function
 * @param {number} x - the point
 * @returns {number} f″(x)
 * @example
 * minimalSecondDerivative((x) => x.mul(x), 3); // 2
 */
export function minimalSecondDerivative(f, x) {
  return f(new MinimalHyperDual(x, 1, 1, 0)).e12;
}

/**
 * f(x) and J(x)·v by one sweep of the minimal dual, f: Rⁿ → Rᵐ.
 *
 * @param {(x: MinimalDual[]) => MinimalDual[]} f - the function
 * @param {readonly number[]} x - the point
 * @param {readonly number[]} v - the direction
 * @returns {{ value: number[], tangent: number[] }} f(x) and J·v
 * @example
 * minimalJvp((x) => [x[0].mul(x[1])], [2, 3], [1, 0]); // { value: [6], tangent: [3] }
 */
export function minimalJvp(f, x, v) {
  const n = x.length;
  const seeds = new Array(n);
  for (let i = 0; i < n; i++) seeds[i] = new MinimalDual(x[i], v[i]);
  const y = f(seeds);
  const m = y.length;
  const value = new Array(m);
  const tangent = new Array(m);
  for (let i = 0; i < m; i++) {
    value[i] = y[i].value;
    tangent[i] = y[i].tangent;
  }
  return { value, tangent };
}
