import { Node, type CallExpression } from "ts-morph";
import { unwrap } from "../../discover/workflows.js";
import { fail, locationOf } from "../../diagnostics/report.js";
import type { AnalysisContext, Hoisted } from "../context.js";
import type { Stmt } from "../../ir/types.js";
import { labelOf } from "../statements/index.js";
import { classifyCallee } from "../tasks.js";
import { analyzeBranchBody } from "./callback.js";
import { isLibMethod } from "./index.js";
import { mapStatement } from "./map.js";

/**
 * `Promise.all([taskA(x), taskB(y)])` is a Parallel over those calls; `Promise.all(items.map(fn))`
 * is a Map with no concurrency limit. Nothing else has a state to run in.
 */
export function analyzePromiseAll(call: CallExpression, context: AnalysisContext, hoisted: Hoisted, variable: string | undefined): Stmt {
  const [argument, ...extra] = call.getArguments();
  const inner = unwrap(argument);
  if (extra.length === 0 && inner && Node.isArrayLiteralExpression(inner)) {
    const branches = inner.getElements().map((element) => {
      const taskCall = unwrap(element);
      if (!taskCall || !Node.isCallExpression(taskCall) || classifyCallee(taskCall).kind !== "task") {
        return fail(element, "invalidPromiseAll", { what: `\`${labelOf(element)}\` is not a task call` });
      }
      // The element is the promise of a branch `() => task(x)`: analyze it as that branch's body.
      return analyzeBranchBody(taskCall, context, "Promise.all");
    });
    return { kind: "parallel", variable, branches, retry: [], label: "Promise.all", at: locationOf(call) };
  }
  if (extra.length === 0 && inner && Node.isCallExpression(inner)) {
    const callee = inner.getExpression();
    if (Node.isPropertyAccessExpression(callee) && isLibMethod(callee, ["Array", "ReadonlyArray"], "map")) {
      const [fn, thisArg] = inner.getArguments();
      if (thisArg) fail(thisArg, "invalidPromiseAll", { what: "a `thisArg` of map" });
      return mapStatement(inner, callee.getExpression(), fn, context, hoisted, variable, { retry: [] });
    }
  }
  return fail(argument ?? call, "invalidPromiseAll", { what: `\`${labelOf(argument ?? call)}\` is neither` });
}
