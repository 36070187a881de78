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
  | { kind: "task"; resource: string };

export interface TaskCall {
  target: TaskTarget;
  /** The declaring const's name, the default state name. */
  taskName: string;
  input: Expr;
  stateName?: string;
  comment?: string;
  retry: RetryPolicy[];
  timeoutSeconds?: Expr;
  heartbeatSeconds?: Expr;
}

/** A statement; `label` is short source text for readable state names. */
export type Stmt =
  | { kind: "assign"; variable: string; value: Expr; label: string; at: SourceLocation }
  | { kind: "call"; variable?: string; call: TaskCall; at: SourceLocation }
  | { kind: "wait"; seconds?: Expr; until?: Expr; stateName?: string; comment?: string; label: string; at: SourceLocation }
  | { kind: "if"; cond: Cond; then: readonly Stmt[]; else: readonly Stmt[]; label: string; at: SourceLocation }
  | { kind: "return"; value?: Expr; label: string; at: SourceLocation }
  | { kind: "throw"; error: Expr; cause?: Expr; label: string; at: SourceLocation }
  /**
   * One Choice: the first clause whose `cond` holds runs, else the clause without one (the
   * default), else nothing. A clause's body that ends without `break` falls into the next body.
   * `id` is what `break` statements name; `label` names the Choice state.
   */
  | { kind: "switch"; id: string; clauses: readonly SwitchClause[]; label: string; at: SourceLocation }
  /** Leaves the switch (or other breakable statement) named `target`. */
  | { kind: "break"; target: string; at: SourceLocation };

export interface SwitchClause {
  /** Undefined for the default clause. */
  cond?: Cond;
  body: readonly Stmt[];
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
