import type { AnalysisContext } from "../context.js";
import type { Expr } from "../../ir/types.js";
import { IMPURE_INTRINSICS } from "../expressions/intrinsics.js";

/**
 * A value that can never change after this point: literals, the input, the context, and
 * variables nobody reassigns. A const holding one needs no state: its uses read the source.
 */
export function isImmutable(value: Expr, context: AnalysisContext): boolean {
  switch (value.kind) {
    case "literal":
      return true;
    case "read":
      return value.root.kind !== "variable" || !context.mutableVariables.has(value.root.id);
    case "object":
      return value.entries.every((entry) => isImmutable(entry.value, context));
    case "array":
      return value.items.every((item) => isImmutable(item, context));
    case "format":
      return value.values.every((item) => isImmutable(item, context));
    case "intrinsic":
      // States.UUID and States.MathRandom differ on each evaluation: store them once.
      if (IMPURE_INTRINSICS.has(value.name)) return false;
      return value.args.every((item) => isImmutable(item, context));
  }
}
