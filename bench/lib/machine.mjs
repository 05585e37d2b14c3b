/**
 * What the numbers were measured on: the machine, Node and V8, and the package versions.
 *
 * @module
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

/** The peers and tools whose versions the report names. */
export const PEER_PACKAGES = [
  'benchmark',
  'mathjs',
  '@thi.ng/dual-algebra',
  '@tensorflow/tfjs',
  '@jax-js/jax',
];

/**
 * The machine: CPU model, core count, memory, OS, Node and V8 versions.
 *
 * @returns {{ cpu: string, cores: number, memoryGiB: number, os: string, node: string,
 * v8: string }} the description
 * @example
 * machineInfo().cores; // 2
 */
export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() || 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    v8: process.versions.v8,
  };
}

/**
 * forward-ad's version and commit, and the installed version of each peer.
 *
 * @param {string} root - the repository root
 * @returns {Record<string, string>} package name → version
 * @example
 * packageVersions('.')['mathjs']; // "15.2.0"
 */
export function packageVersions(root) {
  const read = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  const versions = { 'forward-ad': `${read(root)} (${commitOf(root)})` };
  for (const name of PEER_PACKAGES) {
    try {
      versions[name] = read(join(root, 'node_modules', name));
    } catch {
      versions[name] = 'not installed';
    }
  }
  return versions;
}

/** The short commit hash of the working tree, with "+changes" when it has uncommitted edits. */
function commitOf(root) {
  try {
    const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    const hash = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--untracked-files=no', '--', 'src') !== '';
    return dirty ? `${hash}+changes in src/` : hash;
  } catch {
    return 'unknown commit';
  }
}
