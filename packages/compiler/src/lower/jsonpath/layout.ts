import type { Expr, PathSegment, Stmt, WorkflowIR } from "../../analyze/ir.js";
import { forEachStmt, readsOf } from "../../analyze/walk.js";
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
}

export function planLayout(ir: WorkflowIR): Layout {
  const wrapKeys = new Map<string, string>();
  const read = new Set<string>();
  forEachStmt(ir.body, (stmt) => {
    for (const expr of readsOf(stmt)) if (expr.root.kind === "variable") read.add(expr.root.id);
    const resultKey = stmt.kind === "call" ? resultKeyOf(stmt.call) : undefined;
    if (stmt.kind === "call" && stmt.variable && resultKey) wrapKeys.set(stmt.variable, resultKey);
  });
  forEachStmt(ir.body, (stmt) => {
    if (stmt.kind === "assign" && !wrapKeys.has(stmt.variable) && needsWrapper(stmt.value)) wrapKeys.set(stmt.variable, "value");
  });
  return {
    slot: (variable) => variable,
    wrapKey: (variable) => wrapKeys.get(variable),
    isRead: (variable) => read.has(variable),
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
