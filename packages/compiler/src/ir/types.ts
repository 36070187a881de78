/**
 * The typed intermediate representation: what a workflow means, with every type question already
 * answered by the checker. Lowering reads only this; it never sees ts-morph nodes.
 */
import type { SourceLocation } from "../diagnostics/report.js";

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The JSON kinds a value may have at run time; "undefined" means the property may be absent. */
export type Kind = "string" | "number" | "boolean" | "null" | "object" | "array" | "undefined";
export type Kinds = readonly Kind[];

export type PathSegment = string | number;

/** Where a read starts: a workflow variable, the execution input, or the `$$` context object. */
export type Root =
  | { kind: "variable"; id: string }
  | { kind: "input" }
  | { kind: "context"; path: readonly string[] };

export type Expr =
  | { kind: "literal"; value: Json; kinds: Kinds }
  | { kind: "read"; root: Root; path: readonly PathSegment[]; kinds: Kinds }
  | { kind: "object"; entries: readonly { key: string; value: Expr }[]; kinds: Kinds }
  | { kind: "array"; items: readonly Expr[]; kinds: Kinds }
  /** `States.Format` of a template; `parts` alternate with the holes as in a template literal. */
  | { kind: "format"; parts: readonly string[]; values: readonly Expr[]; kinds: Kinds }
  /** An intrinsic function other than States.Format (`States.MathAdd`, `States.ArrayLength`, …). */
  | { kind: "intrinsic"; name: string; args: readonly Expr[]; kinds: Kinds };

export type TypeofName = "string" | "number" | "boolean" | "object" | "undefined";

export type CompareOp = "===" | "!==" | "<" | "<=" | ">" | ">=";

export type Cond =
  | { kind: "constant"; value: boolean }
  | { kind: "compare"; op: CompareOp; left: Expr; right: Expr }
  | { kind: "truthy"; value: Expr }
  /** `x !== undefined`: the value is present (JSON has no undefined, only absence). */
  | { kind: "present"; value: Expr }
  /** `typeof x === "string"` (number, boolean, object, undefined): a type test. */
  | { kind: "typeof"; value: Expr; type: TypeofName }
  | { kind: "and"; items: readonly Cond[] }
  | { kind: "or"; items: readonly Cond[] }
  | { kind: "not"; item: Cond };

export interface RetryPolicy {
  errors: string[];
  intervalSeconds?: number;
  maxAttempts?: number;
  backoffRate?: number;
  maxDelaySeconds?: number;
  jitter?: "FULL" | "NONE";
}

export type TaskTarget =
  | { kind: "lambda"; functionArn: string }
  | { kind: "task"; resource: string }
  /** Another workflow, run as a nested execution (`states:startExecution.sync:2`). */
  | { kind: "workflow"; stateMachineArn: string; placeholder?: string };

export interface TaskCall {
  target: TaskTarget;
  /** The declaring const's name, the default state name. */
  taskName: string;
  input: Expr;
  stateName?: string;
  /** Set when the user gave `stateName` (the `name` option): it is then used exactly, and this is where it is written. */
  stateNameAt?: SourceLocation;
  comment?: string;
  retry: RetryPolicy[];
  timeoutSeconds?: Expr;
  heartbeatSeconds?: Expr;
  /** The callback pattern: the Resource gets `.waitForTaskToken` and the result is what SendTaskSuccess sends. */
  waitForTaskToken?: boolean;
  /** The call expression, where problems with the call itself are reported. */
  callAt?: SourceLocation;
}

/** A statement; `label` is short source text for readable state names. */
export type Stmt =
  /** `construct` names, for the source map, the statement a compiler-made assignment serves (a `for…of` loop's counter). */
  | { kind: "assign"; variable: string; value: Expr; label: string; at: SourceLocation; stateName?: string; construct?: string }
  | { kind: "call"; variable?: string; call: TaskCall; at: SourceLocation }
  | { kind: "wait"; seconds?: Expr; until?: Expr; stateName?: string; stateNameAt?: SourceLocation; comment?: string; label: string; at: SourceLocation }
  | { kind: "if"; cond: Cond; then: readonly Stmt[]; else: readonly Stmt[]; label: string; at: SourceLocation }
  | { kind: "return"; value?: Expr; label: string; at: SourceLocation }
  | { kind: "throw"; error: Expr; cause?: Expr; label: string; at: SourceLocation }
  | LoopStmt
  /** Leaves the switch named `target`, or the innermost loop when there is none. */
  | { kind: "break"; target?: string; at: SourceLocation }
  /** Goes on with the innermost loop's `update`, then its test. */
  | { kind: "continue"; at: SourceLocation }
  | ParallelStmt
  | MapStmt
  | DistributedMapStmt
  /** `try { body } catch (variable) { … } finally { … }`: see CatchClause and FinallyClause. */
  | { kind: "try"; body: readonly Stmt[]; catch?: CatchClause; finally?: FinallyClause; label: string; at: SourceLocation }
  /** `throw e` of a caught error: the same Error and Cause again. */
  | { kind: "rethrow"; variable: string; label: string; at: SourceLocation }
  /**
   * One Choice: the first clause whose `cond` holds runs, else the clause without one (the
   * default), else nothing. A clause's body that ends without `break` falls into the next body.
   * `id` is what `break` statements name; `label` names the Choice state.
   */
  | { kind: "switch"; id: string; clauses: readonly SwitchClause[]; label: string; at: SourceLocation };

