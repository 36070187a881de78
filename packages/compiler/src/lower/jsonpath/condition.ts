import type { CompareOp, Cond, Expr, Json, Kind, Kinds, TypeofName } from "../../ir/types.js";
import type { PathResolver } from "./template.js";

/** A Choice rule without `Next` (top-level rules get theirs when placed). */
export type ChoiceRule = Record<string, unknown>;

type Read = Extract<Expr, { kind: "read" }>;
type Scalar = "string" | "number" | "boolean";

const OPERATOR: Record<Scalar, string> = { string: "String", number: "Numeric", boolean: "Boolean" };
const SUFFIX: Record<Exclude<CompareOp, "!==">, string> = {
  "===": "Equals",
  "<": "LessThan",
  "<=": "LessThanEquals",
  ">": "GreaterThan",
  ">=": "GreaterThanEquals",
};
const TYPE_TEST: Partial<Record<Kind, string>> = { string: "IsString", number: "IsNumeric", boolean: "IsBoolean", null: "IsNull" };
const FLIPPED: Record<CompareOp, CompareOp> = { "===": "===", "!==": "!==", "<": ">", "<=": ">=", ">": "<", ">=": "<=" };

/**
 * A condition as a Choice rule whose operators come from the static types. Type tests appear
 * only where the static type is a union (or may be absent), where JavaScript's meaning needs them.
 */
export function lowerCondition(cond: Cond, resolve: PathResolver): ChoiceRule {
  switch (cond.kind) {
    case "constant":
      throw new Error("constant conditions are folded before lowering");
    case "and":
      return { And: cond.items.map((item) => lowerCondition(item, resolve)) };
    case "or":
      return { Or: cond.items.map((item) => lowerCondition(item, resolve)) };
    case "not":
      if (cond.item.kind === "truthy" && onlyKind(cond.item.value.kinds) === "boolean") {
        return { Variable: path(cond.item.value, resolve), BooleanEquals: false };
      }
      return { Not: lowerCondition(cond.item, resolve) };
    case "present":
      return { Variable: path(cond.value, resolve), IsPresent: true };
    case "truthy":
      return truthy(cond.value as Read, resolve);
    case "typeof":
      return typeTest(path(cond.value, resolve), cond.value.kinds, cond.type);
    case "compare":
      return compare(cond.op, cond.left, cond.right, resolve);
  }
}

function path(expr: Expr, resolve: PathResolver): string {
  if (expr.kind !== "read") throw new Error("Choice rules read paths; the analyzer stores computed operands first");
  return resolve(expr.root, expr.path);
}

function onlyKind(kinds: Kinds): Kind | undefined {
  return kinds.length === 1 ? kinds[0] : undefined;
}

function all(rules: ChoiceRule[]): ChoiceRule {
  return rules.length === 1 ? rules[0] : { And: rules };
}

function any(rules: ChoiceRule[]): ChoiceRule {
  return rules.length === 1 ? rules[0] : { Or: rules };
}

/** The tests that make a value of kinds `kinds` certainly be of kind `kind` before an operator reads it. */
function guards(variable: string, kinds: Kinds, kind: Kind): ChoiceRule[] {
  const rules: ChoiceRule[] = [];
  if (kinds.includes("undefined")) rules.push({ Variable: variable, IsPresent: true });
  const others = kinds.filter((k) => k !== "undefined" && k !== kind);
  if (others.length > 0) rules.push({ Variable: variable, [TYPE_TEST[kind]!]: true });
  return rules;
}

