import type { Node } from "ts-morph";
import { fail } from "../../diagnostics/report.js";
import type { AnalysisContext, Hoisted } from "../context.js";
import type { Expr } from "../../ir/types.js";
import { intrinsic, onlyKinds } from "./intrinsics.js";
import { requirePresent } from "./presence.js";

/** A run of literal properties (an object Expr) or one `...spread`, in source order. */
export type ObjectPiece = Extract<Expr, { kind: "object" }> | { spread: Expr; node: Node };

/**
 * `{ ...a, ...b, k: v }` as `States.JsonMerge`: a shallow merge where later keys win, as spread
 * does. Each run of literal properties is one object argument; JsonMerge takes two objects, so
 * longer lists nest from the left.
 */
export function mergeSpreads(pieces: readonly ObjectPiece[], node: Node, context: AnalysisContext, hoisted: Hoisted): Expr {
  const values = pieces.map((piece) => {
    if ("spread" in piece) {
      requirePresent(piece.spread, piece.node, "the spread value");
      if (!onlyKinds(piece.spread.kinds, ["object"])) {
        fail(piece.node, "invalidIntrinsicArgument", {
          what: "object spread compiles to States.JsonMerge, which merges objects only; this value may be an array, null or absent",
        });
      }
      return piece.spread;
    }
    return piece;
  });
  if (values.length === 1) return values[0];
  const noDeepMerge: Expr = { kind: "literal", value: false, kinds: ["boolean"] };
  return values.slice(1).reduce((merged, next) => intrinsic("States.JsonMerge", [merged, next, noDeepMerge], ["object"], node, context, hoisted), values[0]);
}