export interface SwitchClause {
  /** Undefined for the default clause. */
  cond?: Cond;
  body: readonly Stmt[];
  /** The case's test as source text (`status === "paid"`), for the source map. */
  label?: string;
}

/**
 * A sequential loop. Each test runs `check` (awaited calls hoisted out of the condition), then
 * tests `cond`; `testFirst` is false for `do … while`, whose body runs once before the first test.
 * `continue` runs `update` next. `for` initializers are ordinary statements before the loop.
 */
export interface LoopStmt {
  kind: "loop";
  check: readonly Stmt[];
  cond: Cond;
  testFirst: boolean;
  body: readonly Stmt[];
  update: readonly Stmt[];
  label: string;
  /** The statement it was written as (for the source map). */
  construct: "for" | "for…of" | "while" | "do…while";
  at: SourceLocation;
}

/** Options of a Parallel or Map state itself. */
export interface ConcurrentOptions {
  stateName?: string;
  /** Where the user's `name` option is written; the name is then used exactly. */
  stateNameAt?: SourceLocation;
  comment?: string;
  retry: RetryPolicy[];
}

/** `parallel(...)` / `Promise.all([...])`: each branch is a body of its own whose return value is its result. */
export interface ParallelStmt extends ConcurrentOptions {
  kind: "parallel";
  /** Receives the tuple of branch results. */
  variable?: string;
  branches: readonly (readonly Stmt[])[];
  label: string;
  at: SourceLocation;
}

/** `map(items, fn)` / `Promise.all(items.map(fn))`: `body` runs once per item with `item` (and `index`) bound. */
export interface MapStmt extends ConcurrentOptions {
  kind: "map";
  /** Receives the array of iteration results. */
  variable?: string;
  /** A read: the Map's ItemsPath. */
  items: Expr;
  item: string;
  index?: string;
  body: readonly Stmt[];
  /** 0 means no limit. */
  maxConcurrency?: number;
  label: string;
  at: SourceLocation;
}

export type ReaderKind = "objects" | "json" | "jsonl" | "csv" | "manifest";

/** Where a Distributed Map's items come from: an array in the state (ItemsPath) or an ItemReader. */
export type ItemSourceIR =
  | { kind: "items"; items: Expr }
  | {
      kind: "reader";
      reader: ReaderKind;
      /** `{ Bucket, Key }` or `{ Bucket, Prefix }`, each a literal or a read. */
      location: Expr;
      maxItems?: number;
      header?: "firstRow" | readonly string[];
      delimiter?: string;
      at: SourceLocation;
    };

/**
 * `distributedMap(source, fn, options)`: a Map in DISTRIBUTED mode whose `body` runs as a child
 * execution per item, or per batch with `batch` (then `item` holds `{ Items, BatchInput }`, the
 * child's whole input). `inputVariable` carries the workflow's input into unbatched children
 * (their own `$$.Execution.Input` is the item).
 */
export interface DistributedMapStmt extends ConcurrentOptions {
  kind: "distributedMap";
  variable?: string;
  source: ItemSourceIR;
  item: string;
  inputVariable: string;
  body: readonly Stmt[];
  batch?: { maxItems?: number; maxBytes?: number; input?: Expr };
  maxConcurrency?: number;
  /** Literals or reads (the `…Path` forms). */
  toleratedFailurePercentage?: Expr;
  toleratedFailureCount?: Expr;
  executionType: "STANDARD" | "EXPRESS";
  /** `{ Bucket, Prefix }`. */
  resultWriter?: Expr;
  mapRunLabel?: string;
  label: string;
  at: SourceLocation;
}

/**
 * A catch block as Catchers: each handler catches its `errors` (from `isError` tests at the
 * top of the block, else `States.ALL`) and runs its body, then `rest`; an error no handler
 * catches propagates. `variable` holds the error output `{ Error, Cause }` when the block reads it.
 */
export interface CatchClause {
  variable?: string;
  handlers: readonly CatchHandler[];
  rest: readonly Stmt[];
}

export interface CatchHandler {
  errors: readonly string[];
  body: readonly Stmt[];
}

/** A finally block; `pendingError` holds an error caught to run the block before it propagates. */
export interface FinallyClause {
  body: readonly Stmt[];
  pendingError: string;
}

export interface Variable {
  id: string;
  /** The name in the source, for readable state names. */
  name: string;
  kinds: Kinds;
}

export interface WorkflowIR {
  name: string;
  exportName: string;
  file: string;
  at: SourceLocation;
  type: "STANDARD" | "EXPRESS";
  comment?: string;
  timeoutSeconds?: number;
  queryLanguage: "JSONPath" | "JSONata";
  variables: ReadonlyMap<string, Variable>;
  body: readonly Stmt[];
}
