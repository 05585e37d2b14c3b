// `npm start`: a short tour of forward-ad on built-in examples, using the built package.
import {
  checkGradient,
  derivative,
  div,
  exp,
  gradient,
  jvp,
  mul,
  sin,
  sub,
} from '../dist/index.js';

const f = (x) => div(mul(sin(mul(x, x)), exp(x)), mul(x, x).add(1));
console.log('f(x) = sin(x²)·eˣ/(1+x²)');
console.log(`  f′(0.7) = ${derivative(f, 0.7)}`);

const rosenbrock = ([x, y]) => add2(pow2(sub(1, x)), mul(100, pow2(sub(y, mul(x, x)))));
const add2 = (a, b) => a.add(b);
const pow2 = (a) => mul(a, a);
console.log('Rosenbrock (1−x)² + 100(y−x²)²');
console.log(`  ∇f(−1.2, 1) = [${gradient(rosenbrock, [-1.2, 1]).join(', ')}]`);
console.log(
  `  gradient check against central differences: ${checkGradient(rosenbrock, [-1.2, 1]).ok}`,
);

const u = ([x1, x2]) => [x1.add(x2), x1.sub(x2)];
console.log('u(x) = (x1+x2, x1−x2): J·(1, 0) at (1, 2) =', jvp(u, [1, 2], [1, 0]));
