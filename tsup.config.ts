import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  splitting: false,
  treeshake: true,
  // Error messages name the number types; keep their class names through minification-free renames.
  keepNames: true,
});
