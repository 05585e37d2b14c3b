/**
 * The library functions the commands use, from one place: the public API, as a user has it.
 *
 * @module
 */
export {
  classifyCriticalPoint,
  derivatives,
  directionalDerivative,
  directionalTaylor,
  jacobian,
  jvp,
  taylor,
  valueAndDerivative,
  valueAndGradient,
} from '../index.js';
