// `npm start`: a short tour of forward-ad — the command line on a few expressions, then the
// examples in examples/, built from TypeScript on the spot and run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli.js');
const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);

if (!existsSync(cli)) {
  console.log('Building the package first (npm run build)...');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}

console.log(bold('forward-ad: exact derivatives by forward-mode automatic differentiation\n'));
console.log(bold('1. The command line (npx forward-ad --help)\n'));
const commands = [
  ['derivative', 'sin(x)^2', '--at', '1'],
  ['derivative', 'exp(-x^2)', '--at', '0.5', '--order', '3'],
  ['gradient', '(1 - x)^2 + 100*(y - x^2)^2', '--at', '-1.2,1'],
  ['jacobian', 'x1 + x2', 'x1 - x2', '--at', '1,2'],
  ['hessian', 'x^3 - 3*x + y^3 - 3*y', '--at', '-1,1'],
  ['taylor', 'cos(x)', '--order', '4', '--plot', '--width', '56', '--height', '14'],
];
for (const args of commands) {
  const shown = args.map((a) => (/[\s*^()]/.test(a) ? `"${a}"` : a)).join(' ');
  console.log(`$ forward-ad ${shown}`);
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  process.stdout.write(r.stdout + r.stderr);
  console.log();
}

console.log(bold('2. The examples (examples/*.ts)\n'));
const { build } = await import('tsup');
const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.ts'));
const outDir = join(root, '.tmp', 'examples');
await build({
  config: false,
  entry: examples.map((f) => join(root, 'examples', f)),
  outDir,
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  splitting: false,
  silent: true,
  outExtension: () => ({ js: '.mjs' }),
});
for (const file of examples) {
  const name = file.replace(/\.ts$/, '');
  const example = await import(pathToFileURL(join(outDir, `${name}.mjs`)).href);
  console.log(bold(`examples/${file}`));
  example.main(console.log);
  console.log();
}
console.log('Run the tests with npm test; read docs/getting-started.md next.');
