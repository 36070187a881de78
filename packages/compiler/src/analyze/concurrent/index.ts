import { Node, type CallExpression } from "ts-morph";
import { dslRoleOf, resolveSymbol } from "../../discover/dslSymbols.js";
import { unwrap } from "../../discover/workflows.js";
import { locationOf } from "../../diagnostics/report.js";
import { newVariable, type AnalysisContext, type Hoisted } from "../context.js";
import type { Expr, Stmt } from "../../ir/types.js";
import { kindsOfNode } from "../kinds.js";
import { analyzeDistributedMap } from "./distributedMap.js";
import { analyzeMap } from "./map.js";
import { analyzeParallel } from "./parallel.js";
import { analyzePromiseAll } from "./promiseAll.js";

/** A call that runs work concurrently: the DSL's `parallel` / `map`, or the global `Promise.all`. */
export type ConcurrentCall = { kind: "parallel" | "map" | "distributedMap" | "promiseAll"; call: CallExpression };

export function concurrentCallOf(node: Node | undefined): ConcurrentCall | undefined {
  const call = unwrap(node);
  if (!call || !Node.isCallExpression(call)) return undefined;
  const callee = call.getExpression();
  const role = dslRoleOf(callee);
  if (role === "parallel" || role === "map" || role === "distributedMap") return { kind: role, call };
  if (isLibMethod(callee, "PromiseConstructor", "all")) return { kind: "promiseAll", call };
  return undefined;
}

/** `await parallel(…)` / `await map(…)` / `await Promise.all(…)` as a whole initializer or right-hand side. */
export function awaitedConcurrentCall(node: Node | undefined): ConcurrentCall | undefined {
  const inner = unwrap(node);
  return inner && Node.isAwaitExpression(inner) ? concurrentCallOf(inner.getExpression()) : undefined;
}

/** The concurrent call as a Parallel or Map statement whose result goes to `variable`. */
export function analyzeConcurrentCall(
  concurrent: ConcurrentCall,
  context: AnalysisContext,
  hoisted: Hoisted,
  variable: string | undefined,
): Stmt {
  switch (concurrent.kind) {
    case "parallel":
      return analyzeParallel(concurrent.call, context, hoisted, variable);
    case "map":
      return analyzeMap(concurrent.call, context, hoisted, variable);
    case "distributedMap":
      return analyzeDistributedMap(concurrent.call, context, hoisted, variable);
    case "promiseAll":
      return analyzePromiseAll(concurrent.call, context, hoisted, variable);
  }
}

/** An awaited concurrent call inside an expression runs first, into a variable of its own. */
export function hoistConcurrentCall(concurrent: ConcurrentCall, resultNode: Node, context: AnalysisContext, hoisted: Hoisted): Expr {
  const kinds = kindsOfNode(resultNode) ?? ["array"];
  const variable = newVariable(context, `${resultName(concurrent)}Result`, kinds);
  hoisted.push(analyzeConcurrentCall(concurrent, context, hoisted, variable));
  return { kind: "read", root: { kind: "variable", id: variable }, path: [], kinds };
}

/**
 * Whether `node` names a method of one of TypeScript's own lib interfaces (`PromiseConstructor.all`,
 * `Array.map`), found through the checker so shadowing or look-alikes are not mistaken for it.
 */
export function isLibMethod(node: Node, interfaces: string | readonly string[], method: string): boolean {
  const names = typeof interfaces === "string" ? [interfaces] : interfaces;
  return (resolveSymbol(node)?.getDeclarations() ?? []).some((declaration) => {
    const owner = declaration.getParent();
    return (
      Node.isInterfaceDeclaration(owner) &&
      names.includes(owner.getName()) &&
      (Node.isMethodSignature(declaration) && declaration.getName() === method) &&
      /^lib\..*\.d\.ts$/.test(declaration.getSourceFile().getBaseName())
    );
  });
}

export { locationOf };

/** The stem of the variable a concurrent call's result lands in. */
export function resultName(concurrent: ConcurrentCall): string {
  return concurrent.kind === "promiseAll" ? "parallel" : concurrent.kind;
}
