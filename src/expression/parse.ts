/**
 * Parsing: jsep, configured for arithmetic only, turned into a small syntax tree whose nodes know
 * where they are in the text (for error messages).
 *
 * jsep keeps its configuration in static fields; this entry bundles its own copy of jsep, so the
 * configuration below affects nobody else.
 *
 * @module
 */
import jsep from 'jsep';
import { ExpressionError } from './error.js';

/** A node of the syntax tree; `start`/`end` delimit its text (parentheses included). */
export type SyntaxNode =
  | { kind: 'number'; value: number; start: number; end: number }
  | { kind: 'name'; name: string; start: number; end: number }
  | { kind: 'call'; name: string; args: SyntaxNode[]; start: number; end: number }
  | { kind: 'negate'; arg: SyntaxNode; start: number; end: number }
  | {
      kind: 'binary';
      op: '+' | '-' | '*' | '/' | '^';
      left: SyntaxNode;
      right: SyntaxNode;
      start: number;
      end: number;
    };

/** jsep's nodes, as the token hook below builds them (with positions). */
interface RawNode extends jsep.Expression {
  start?: number;
  end?: number;
  /** Set on the content of a parenthesized group: where the group starts and ends. */
  groupStart?: number;
  groupEnd?: number;
}

const CODE = { period: 46, openParen: 40, closeParen: 41, plus: 43, minus: 45 } as const;

// Operators: arithmetic only, `^` (and `**`) right-associative above * and /. Typographic
// − · × are accepted as copied from typeset formulas. Everything else (comparisons, logic, %,
// the ternary ?:, literals true/false/null) is removed so that it fails where it stands.
jsep.removeAllBinaryOps();
jsep.removeAllUnaryOps();
jsep.removeAllLiterals();
for (const op of ['+', '-', '−']) jsep.addBinaryOp(op, 9);
for (const op of ['*', '/', '·', '×']) jsep.addBinaryOp(op, 10);
for (const op of ['^', '**']) jsep.addBinaryOp(op, 11, true);
(jsep.hooks as unknown as Record<string, unknown[]>)['after-expression'] = [];

const OPERATOR_NAMES: Record<string, '+' | '-' | '*' | '/' | '^'> = {
  '+': '+',
  '-': '-',
  '−': '-',
  '*': '*',
  '·': '*',
  '×': '*',
  '/': '/',
  '^': '^',
  '**': '^',
};

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
// As jsep's identifiers: ASCII letters, _ and $, and any other non-ASCII character but − · ×.
const isNameStart = (c: number, ch: string): boolean =>
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  c === 95 ||
  c === 36 ||
  (c >= 128 && !(ch in OPERATOR_NAMES));

/**
 * Every token goes through this hook, so that each node records where it starts and ends; it also
 * gives unary minus and plus (jsep's bind tighter than ^; see `toSyntax`) and refuses what an
 * arithmetic expression cannot contain.
 */
function gobbleToken(this: jsep.HookScope, env: { node?: jsep.Expression }): void {
  const start = this.index;
  const c = this.code;
  let node: RawNode | undefined;
  if (c === CODE.period && !isDigit(this.expr.charCodeAt(start + 1))) {
    this.throwError("Unexpected '.': expressions hold numbers, names and operators only");
  } else if (isDigit(c) || c === CODE.period) {
    node = { ...(this.gobbleNumericLiteral() as RawNode), start, end: this.index };
  } else if (c === CODE.minus || c === CODE.plus || this.char === '−') {
    const operator = c === CODE.plus ? '+' : '-';
    this.index++;
    const argument = this.gobbleToken();
    if (!argument) this.throwError(`Expected an expression after unary ${this.expr[start]}`);
    node = { type: 'UnaryExpression', operator, argument, prefix: true, start, end: this.index };
  } else if (isNameStart(c, this.char)) {
    const id = this.gobbleIdentifier() as RawNode;
    const nameEnd = this.index;
    this.gobbleSpaces();
    if (this.code === CODE.openParen) {
      this.index++;
      const args = this.gobbleArguments(CODE.closeParen) as unknown as jsep.Expression[];
      const callee = { ...id, start, end: nameEnd };
      node = { type: 'CallExpression', callee, arguments: args, start, end: this.index };
    } else {
      node = { ...id, start, end: nameEnd };
    }
  } else if (c === CODE.openParen) {
    const inner = this.gobbleGroup() as RawNode | false;
    if (!inner) {
      this.index = start + 1;
      this.throwError('Expected an expression inside ( )');
    }
    node = { ...inner, groupStart: start, groupEnd: this.index };
  } else if (this.char === '"' || this.char === "'" || this.char === '[') {
    this.throwError(
      `Unexpected '${this.char}': expressions hold numbers, names and operators only`,
    );
  }
  if (node) env.node = node;
}
jsep.hooks.add('gobble-token', gobbleToken, true);

/** Where a raw node's text starts, parentheses included. */
function startOf(n: RawNode): number {
  if (n.groupStart !== undefined) return n.groupStart;
  if (n.type === 'BinaryExpression') return startOf(n.left as RawNode);
  return n.start ?? 0;
}

/** Where a raw node's text ends, parentheses included. */
function endOf(n: RawNode): number {
  if (n.groupEnd !== undefined) return n.groupEnd;
  if (n.type === 'BinaryExpression') return endOf(n.right as RawNode);
  return n.end ?? 0;
}

