/**
 * From a syntax tree to a function: each node becomes a closure that calls the functional op of
 * its operator or function, so that one expression runs on plain numbers and on every number
 * type. Subtrees without variables are folded into constants once.
 *
 * @module
 */
import { ExpressionError } from './error.js';
import {
  BINARY_FUNCTIONS,
  type BinaryOp,
  CONSTANTS,
  FUNCTION_NAMES,
  NEGATE,
  OPERATORS,
  signatureOf,
  UNARY_FUNCTIONS,
  type UnaryOp,
  type Value,
} from './functions.js';
import type { SyntaxNode } from './parse.js';

/** A compiled expression: the variables' values in, the expression's value out. */
export type Evaluator = (variables: readonly Value[]) => Value;

/** A compiled node: a folded constant, or a closure over the variables. */
type Compiled = { constant: number } | { run: Evaluator };

const has = (table: object, name: string): boolean => Object.hasOwn(table, name);

/** The edit distance of a and b, for "did you mean" hints. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + cost);
    }
    row = next;
  }
  return row[b.length];
}

/** " (did you mean sin?)" when a known name is one or two edits away from a longer name. */
function suggestion(name: string, known: readonly string[]): string {
  // Short names are one edit away from too many others for a hint to help.
  if (name.length < 3) return '';
  let best = '';
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(name.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best ? ` (did you mean ${best}?)` : '';
}

const list = (names: readonly string[]): string => (names.length ? names.join(', ') : 'none');

function unary(op: UnaryOp, a: Compiled): Compiled {
  if ('constant' in a) return { constant: op(a.constant) as number };
  const ra = a.run;
  return { run: (v) => op(ra(v)) };
}

function binary(op: BinaryOp, a: Compiled, b: Compiled): Compiled {
  if ('constant' in a && 'constant' in b) return { constant: op(a.constant, b.constant) as number };
  if ('constant' in a) {
    const ca = a.constant;
    const rb = (b as { run: Evaluator }).run;
    return { run: (v) => op(ca, rb(v)) };
  }
  const ra = a.run;
  if ('constant' in b) {
    const cb = b.constant;
    return { run: (v) => op(ra(v), cb) };
  }
  const rb = b.run;
  return { run: (v) => op(ra(v), rb(v)) };
}

/** Compiles a tree against the variable names (variable i reads `variables[i]`). */
function compileNode(node: SyntaxNode, text: string, variables: readonly string[]): Compiled {
  const recurse = (n: SyntaxNode): Compiled => compileNode(n, text, variables);
  switch (node.kind) {
    case 'number':
      return { constant: node.value };
    case 'name': {
      const i = variables.indexOf(node.name);
      if (i >= 0) return { run: (v) => v[i] };
      if (has(CONSTANTS, node.name)) return { constant: CONSTANTS[node.name] };
      if (FUNCTION_NAMES.includes(node.name)) {
        throw new ExpressionError(
          `${node.name} is a function: call it as ${signatureOf(node.name)}`,
          text,
          node.start,
        );
      }
      const known = [...variables, ...Object.keys(CONSTANTS)];
      throw new ExpressionError(
        `unknown variable '${node.name}'${suggestion(node.name, known)}; ` +
          `known variables: ${list(variables)}; constants: ${list(Object.keys(CONSTANTS))}`,
        text,
        node.start,
      );
    }
    case 'negate':
      return unary(NEGATE, recurse(node.arg));
    case 'binary':
      return binary(OPERATORS[node.op], recurse(node.left), recurse(node.right));
    case 'call':
      return compileCall(node, text, recurse, variables);
  }
}

function compileCall(
  node: Extract<SyntaxNode, { kind: 'call' }>,
  text: string,
  recurse: (n: SyntaxNode) => Compiled,
  variables: readonly string[],
): Compiled {
  const { name, args } = node;
  const count = `got ${args.length}`;
  if (has(UNARY_FUNCTIONS, name)) {
    if (args.length !== 1) {
      throw new ExpressionError(
        `${name} takes 1 argument, ${signatureOf(name)}; ${count}`,
        text,
        node.start,
      );
    }
    return unary(UNARY_FUNCTIONS[name], recurse(args[0]));
  }
  if (has(BINARY_FUNCTIONS, name)) {
    const { op, variadic } = BINARY_FUNCTIONS[name];
    if (variadic ? args.length < 2 : args.length !== 2) {
      const how = variadic ? 'at least 2 arguments' : '2 arguments';
      throw new ExpressionError(
        `${name} takes ${how}, ${signatureOf(name)}; ${count}`,
        text,
        node.start,
      );
    }
    let result = recurse(args[0]);
    for (let i = 1; i < args.length; i++) result = binary(op, result, recurse(args[i]));
    return result;
  }
  if (variables.includes(name) || has(CONSTANTS, name)) {
    throw new ExpressionError(
      `${name} is not a function; write ${name}*(...) for a product`,
      text,
      node.start,
    );
  }
  throw new ExpressionError(
    `unknown function '${name}'${suggestion(name, FUNCTION_NAMES)}; ` +
      `known functions: ${FUNCTION_NAMES.join(', ')}`,
    text,
    node.start,
  );
}

/**
 * Compiles a syntax tree into an evaluator over the given variables.
 *
 * @param node - the tree, from `parseSyntax`
 * @param text - the expression text, for error messages
 * @param variables - the variable names; variable i is read from the evaluator's argument i
 * @returns the evaluator
 * @throws ExpressionError for an unknown name or a wrong number of arguments
 */
export function compileSyntax(
  node: SyntaxNode,
  text: string,
  variables: readonly string[],
): Evaluator {
  const compiled = compileNode(node, text, variables);
  if ('constant' in compiled) {
    const c = compiled.constant;
    return () => c;
  }
  return compiled.run;
}

/**
 * The names an expression uses that are neither functions nor constants, in order of first use.
 *
 * @param node - the tree
 * @returns the free variable names
 */
export function namesIn(node: SyntaxNode): string[] {
  const seen: string[] = [];
  const visit = (n: SyntaxNode): void => {
    switch (n.kind) {
      case 'name':
        if (!has(CONSTANTS, n.name) && !seen.includes(n.name)) seen.push(n.name);
        return;
      case 'negate':
        visit(n.arg);
        return;
      case 'binary':
        visit(n.left);
        visit(n.right);
        return;
      case 'call':
        for (const a of n.args) visit(a);
        return;
      case 'number':
        return;
    }
  };
  visit(node);
  return seen;
}
