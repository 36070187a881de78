import type { Cond, Expr, Stmt } from "./ir.js";

type Read = Extract<Expr, { kind: "read" }>;

/** Visits every statement, nested ones included. */
export function forEachStmt(stmts: readonly Stmt[], visit: (stmt: Stmt) => void): void {
  for (const stmt of stmts) {
    visit(stmt);
    if (stmt.kind === "if") {
      forEachStmt(stmt.then, visit);
      forEachStmt(stmt.else, visit);
    }
    if (stmt.kind === "loop") {
      forEachStmt(stmt.check, visit);
      forEachStmt(stmt.body, visit);
      forEachStmt(stmt.update, visit);
    }
    if (stmt.kind === "parallel") for (const branch of stmt.branches) forEachStmt(branch, visit);
    if (stmt.kind === "map") forEachStmt(stmt.body, visit);
    if (stmt.kind === "try") forEachStmt(nestedInTry(stmt), visit);
    if (stmt.kind === "switch") for (const clause of stmt.clauses) forEachStmt(clause.body, visit);
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
    case "try":
      return [];
    case "rethrow":
      return [{ kind: "read", root: { kind: "variable", id: stmt.variable }, path: [], kinds: ["object"] }];
  }
}

/** The statements of a try statement's blocks, in source order. */
export function nestedInTry(stmt: Extract<Stmt, { kind: "try" }>): Stmt[] {
  return [
    ...stmt.body,
    ...(stmt.catch?.handlers.flatMap((h) => h.body) ?? []),
    ...(stmt.catch?.rest ?? []),
    ...(stmt.finally?.body ?? []),
  ];
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