/** JavaScript truthiness for the value's static type. */
function truthy(value: Read, resolve: PathResolver): ChoiceRule {
  const variable = resolve(value.root, value.path);
  const present = value.kinds.filter((k) => k !== "undefined");
  // Type tests are needed only when the value may be of several kinds (null counts as one).
  const typed = present.length > 1;
  const typeTest = (kind: Kind): ChoiceRule[] => (typed && TYPE_TEST[kind] ? [{ Variable: variable, [TYPE_TEST[kind]!]: true }] : []);
  const clauses: ChoiceRule[] = [];
  if (present.includes("string")) clauses.push(all([...typeTest("string"), { Not: { Variable: variable, StringEquals: "" } }]));
  if (present.includes("number")) clauses.push(all([...typeTest("number"), { Not: { Variable: variable, NumericEquals: 0 } }]));
  if (present.includes("boolean")) clauses.push(all([...typeTest("boolean"), { Variable: variable, BooleanEquals: true }]));
  if (present.includes("object") || present.includes("array")) {
    // No test names objects: an object or array is a present value of none of the other kinds.
    const others = present.filter((k) => k !== "object" && k !== "array").map((k) => ({ Not: { Variable: variable, [TYPE_TEST[k]!]: true } }));
    clauses.push(all([{ Variable: variable, IsPresent: true }, ...others]));
  }
  if (clauses.length === 0) return never(variable);
  const rule = any(clauses);
  if (!value.kinds.includes("undefined") || isPresence(rule, variable)) return rule;
  return all([{ Variable: variable, IsPresent: true }, ...(rule.And ? (rule.And as ChoiceRule[]).filter((r) => !isPresence(r, variable)) : [rule])]);
}

function isPresence(rule: ChoiceRule, variable: string): boolean {
  return rule.Variable === variable && rule.IsPresent === true && Object.keys(rule).length === 2;
}

function compare(op: CompareOp, left: Expr, right: Expr, resolve: PathResolver): ChoiceRule {
  if (left.kind === "literal" && right.kind === "read") return compare(FLIPPED[op], right, left, resolve);
  if (op === "!==") return { Not: compare("===", left, right, resolve) };
  const suffix = SUFFIX[op];
  const variable = path(left, resolve);
  if (right.kind === "literal") return compareWithLiteral(variable, left.kinds, suffix, right.value);
  const other = path(right, resolve);
  const clauses: ChoiceRule[] = [];
  for (const kind of ["string", "number", "boolean"] as const) {
    if (!left.kinds.includes(kind) || !right.kinds.includes(kind)) continue;
    if (kind === "boolean" && suffix !== "Equals") continue;
    clauses.push(all([...guards(variable, left.kinds, kind), ...guards(other, right.kinds, kind), { Variable: variable, [`${OPERATOR[kind]}${suffix}Path`]: other }]));
  }
  if (suffix === "Equals" && left.kinds.includes("null") && right.kinds.includes("null")) {
    clauses.push(all([...presenceOf(variable, left.kinds), ...presenceOf(other, right.kinds), { Variable: variable, IsNull: true }, { Variable: other, IsNull: true }]));
  }
  if (clauses.length === 0) return never(variable);
  return any(clauses);
}

function presenceOf(variable: string, kinds: Kinds): ChoiceRule[] {
  return kinds.includes("undefined") ? [{ Variable: variable, IsPresent: true }] : [];
}

function compareWithLiteral(variable: string, kinds: Kinds, suffix: string, literal: Json): ChoiceRule {
  if (literal === null) return all([...presenceOf(variable, kinds), { Variable: variable, IsNull: true }]);
  const kind = typeof literal as Scalar;
  if (!kinds.includes(kind)) return never(variable);
  return all([...guards(variable, kinds, kind), { Variable: variable, [`${OPERATOR[kind]}${suffix}`]: literal }]);
}

/**
 * `typeof x === type` for a value of the given kinds: one type test where ASL has it; "object"
 * (objects, arrays and null) is a present value of none of the scalar kinds.
 */
function typeTest(variable: string, kinds: Kinds, type: TypeofName): ChoiceRule {
  if (type === "undefined") return { Not: { Variable: variable, IsPresent: true } };
  const presence = presenceOf(variable, kinds);
  if (type !== "object") return all([...presence, { Variable: variable, [TYPE_TEST[type]!]: true }]);
  const scalars = kinds.filter((k): k is Scalar => k === "string" || k === "number" || k === "boolean");
  const rules = scalars.map((k) => ({ Not: { Variable: variable, [TYPE_TEST[k]!]: true } }));
  return rules.length === 0 ? { Variable: variable, IsPresent: true } : all([...presence, ...rules]);
}

/** A rule that never matches, for comparisons the types rule out. */
function never(variable: string): ChoiceRule {
  return { And: [{ Variable: variable, IsPresent: true }, { Not: { Variable: variable, IsPresent: true } }] };
}
