import type { Cond, Expr, Stmt } from "./types.js";

type Read = Extract<Expr, { kind: "read" }>;

/** Visits every statement, nested ones included. */
export function forEachStmt(stmts: readonly Stmt[], visit: (stmt: Stmt) => void): void {
  for (const stmt of stmts) {
    visit(stmt);
    for (const list of nestedLists(stmt)) forEachStmt(list, visit);
  }
}

/** Visits every statement list (a body, a branch, a clause…), nested ones included, so neighbours can be seen together. */
export function forEachStmtList(stmts: readonly Stmt[], visit: (list: readonly Stmt[]) => void): void {
  visit(stmts);
  for (const stmt of stmts) for (const list of nestedLists(stmt)) forEachStmtList(list, visit);
}

/** The statement lists a statement holds, each run in order on its own. */
export function nestedLists(stmt: Stmt): readonly (readonly Stmt[])[] {
  switch (stmt.kind) {
    case "if":
      return [stmt.then, stmt.else];
    case "loop":
      return [stmt.check, stmt.body, stmt.update];
    case "parallel":
      return stmt.branches;
    case "map":
    case "distributedMap":
      return [stmt.body];
    case "try":
      return [stmt.body, ...(stmt.catch?.handlers.map((h) => h.body) ?? []), stmt.catch?.rest ?? [], stmt.finally?.body ?? []];
    case "switch":
      return stmt.clauses.map((clause) => clause.body);
    default:
      return [];
  }
}

/** Every read a statement makes itself (not those of nested statements). */
export function readsOf(stmt: Stmt): Read[] {
  switch (stmt.kind) {
    case "assign":
      return readsInExpr(stmt.value);
    case "call":
      return [stmt.call.input, stmt.call.timeoutSeconds, stmt.call.heartbeatSeconds].flatMap((e) => (e ? readsInExpr(e) : []));
    case "wait":
      return [stmt.seconds, stmt.until].flatMap((e) => (e ? readsInExpr(e) : []));
    case "if":
      return readsInCond(stmt.cond);
    case "return":
      return stmt.value ? readsInExpr(stmt.value) : [];
    case "throw":
      return [stmt.error, stmt.cause].flatMap((e) => (e ? readsInExpr(e) : []));
    case "loop":
      return readsInCond(stmt.cond);
    case "break":
    case "continue":
      return [];
    case "switch":
      return stmt.clauses.flatMap((clause) => (clause.cond ? readsInCond(clause.cond) : []));
    case "parallel":
      return [];
    case "map":
      return readsInExpr(stmt.items);
    case "distributedMap":
      return [
        stmt.source.kind === "items" ? stmt.source.items : stmt.source.location,
        stmt.batch?.input,
        stmt.toleratedFailurePercentage,
        stmt.toleratedFailureCount,
        stmt.resultWriter,
      ].flatMap((e) => (e ? readsInExpr(e) : []));
    case "try":
      return [];
    case "rethrow":
      return [{ kind: "read", root: { kind: "variable", id: stmt.variable }, path: [], kinds: ["object"] }];
  }
}

export function readsInExpr(expr: Expr): Read[] {
  switch (expr.kind) {
    case "literal":
      return [];
    case "read":
      return [expr];
    case "object":
      return expr.entries.flatMap((e) => readsInExpr(e.value));
    case "array":
      return expr.items.flatMap(readsInExpr);
    case "format":
      return expr.values.flatMap(readsInExpr);
    case "intrinsic":
      return expr.args.flatMap(readsInExpr);
  }
}

export function readsInCond(cond: Cond): Read[] {
  switch (cond.kind) {
    case "constant":
      return [];
    case "compare":
      return [...readsInExpr(cond.left), ...readsInExpr(cond.right)];
    case "truthy":
    case "present":
    case "typeof":
      return readsInExpr(cond.value);
    case "and":
    case "or":
      return cond.items.flatMap(readsInCond);
    case "not":
      return readsInCond(cond.item);
  }
}

/** Whether any statement of `body`, nested ones included, reads the execution's input. */
export function readsInput(body: readonly Stmt[]): boolean {
  let found = false;
  forEachStmt(body, (stmt) => {
    if (readsOf(stmt).some((read) => read.root.kind === "input")) found = true;
  });
  return found;
}
