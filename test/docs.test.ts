/**
 * The docs' code samples run here, so the docs stay true to the code:
 * - every ```ts block of README.md and docs/*.md (those listed below) is written to .tmp/docs,
 *   with `forward-ad` imports pointed at src/, typechecked with tsc and run; a line
 *   `expression; // → value` asserts that the expression gives the value shown (`// → ≈ value`:
 *   to six significant digits; objects: the keys shown; a note in parentheses may follow);
 * - every ```console block's `$ forward-ad ...` commands run on the built CLI (dist/cli.js) and
 *   must print exactly the output shown under them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const DOCS = [
  'README.md',
  'docs/getting-started.md',
  'docs/derivatives.md',
  'docs/jacobians.md',
  'docs/hessians.md',
  'docs/taylor.md',
  'docs/conventions.md',
  'docs/performance.md',
  'docs/cli.md',
];
const out = join(root, '.tmp', 'docs');

interface Block {
  doc: string;
  line: number;
  lang: string;
  text: string;
}

function blocks(doc: string): Block[] {
  const lines = readFileSync(join(root, doc), 'utf8').split('\n');
  const found: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w+)\s*$/.exec(lines[i]);
    if (!open) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end] !== '```') end++;
    found.push({ doc, line: start + 1, lang: open[1], text: lines.slice(start, end).join('\n') });
    i = end;
  }
  return found;
}

/** A ts sample as a module: imports pointed at src/, `// →` lines turned into checks. */
function toModule(b: Block): string {
  const body = b.text
    .replace(/from 'forward-ad\/expression'/g, "from '../../src/expression/index.js'")
    .replace(/from 'forward-ad'/g, "from '../../src/index.js'")
    .split('\n')
    .map((line, k) => {
      const m = /^(\s*)(.*?);?\s*\/\/ → (≈ )?(.*)$/.exec(line);
      if (!m || /^(const|let|import|export|return)\b/.test(m[2]) || m[2] === '') return line;
      const where = JSON.stringify(`${b.doc}:${b.line + k}`);
      // A note in parentheses may follow the value: `// → ≈ 1.0806 (2·cos 1)`.
      const value = /^(.+?)\s+\([^()]*\)$/.exec(m[4])?.[1] ?? m[4];
      return `${m[1]}docCheck(${m[2]}, ${value}, ${m[3] !== undefined}, ${where});`;
    })
    .join('\n');
  return `import { docCheck } from '../../test/helpers/doc-check.js';\n${body}\nexport {};\n`;
}

const all = DOCS.filter((d) => existsSync(join(root, d))).flatMap(blocks);
const samples = all.filter((b) => b.lang === 'ts');
const consoles = all.filter((b) => b.lang === 'console');
const fileOf = (b: Block): string => `${b.doc.replace(/[/.]/g, '_')}_${b.line}.ts`;

describe('docs: TypeScript samples', () => {
  // Written when the tests run, not when the file is imported (listing the tests writes nothing).
  beforeAll(() => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    for (const b of samples) writeFileSync(join(out, fileOf(b)), toModule(b));
  });

  it('lists docs that exist and have samples', () => {
    expect(samples.length).toBeGreaterThan(10);
  });

  it('typecheck', () => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const files = samples.map((b) => join(out, fileOf(b)));
    const r = spawnSync(
      process.execPath,
      [
        tsc,
        '--noEmit',
        '--strict',
        '--target',
        'es2022',
        '--module',
        'esnext',
        '--moduleResolution',
        'bundler',
        '--skipLibCheck',
        '--types',
        'node',
        ...files,
      ],
      { encoding: 'utf8', cwd: root },
    );
    expect(r.stdout + r.stderr).toBe('');
  }, 60_000);

  it.each(samples.map((b) => [`${b.doc}:${b.line}`, b] as const))('%s runs', async (_name, b) => {
    await import(join(out, fileOf(b)));
  });
});

describe('docs: command-line sessions', () => {
  const bin = join(root, 'dist', 'cli.js');
  const sessions = consoles.flatMap((b) => {
    const lines = b.text.split('\n');
    const runs: { where: string; command: string; expected: string }[] = [];
    lines.forEach((line, k) => {
      if (!line.startsWith('$ forward-ad')) return;
      let end = k + 1;
      while (end < lines.length && !lines[end].startsWith('$ ')) end++;
      runs.push({
        where: `${b.doc}:${b.line + k}`,
        command: line.slice(2),
        expected: lines.slice(k + 1, end).join('\n'),
      });
    });
    return runs;
  });

  it.each(sessions.map((s) => [s.where, s] as const))(
    '%s prints what the doc shows',
    (_where, s) => {
      expect(existsSync(bin), 'build first: npx tsup').toBe(true);
      const r = spawnSync(
        '/bin/sh',
        ['-c', s.command.replace(/^forward-ad/, `"${process.execPath}" "${bin}"`)],
        {
          encoding: 'utf8',
        },
      );
      const printed = (r.stdout + r.stderr).replace(/\s+$/gm, '').trimEnd();
      expect(printed).toBe(s.expected.replace(/\s+$/gm, '').trimEnd());
    },
  );
});
