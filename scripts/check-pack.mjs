// Packs the package as a user installs it, installs the tarball into a fresh folder, and uses it
// through both `import` and `require`: the published entry points, not the source, are tested.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
  writeFileSync(join(work, 'esm.mjs'), esm);
  writeFileSync(join(work, 'cjs.cjs'), cjs);
  process.stdout.write(run('node', ['esm.mjs'], work));
  process.stdout.write(run('node', ['cjs.cjs'], work));
  // The core import must load nothing outside the package.
  const deps = JSON.parse(run('npm', ['ls', '--all', '--json'], work)).dependencies;
  const nested = deps['forward-ad'].dependencies ?? {};
  if (Object.keys(nested).length > 0)
    throw new Error(`runtime dependencies: ${Object.keys(nested)}`);
  console.log('pack check: 2 passed, 0 failed');
} finally {
  rmSync(work, { recursive: true, force: true });
}
