import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const common = {
  target: 'es2022',
  sourcemap: false,
  splitting: false,
  treeshake: true,
  // Error messages name the number types; keep their class names through minification-free renames.
  keepNames: true,
  // jsep is bundled into forward-ad/expression and the CLI, so the package has no runtime
  // dependencies; the core entry never imports it.
  noExternal: ['jsep'],
} as const;

export default defineConfig([
  {
    ...common,
    entry: { index: 'src/index.ts', expression: 'src/expression/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // The two configs build in parallel: never clean away the CLI the other one writes.
    clean: ['!cli.js'],
  },
  {
    ...common,
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    banner: { js: '#!/usr/bin/env node' },
    // `forward-ad --version` prints the version it was built from.
    env: { FORWARD_AD_VERSION: version },
  },
]);
