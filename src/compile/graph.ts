/**
 * The expression graph a trace records: one node per distinct operation, in creation order (which
 * is a topological order), hash-consed so that a repeated subexpression is one node.
 *
 * The graph only stores; simplification (constant folding, identities) lives in `simplify.ts` and
 * the derivative structure (dependency sets, sparsity) in `analysis.ts`.
 *
 * @module
 */
import type { UnaryName } from '../rules.js';

/** Unary operations: every elementary function of the rule table, and negation. */
export type UnaryOp = UnaryName | 'neg';

/** Binary operations whose partials come from `R.binaryRules` (besides mul and div). */
export type BinaryRuleOp = 'pow' | 'atan2' | 'hypot';

/** Comparisons: their node's value is 1 (true) or 0 (false), and they carry no derivative. */
export type CompareOp = 'lt' | 'le' | 'gt' | 'ge' | 'eq' | 'ne';

/** Every kind of node. `power` is a^p for a constant p (the node's `param`). */
export type NodeOp =
  | 'input'
  | 'const'
  | 'add'
  | 'sub'
  | 'mul'
  | 'div'
  | 'power'
  | BinaryRuleOp
  | 'min'
  | 'max'
  | UnaryOp
  | CompareOp
  | 'where';

/** The comparison operators, as JavaScript writes them. */
export const compareOperators: Readonly<Record<CompareOp, string>> = {
  lt: '<',
  le: '<=',
  gt: '>',
  ge: '>=',
  eq: '===',
  ne: '!==',
};

/** True for the comparison ops. */
export function isCompare(op: NodeOp): op is CompareOp {
  return Object.hasOwn(compareOperators, op);
}

/** Marks an absent operand. */
export const NONE = -1;

/** A key for a number that tells −0 from 0 (and every NaN is one constant). */
function numberKey(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

/**
 * A hash-consed expression graph. Node ids are indices into the parallel arrays; operands always
 * have smaller ids than the node using them.
 */
export class Graph {
  /** The operation of each node. */
  readonly op: NodeOp[] = [];
  /** First operand (the condition of `where`), or {@link NONE}. */
  readonly a: number[] = [];
  /** Second operand, or {@link NONE}. */
  readonly b: number[] = [];
  /** Third operand (the `else` branch of `where`), or {@link NONE}. */
  readonly c: number[] = [];
  /** The constant's value, the input's index or the exponent of `power`; NaN otherwise. */
  readonly param: number[] = [];
  /** How many inputs the traced function has. */
  readonly inputs: number;
  private readonly index = new Map<string, number>();

  /**
   * @param inputs - the number of inputs; nodes 0..inputs−1 are the inputs
   */
  constructor(inputs: number) {
    this.inputs = inputs;
    for (let i = 0; i < inputs; i++) this.node('input', NONE, NONE, NONE, i);
  }

  /** The number of nodes. */
  get size(): number {
    return this.op.length;
  }

  /** The node for a constant. */
  constant(x: number): number {
    return this.node('const', NONE, NONE, NONE, x);
  }

  /** True when node `id` is a constant. */
  isConstant(id: number): boolean {
    return this.op[id] === 'const';
  }

  /**
   * The node for an operation on existing nodes: an existing node when the same operation on the
   * same operands was recorded before (common subexpressions merge), else a new one.
   */
  node(op: NodeOp, a: number, b: number, c: number, param: number): number {
    const key = `${op}|${a}|${b}|${c}|${numberKey(param)}`;
    const found = this.index.get(key);
    if (found !== undefined) return found;
    const id = this.op.length;
    this.op.push(op);
    this.a.push(a);
    this.b.push(b);
    this.c.push(c);
    this.param.push(param);
    this.index.set(key, id);
    return id;
  }
}
