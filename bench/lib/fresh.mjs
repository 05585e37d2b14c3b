/**
 * Fresh copies of user functions, one per contender.
 *
 * V8 keeps type feedback per function literal, shared by every closure made from it. If one
 * generic user function were fed Duals by one driver, MultiDuals by another and tracers by
 * compile(), its call sites would turn polymorphic and every contender using it would slow
 * down. A user who runs one driver does not pay that, so each contender gets its own copy,
 * compiled from the function's source.
 *
 * @module
 */

/**
 * A new function with the same source as fn, and its own type feedback.
 *
 * @template {Function} F
 * @param {F} fn - a function that refers to no outer variables (pass data through a factory:
 * `freshCopy(makeLayer)(W, b)`)
 * @returns {F} the copy
 * @example
 * const f = freshCopy((x) => x.mul(x).sin());
 */
export function freshCopy(fn) {
  return new Function(`'use strict'; return (${fn.toString()});`)();
}
