/**
 * The `forward-ad` command: derivatives, gradients, Jacobians, Hessians and Taylor coefficients
 * of math expressions. `npx forward-ad --help` lists the commands.
 *
 * @module
 */
import { run } from './cli/run.js';

// The build writes the package version here (tsup `env`); a source run says "development".
const version = process.env.FORWARD_AD_VERSION ?? 'development';

process.exitCode = run(
  process.argv.slice(2),
  {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  },
  version,
);
