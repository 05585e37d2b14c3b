/**
 * What every compiled object holds: the trace, its derivative structure, and each method's code,
 * built on first use (so compile() itself only traces) with its preallocated result buffer.
 *
 * @module
 */

import { zeroMatrix, zeros } from '../zeros.js';
import { Structure } from './analysis.js';
import { buildFunction, generateSource, type Runner } from './codegen.js';
import { fuse } from './fuse.js';
import { interpret } from './interpreter.js';
import type { Program } from './ir.js';
import {
  buildGradient,
  buildHessian,
  buildHvp,
  buildJacobian,
  buildJvp,
  buildTaylor,
  buildValue,
} from './methods.js';
import {
  hessianPattern,
  jacobianPattern,
  type ScatterIndices,
  type SparsityPattern,
  scatterIndices,
} from './sparsity.js';
import type { Trace } from './tracer.js';

/**
 * How compiled methods run: `'codegen'` generates JavaScript with `new Function`; `'interpret'`
 * runs the same lowered program without generating code (for a Content-Security-Policy without
 * 'unsafe-eval'); `'auto'` (the default) generates code and falls back to the interpreter when
 * code generation is refused (an EvalError).
 */
export type CompileMode = 'auto' | 'codegen' | 'interpret';

/** A method's code, with its preallocated buffers for results the caller does not receive. */
export interface Method {
  readonly run: Runner;
  readonly program: Program;
  /** Values (m entries). */
  readonly o: Float64Array;
  /** First derivatives when the caller passes no array (sized per method). */
  readonly p: Float64Array;
  /** Second derivatives when the caller passes no array. */
  readonly q: Float64Array;
}

/** The Taylor method: its buffers grow with the largest order asked for, and only then. */
export interface SeriesMethod {
  readonly run: Runner;
  readonly program: Program;
  o: number[];
  /** Series arrays from zeros(), the one kind the recurrences are optimized for. */
  buffers: number[][];
  /** The largest order the buffers hold. */
  capacity: number;
}

/** The trace, structure and lazily built methods of one compiled function. */
export class Core {
  readonly trace: Trace;
  readonly structure: Structure;
  readonly requested: CompileMode;
  readonly scalarInput: boolean;
  private generated = true;
  private value_?: Method;
  private gradient_?: Method;
  private jacobian_?: Method;
  private hessian_?: Method;
  private jvp_?: Method;
  private hvp_?: Method;
  private taylor_?: SeriesMethod;
  private jacobianPattern_?: SparsityPattern;
  private hessianPattern_?: SparsityPattern;
  private jacobianScatter_?: ScatterIndices;
  private hessianScatter_?: ScatterIndices;

  /**
   * @param trace - the traced function
   * @param mode - how methods run
   * @param scalarInput - true for compile(f) (one number in)
   */
  constructor(trace: Trace, mode: CompileMode, scalarInput: boolean) {
    this.trace = trace;
    this.structure = new Structure(trace.graph, trace.outputs);
    this.requested = mode;
    this.scalarInput = scalarInput;
  }

  /** How methods run now: 'interpret' once code generation was refused (or asked for). */
  get mode(): 'codegen' | 'interpret' {
    return this.requested === 'interpret' || !this.generated ? 'interpret' : 'codegen';
  }

  /** The number of outputs. */
  get outputs(): number {
    return this.trace.outputs.length;
  }

  /** Fuses p's dense rows into loops (`fuse.ts`), then builds it for the mode. */
  private runner(p: Program): Runner {
    fuse(p);
    if (this.mode === 'codegen') {
      try {
        return buildFunction(generateSource(p));
      } catch (error) {
        if (this.requested === 'codegen' || !(error instanceof EvalError)) throw error;
        this.generated = false;
      }
    }
    return interpret(p);
  }

  private method(program: Program, p = 1, q = 1): Method {
    const o = new Float64Array(Math.max(1, this.outputs));
    return {
      run: this.runner(program),
      program,
      o,
      p: new Float64Array(Math.max(1, p)),
      q: new Float64Array(Math.max(1, q)),
    };
  }

  get value(): Method {
    this.value_ ??= this.method(buildValue(this.structure, this.scalarInput));
    return this.value_;
  }

  /** ∇f of a scalar output (f′ for one input), dense: p holds n entries. */
  get gradient(): Method {
    const n = this.trace.graph.inputs;
    this.gradient_ ??= this.method(buildGradient(this.structure, this.scalarInput), n);
    return this.gradient_;
  }

  /** The sparse Jacobian: p holds the pattern's entries. */
  get jacobian(): Method {
    const nnz = this.jacobianPattern.rowIndices.length;
    this.jacobian_ ??= this.method(buildJacobian(this.structure), nnz);
    return this.jacobian_;
  }

  /** f″ / the Hessian of a scalar output: p the gradient, q the pattern's entries. */
  get hessian(): Method {
    const n = this.trace.graph.inputs;
    const nnz = this.hessianPattern.rowIndices.length;
    this.hessian_ ??= this.method(buildHessian(this.structure, this.scalarInput), n, nnz);
    return this.hessian_;
  }

  get jvp(): Method {
    this.jvp_ ??= this.method(buildJvp(this.structure), this.outputs);
    return this.jvp_;
  }

  get hvp(): Method {
    this.hvp_ ??= this.method(buildHvp(this.structure), this.trace.graph.inputs);
    return this.hvp_;
  }

  /** The Taylor method with buffers for at least `order`. */
  taylor(order: number): SeriesMethod {
    if (this.taylor_ === undefined) {
      const program = buildTaylor(this.structure, this.scalarInput);
      this.taylor_ = {
        run: this.runner(program),
        program,
        o: [],
        buffers: [],
        capacity: -1,
      };
    }
    const t = this.taylor_;
    if (order > t.capacity) {
      const length = order + 1;
      t.buffers = zeroMatrix(t.program.buffers, length);
      t.o = zeros(this.outputs * length);
      t.capacity = order;
    }
    return t;
  }

  get jacobianPattern(): SparsityPattern {
    this.jacobianPattern_ ??= jacobianPattern(this.structure);
    return this.jacobianPattern_;
  }

  get hessianPattern(): SparsityPattern {
    this.hessianPattern_ ??= hessianPattern(this.structure);
    return this.hessianPattern_;
  }

  /** The Jacobian pattern for {@link scatter}. */
  get jacobianScatter(): ScatterIndices {
    this.jacobianScatter_ ??= scatterIndices(this.jacobianPattern);
    return this.jacobianScatter_;
  }

  /** The Hessian pattern for {@link scatter}. */
  get hessianScatter(): ScatterIndices {
    this.hessianScatter_ ??= scatterIndices(this.hessianPattern);
    return this.hessianScatter_;
  }

  /** The generated source of every method the function has (built if not yet). */
  source(
    methods: readonly ('value' | 'gradient' | 'jacobian' | 'hessian' | 'jvp' | 'hvp' | 'taylor')[],
  ): string {
    const parts: string[] = [];
    for (const m of methods) {
      const program = m === 'taylor' ? this.taylor(0).program : this[m].program;
      parts.push(`// ---- ${m} ----\n${generateSource(program)}`);
    }
    return parts.join('\n\n');
  }
}
