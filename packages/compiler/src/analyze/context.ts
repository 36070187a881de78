import type { Node, ts } from "ts-morph";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Expr, Kinds, Stmt, Variable } from "../ir/types.js";

/** What a name in the workflow body stands for. */
export type Binding =
  | { kind: "variable"; id: string; mutable: boolean }
  /** A const whose value is a pure read or literal: no state is needed to hold it. */
  | { kind: "alias"; value: Expr }
  | { kind: "input" }
  | { kind: "context" }
  /** Declared by a statement that failed (and was reported): its reads are not reported again. */
  | { kind: "failed" };

/** Per-workflow analysis state; each visitor receives it and adds to it. */
export interface AnalysisContext {
  readonly diagnostics: Diagnostic[];
  readonly variables: Map<string, Variable>;
  readonly bindings: Map<ts.Node, Binding>;
  /** Variables and parameters assigned anywhere after their declaration. */
  readonly reassigned: Set<ts.Node>;
  /** Variables that may change after they are first written; aliases may not read them. */
  readonly mutableVariables: Set<string>;
  /** Variables bound by `catch (e)`: they hold Step Functions' error output `{ Error, Cause }`. */
  caughtErrors?: Set<string>;
  /** The innermost statement a `break` leaves (a switch), when there is one. */
  readonly breakTarget?: string;
  /** Inside a `choice` branch: `return v` gives `v` to `variable` and leaves the statement `target`. */
  readonly returnTarget?: { variable?: string; target: string };
  /** The helpers being inlined, outermost first: calling one of them again would never end. */
  readonly inlining?: readonly Node[];
}

export function newVariable(context: AnalysisContext, name: string, kinds: Kinds): string {
  const slot = name.replace(/[^A-Za-z0-9_]/g, "_") || "value";
  let id = slot;
  for (let n = 2; context.variables.has(id); n++) id = `${slot}_${n}`;
  context.variables.set(id, { id, name, kinds });
  return id;
}

export function bindingOf(context: AnalysisContext, declaration: Node): Binding | undefined {
  return context.bindings.get(declaration.compilerNode);
}

/** Statements hoisted out of an expression (awaited calls), to run before the statement that holds it. */
export type Hoisted = Stmt[];
