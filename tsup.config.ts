import { defineConfig } from 'tsup';

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
    clean: true,
  },
]);