/** The first non-blank index at or after i. */
function skipBlanks(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

const EXPECTED_NEXT = "expected an operator (+ - * / ^), ')' or the end of the expression";

/** Turns jsep's tree into a {@link SyntaxNode} tree, rejecting what jsep accepts but we do not. */
function toSyntax(n: RawNode, text: string): SyntaxNode {
  const start = startOf(n);
  const end = endOf(n);
  if (n.groupStart !== undefined && n.groupEnd !== undefined) {
    // jsep skips separators inside a group, as in "(x;)"; refuse them.
    const before = skipBlanks(text, n.groupStart + 1);
    if (n.type !== 'SequenceExpression' && before !== startOf({ ...n, groupStart: undefined })) {
      throw new ExpressionError(`unexpected '${text[before]}'`, text, before);
    }
    const after = skipBlanks(text, endOf({ ...n, groupEnd: undefined }));
    if (n.type !== 'SequenceExpression' && after !== n.groupEnd - 1) {
      throw new ExpressionError(`unexpected '${text[after]}'; expected ')'`, text, after);
    }
  }
  switch (n.type) {
    case 'Literal':
      return { kind: 'number', value: n.value as number, start, end };
    case 'Identifier':
      return { kind: 'name', name: n.name as string, start, end };
    case 'CallExpression': {
      const callee = n.callee as RawNode;
      const raw = n.arguments as RawNode[];
      // jsep also takes blanks as argument separators (max(x y)); insist on commas.
      for (let i = 1; i < raw.length; i++) {
        const at = skipBlanks(text, endOf(raw[i - 1]));
        if (text[at] !== ',') throw new ExpressionError("expected ',' or ')'", text, at);
      }
      const args = raw.map((a) => toSyntax(a, text));
      return { kind: 'call', name: callee.name as string, args, start, end };
    }
    case 'UnaryExpression': {
      const arg = toSyntax(n.argument as RawNode, text);
      return n.operator === '+' ? { ...arg, start, end } : { kind: 'negate', arg, start, end };
    }
    case 'BinaryExpression': {
      const op = OPERATOR_NAMES[n.operator as string];
      const left = n.left as RawNode;
      // jsep binds unary minus tighter than ^, but in mathematics −x^2 is −(x^2): move the minus
      // out of an unparenthesized left operand of ^ (recursively, for −−x^2).
      if (op === '^' && left.type === 'UnaryExpression' && left.groupStart === undefined) {
        const power: RawNode = {
          ...n,
          left: left.argument as RawNode,
          groupStart: undefined,
          groupEnd: undefined,
        };
        const moved: RawNode = {
          ...left,
          argument: power,
          groupStart: n.groupStart,
          groupEnd: n.groupEnd,
        };
        moved.end = endOf({ ...n, groupEnd: undefined });
        return toSyntax(moved, text);
      }
      return {
        kind: 'binary',
        op,
        left: toSyntax(left, text),
        right: toSyntax(n.right as RawNode, text),
        start,
        end,
      };
    }
    case 'SequenceExpression': {
      const first = (n.expressions as RawNode[])[0];
      throw new ExpressionError(
        `${EXPECTED_NEXT.replace(' or the end of the expression', '')} inside the parentheses`,
        text,
        skipBlanks(text, endOf(first)),
      );
    }
    default:
      throw new ExpressionError(`unsupported syntax (${n.type})`, text, start);
  }
}

/** jsep's wording, made specific where a common mistake causes it. */
function explain(description: string): string {
  const digitName = /^Variable names cannot start with a number \((.*)\)$/.exec(description);
  if (digitName) {
    const s = digitName[1];
    return `a number cannot be followed directly by a name (${s}…): write ${s.slice(0, -1)}*${s.slice(-1)}…`;
  }
  if (description === 'Unclosed (' || description === 'Expected )') return "missing ')'";
  if (description === 'Unexpected token )') return "expected an argument after ','";
  if (description === 'Unexpected token ,') return "expected an argument before ','";
  if (description === 'Expected comma') return "expected ',' or ')'";
  const after = /^Expected expression after (.*)$/.exec(description);
  if (after) return `expected an expression after ${after[1]}`;
  const unexpected = /^Unexpected "(.*)"$/.exec(description);
  if (unexpected) return `unexpected '${unexpected[1]}'; ${EXPECTED_NEXT}`;
  return description.charAt(0).toLowerCase() + description.slice(1);
}

/**
 * Parses an arithmetic expression.
 *
 * @param text - the expression, e.g. `x^2 * sin(y) - 1`
 * @returns its syntax tree
 * @throws ExpressionError (a SyntaxError with `.position`) when the text is not an expression
 */
export function parseSyntax(text: string): SyntaxNode {
  let raw: RawNode;
  try {
    raw = jsep(text) as RawNode;
  } catch (e) {
    const err = e as Error & { index?: number; description?: string };
    if (typeof err.index !== 'number') throw e;
    const description = err.description ?? err.message;
    // jsep reports these after stepping over the offending ',' or ')'.
    const stepped = description === 'Unexpected token )' || description === 'Unexpected token ,';
    throw new ExpressionError(explain(description), text, err.index - (stepped ? 1 : 0));
  }
  if (raw.type === 'Compound') {
    const body = raw.body as RawNode[];
    if (body.length === 0) {
      throw new ExpressionError(
        'empty expression; expected a number, a variable or a function call',
        text,
        skipBlanks(text, 0),
      );
    }
    throw new ExpressionError(EXPECTED_NEXT, text, skipBlanks(text, endOf(body[0])));
  }
  // jsep skips stray separators around a single expression (",x;"); refuse them.
  const first = skipBlanks(text, 0);
  if (startOf(raw) !== first) throw new ExpressionError(`unexpected '${text[first]}'`, text, first);
  const last = skipBlanks(text, endOf(raw));
  if (last < text.length)
    throw new ExpressionError(`unexpected '${text[last]}'; ${EXPECTED_NEXT}`, text, last);
  return toSyntax(raw, text);
}
