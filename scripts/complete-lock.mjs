// The npm registry this project is built against serves only the platform binaries of the
// machines it runs on (linux-x64/arm64, glibc), so `npm install` leaves the other platforms'
// optional packages (biome, rollup) out of package-lock.json, and `npm ci` then refuses the lock
// as out of sync. This adds those entries back, marked optional with their os/cpu/libc, so that
// `npm ci` skips them on this platform without fetching anything. Run after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
const OS = ['android', 'darwin', 'linux', 'win32', 'freebsd', 'openbsd', 'openharmony'];
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x'];

/** os, cpu and libc of a platform package, read from its name (cli-darwin-arm64, rollup-linux-x64-musl). */
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.find((p) => CPU.includes(p));
  if (!os || !cpu) return null;
  const entry = { os: [os], cpu: [cpu] };
  if (os === 'linux')
    entry.libc = [
      parts.includes('musl') || parts.some((p) => p.startsWith('musl')) ? 'musl' : 'glibc',
    ];
  return entry;
}

let added = 0;
for (const [key, pkg] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const at = `node_modules/${dep}`;
    if (packages[at] || packages[`${key}/${at}`]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    packages[at] = { version, ...platform, dev: pkg.dev, optional: true };
    if (!pkg.dev) delete packages[at].dev;
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  ),
);
lock.packages = sorted;
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lock: added ${added} optional platform entries`);
