import { Node, type CallExpression } from "ts-morph";
import { fail, locationOf } from "../../diagnostics/report.js";
import type { AnalysisContext, Hoisted } from "../context.js";
import type { Stmt } from "../../ir/types.js";
import { labelOf } from "../statements/index.js";
import { analyzeCallbackBody, requireCallback } from "./callback.js";
import { readConcurrentOptions } from "./options.js";

/** `parallel(options?, ...branches)`: a Parallel state with one branch per function. */
export function analyzeParallel(call: CallExpression, context: AnalysisContext, hoisted: Hoisted, variable: string | undefined): Stmt {
  void hoisted;
  const args = call.getArguments();
  const hasOptions = args.length > 0 && !isFunction(args[0]);
  const { options } = readConcurrentOptions(hasOptions ? args[0] : undefined, "the parallel options");
  const branchNodes = hasOptions ? args.slice(1) : args;
  if (branchNodes.length === 0) fail(call, "invalidConcurrentCallback", { what: "parallel needs at least one branch" });
  const branches = branchNodes.map((node) => {
    const fn = requireCallback(node, call, "each branch of parallel");
    if (fn.getParameters().length > 0) fail(fn.getParameters()[0], "invalidConcurrentCallback", { what: "a branch of parallel takes no parameters" });
    return analyzeCallbackBody(fn, context, "a branch of parallel");
  });
  return { kind: "parallel", variable, branches, ...options, label: labelOf(call.getExpression()), at: locationOf(call) };
}

function isFunction(node: Node): boolean {
  return Node.isArrowFunction(node) || Node.isFunctionExpression(node) || node.getType().getCallSignatures().length > 0;
}
