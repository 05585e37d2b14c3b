// Packs the package as a user installs it, installs the tarball into a fresh folder, and uses it
// through both `import` and `require`: the published entry points, not the source, are tested.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'forward-ad-pack-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
try {
  run('npm', ['pack', '--silent', '--pack-destination', work], root);
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack produced no tarball');
  writeFileSync(join(work, 'package.json'), '{"name":"pack-check","private":true}');
  run('npm', ['install', '--silent', '--no-audit', '--no-fund', join(work, tarball)], work);
  const esm = `
    import { derivative, gradient, sin, mul, Dual } from 'forward-ad';
    const d = derivative((x) => sin(mul(x, x)), 1);
    if (Math.abs(d - 2 * Math.cos(1)) > 1e-15) throw new Error('ESM derivative wrong: ' + d);
    const g = gradient(([x, y]) => mul(x, y), [2, 3]);
    if (g[0] !== 3 || g[1] !== 2) throw new Error('ESM gradient wrong: ' + g);
    if (!(new Dual(1, 1).sin() instanceof Dual)) throw new Error('ESM Dual');
    console.log('import ok');`;
  const cjs = `
    const { derivative, exp } = require('forward-ad');
    const d = derivative((x) => exp(x), 0);
    if (d !== 1) throw new Error('CJS derivative wrong: ' + d);
    console.log('require ok');`;
  // The expression entry, with jsep bundled in, both ways.
  const esmExpression = `
    import { gradient } from 'forward-ad';
    import { fromExpression, ExpressionError } from 'forward-ad/expression';
    const g = gradient(fromExpression('x^2 * y', ['x', 'y']), [3, 2]);
    if (g[0] !== 12 || g[1] !== 9) throw new Error('ESM expression gradient wrong: ' + g);
    let position;
    try { fromExpression('sin(x', 'x'); } catch (e) { if (e instanceof ExpressionError) position = e.position; }
    if (position !== 5) throw new Error('ESM ExpressionError position: ' + position);
    console.log('import forward-ad/expression ok');`;
  const cjsExpression = `
    const { derivative } = require('forward-ad');
    const { fromExpression } = require('forward-ad/expression');
    const d = derivative(fromExpression('x^3', 'x'), 2);
    if (d !== 12) throw new Error('CJS expression derivative wrong: ' + d);
    console.log('require forward-ad/expression ok');`;
  writeFileSync(join(work, 'esm.mjs'), esm);
  writeFileSync(join(work, 'cjs.cjs'), cjs);
  writeFileSync(join(work, 'esm-expression.mjs'), esmExpression);
  writeFileSync(join(work, 'cjs-expression.cjs'), cjsExpression);
  process.stdout.write(run('node', ['esm.mjs'], work));
  process.stdout.write(run('node', ['cjs.cjs'], work));
  process.stdout.write(run('node', ['esm-expression.mjs'], work));
  process.stdout.write(run('node', ['cjs-expression.cjs'], work));
  // The bin, as npx runs it from an install.
  const bin = join(work, 'node_modules', '.bin', 'forward-ad');
  const printed = run(bin, ['derivative', 'x^3', '--at', '2', '--json'], work);
  if (JSON.parse(printed).derivative !== 12) throw new Error(`bin output wrong: ${printed}`);
  if (!run(bin, ['--help'], work).includes('Usage: forward-ad')) throw new Error('bin --help');
  console.log('bin forward-ad ok');
  // The types of both entries, under each module resolution a user's tsconfig may use (node10,
  // TypeScript's default for CommonJS, reads typesVersions; the others read exports).
  writeFileSync(
    join(work, 'types.ts'),
    `import { type Dual, derivative, sin } from 'forward-ad';
    import { fromExpression } from 'forward-ad/expression';
    const d: number = derivative((x: Dual) => sin(x), 0);
    const f = fromExpression('x^2', 'x');
    export const checked = [d, f];`,
  );
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const [module, resolution] of [
    ['commonjs', 'node10'],
    ['nodenext', 'nodenext'],
    ['esnext', 'bundler'],
  ]) {
    const args = ['--noEmit', '--strict', '--module', module, '--moduleResolution', resolution];
    run('node', [tsc, ...args, '--target', 'es2022', 'types.ts'], work);
  }
  console.log('types under node10, nodenext and bundler resolution ok');
  // Only the expression entry and the CLI may contain the parser.
  const installed = join(work, 'node_modules', 'forward-ad', 'dist');
  for (const core of ['index.js', 'index.cjs']) {
    if (readFileSync(join(installed, core), 'utf8').includes('jsep')) {
      throw new Error(`the core entry dist/${core} contains jsep`);
    }
  }
  // The core import must load nothing outside the package.
  const deps = JSON.parse(run('npm', ['ls', '--all', '--json'], work)).dependencies;
  const nested = deps['forward-ad'].dependencies ?? {};
  if (Object.keys(nested).length > 0)
    throw new Error(`runtime dependencies: ${Object.keys(nested)}`);
  console.log('pack check: 7 passed, 0 failed');
} finally {
  rmSync(work, { recursive: true, force: true });
}
