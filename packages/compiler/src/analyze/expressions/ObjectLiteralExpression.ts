import { Node, type ObjectLiteralExpression } from "ts-morph";
import { fail } from "../../diagnostics/report.js";
import type { AnalysisContext, Hoisted } from "../context.js";
import { propertyKey } from "../constants.js";
import type { Expr, Stmt } from "../../ir/types.js";
import { analyzeExpression } from "./index.js";
import { newVariable } from "../context.js";
import { locationOf } from "../../diagnostics/report.js";
import { labelOf } from "../statements/index.js";
import { mergeSpreads, type ObjectPiece } from "./spread.js";

type Entry = { key: string; value: Expr; node: Node };

/**
 * `{ a, b: x.y }`: a value built in Parameters. A property whose value may be absent (`{ a: i.opt }`)
 * is left out when it is, as JSON.stringify leaves out `undefined`: see `omitAbsent`.
 */
export function analyzeObjectLiteral(node: ObjectLiteralExpression, context: AnalysisContext, hoisted: Hoisted): Expr {
  let entries: Entry[] = [];
  const pieces: ObjectPiece[] = [];
  const run = (): ObjectPiece => omitAbsent(entries, node, context, hoisted);
  for (const property of node.getProperties()) {
    let key: string | undefined;
    let valueNode: Node;
    if (Node.isPropertyAssignment(property)) {
      key = propertyKey(property.getNameNode());
      valueNode = property.getInitializerOrThrow();
    } else if (Node.isShorthandPropertyAssignment(property)) {
      key = property.getName();
      valueNode = property.getNameNode();
    } else if (Node.isSpreadAssignment(property)) {
      if (entries.length > 0) pieces.push(run());
      entries = [];
      pieces.push({ spread: analyzeExpression(property.getExpression(), context, hoisted), node: property });
      continue;
    } else {
      return fail(property, "unsupportedExpression", { what: "a method or accessor in an object literal" });
    }
    if (key === undefined) fail(property, "unsupportedExpression", { what: "a computed property name that is not a constant" });
    if (key.endsWith(".$")) fail(property, "unsupportedExpression", { what: "a property name ending in `.$` (reserved by ASL)" });
    const value = analyzeExpression(valueNode, context, hoisted);
    entries.push({ key, value, node: valueNode });
  }
  if (pieces.length === 0) {
    const whole = run();
    return "spread" in whole ? whole.spread : whole;
  }
  if (entries.length > 0) pieces.push(run());
  return mergeSpreads(pieces, node, context, hoisted);
}

/** More optional properties than this in one literal would need more than 16 variants. */
const MAX_OPTIONAL = 4;

/**
 * A run of properties as one object. When some may be absent, a Parameters template cannot
 * leave a key out (a path to an absent field fails the state), so the object is built once into
 * a variable by a Choice per optional property and one Pass per combination: the execution pays
 * one Choice per optional property and one Pass, whatever the number of combinations.
 */
function omitAbsent(entries: readonly Entry[], node: Node, context: AnalysisContext, hoisted: Hoisted): ObjectPiece {
  const optional = entries.filter((entry) => entry.value.kind === "read" && entry.value.kinds.includes("undefined"));
  if (optional.length === 0) return { kind: "object", entries: entries.map(({ key, value }) => ({ key, value })), kinds: ["object"] };
  if (optional.length > MAX_OPTIONAL) {
    fail(optional[MAX_OPTIONAL].node, "tooManyOptionalProperties", { count: String(optional.length), max: String(MAX_OPTIONAL) });
  }
  const id = newVariable(context, "withPresent", ["object"]);
  const label = labelOf(node);
  const at = locationOf(node);
  const build = (index: number, present: ReadonlySet<Entry>): Stmt[] => {
    if (index === optional.length) {
      const kept = entries.filter((entry) => !optional.includes(entry) || present.has(entry));
      const value: Expr = { kind: "object", entries: kept.map(({ key, value }) => ({ key, value: withoutAbsence(value) })), kinds: ["object"] };
      return [{ kind: "assign", variable: id, value, label, at }];
    }
    const entry = optional[index];
    return [
      {
        kind: "if",
        cond: { kind: "present", value: entry.value },
        then: build(index + 1, new Set(present).add(entry)),
        else: build(index + 1, present),
        label: `${entry.node.getText().replace(/\s+/g, " ").slice(0, 50)} !== undefined`,
        at: locationOf(entry.node),
      },
    ];
  };
  hoisted.push(...build(0, new Set()));
  return { spread: { kind: "read", root: { kind: "variable", id }, path: [], kinds: ["object"] }, node };
}

/** A read where its presence was tested: it holds a value of its other kinds. */
function withoutAbsence(value: Expr): Expr {
  return value.kind === "read" && value.kinds.includes("undefined") ? { ...value, kinds: value.kinds.filter((k) => k !== "undefined") } : value;
}
