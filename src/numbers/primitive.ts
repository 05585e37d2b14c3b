/**
 * Shared by every number type: converting a forward-mode number to a primitive number would drop
 * its perturbations silently (`x > 0` works by accident, `x * 2` loses the derivative), so only
 * string conversion is allowed.
 */
export function primitiveGuard(x: { toString(): string }, hint: string): string {
  if (hint === 'string') return x.toString();
  throw new TypeError(
    `forward-ad: a ${x.constructor.name} was used where a plain number was expected ` +
      '(an arithmetic operator or comparison such as x * 2 or x > 0). Use the methods or ' +
      'functional ops (x.mul(2), mul(x, 2)) to keep the derivative, and x.value to compare.',
  );
}
