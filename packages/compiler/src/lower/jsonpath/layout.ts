import type { Expr, PathSegment, Stmt, WorkflowIR } from "../../ir/types.js";
import { forEachStmt, forEachStmtList, readsOf } from "../../ir/walk.js";
import { resultKeyOf } from "./task.js";

/**
 * Where each variable lives in the state's data. The data is an object of live variables
 * (`$.total`); the execution input stays in `$$.Execution.Input`, so a variable can never
 * clobber an input field. A variable some state can only write wrapped (a Lambda result is
 * `{ Payload }`; a computed scalar needs a key to land on) lives one level down, the same for
 * every write so all paths agree at merges.
 */
export interface Layout {
  slot(variable: string): string;
  /** The key under the slot where the value is, when the variable is wrapped. */
  wrapKey(variable: string): string | undefined;
  /** Variables read somewhere: writes to others are dead and skipped. */
  isRead(variable: string): boolean;
  /** How many reads of the variable the workflow has. */
  readCount(variable: string): number;
}

type CallStmt = Extract<Stmt, { kind: "call" }>;

/**
 * `const r = await t(); x = r.field;` where nothing else reads `r`: the Task writes `x` itself,
 * its ResultSelector picking the field, instead of a Pass copying it over. Layout and lowering
 * both ask this, so they agree on where `x` lives.
 */
export function selectedResultAt(layout: Pick<Layout, "readCount">, list: readonly Stmt[], index: number): { call: CallStmt; variable: string; select: readonly PathSegment[] } | undefined {
  const [call, assign] = [list[index], list[index + 1]];
  if (call?.kind !== "call" || !call.variable || assign?.kind !== "assign" || assign.variable === call.variable) return undefined;
  const value = assign.value;
  if (value.kind !== "read" || value.root.kind !== "variable" || value.root.id !== call.variable) return undefined;
  if (layout.readCount(call.variable) !== 1) return undefined;
  return { call, variable: assign.variable, select: value.path };
}

export function planLayout(ir: WorkflowIR): Layout {
  const wrapKeys = new Map<string, string>();
  const reads = new Map<string, number>();
  forEachStmt(ir.body, (stmt) => {
    for (const expr of readsOf(stmt)) if (expr.root.kind === "variable") reads.set(expr.root.id, (reads.get(expr.root.id) ?? 0) + 1);
    const resultKey = stmt.kind === "call" ? resultKeyOf(stmt.call) : undefined;
    if (stmt.kind === "call" && stmt.variable && resultKey) wrapKeys.set(stmt.variable, resultKey);
  });
  const readCount = (variable: string) => reads.get(variable) ?? 0;
  forEachStmtList(ir.body, (list) => {
    list.forEach((_, index) => {
      const selected = selectedResultAt({ readCount }, list, index);
      if (!selected || wrapKeys.has(selected.variable)) return;
      // A part of a result lands under a key (ResultSelector builds objects); a whole plain result does not.
      const key = resultKeyOf(selected.call.call) ?? (selected.select.length > 0 ? "value" : undefined);
      if (key) wrapKeys.set(selected.variable, key);
    });
  });
  forEachStmt(ir.body, (stmt) => {
    if (stmt.kind === "assign" && !wrapKeys.has(stmt.variable) && needsWrapper(stmt.value)) wrapKeys.set(stmt.variable, "value");
  });
  return {
    slot: (variable) => variable,
    wrapKey: (variable) => wrapKeys.get(variable),
    isRead: (variable) => readCount(variable) > 0,
    readCount,
  };
}

/** Values a Pass can place at `$.slot` directly: literals (Result), objects (Parameters), paths in `$` (InputPath). */
function needsWrapper(value: Expr): boolean {
  if (value.kind === "literal" || value.kind === "object") return false;
  return !(value.kind === "read" && value.root.kind === "variable");
}

/** The JSONPath of a variable's value. */
export function variablePath(layout: Layout, variable: string, path: readonly PathSegment[] = []): string {
  const key = layout.wrapKey(variable);
  return renderPath("$", [layout.slot(variable), ...(key ? [key] : []), ...path]);
}

export function renderPath(root: string, segments: readonly PathSegment[]): string {
  let text = root;
  for (const segment of segments) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(segment)) text += `.${segment}`;
    else text += `['${segment.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}']`;
  }
  return text;
}

export type { Stmt };
