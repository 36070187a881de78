import { Node, type Statement } from "ts-morph";
import { fail, locationOf } from "../../diagnostics/report.js";
import type { AnalysisContext, Hoisted } from "../context.js";
import { analyzeCondition } from "../conditions.js";
import type { Cond, LoopStmt, Stmt } from "../../ir/types.js";
import { kindsOfNode } from "../kinds.js";
import { forEachStmt, readsInExpr } from "../../ir/walk.js";
import { analyzeBranch } from "./index.js";

export interface LoopParts {
  node: Node;
  /** The loop's test; absent means `true` (`for (;;)`). */
  condition?: Node;
  body: Statement;
  testFirst: boolean;
  label: string;
  construct: LoopStmt["construct"];
  /** Statements each iteration starts with (a `for … of` loop's next item). */
  bodyPrefix?: readonly Stmt[];
  /** Analyzed after the body: a `for` loop's update. */
  update?: () => Stmt[];
}

/** The loop of `while`, `do … while` and `for` (`for … of` builds its parts first), with its invariant test values computed once before it. */
export function analyzeLoop(parts: LoopParts, context: AnalysisContext): Stmt[] {
  const check: Hoisted = [];
  const cond: Cond = parts.condition ? analyzeCondition(parts.condition, context, check) : { kind: "constant", value: true };
  refuseStaleDeclarations(parts.body);
  const body = [...(parts.bodyPrefix ?? []), ...analyzeBranch(parts.body, context)];
  const update = parts.update?.() ?? [];
  const loop: LoopStmt = { kind: "loop", check, cond, testFirst: parts.testFirst, body, update, label: parts.label, construct: parts.construct, at: locationOf(parts.node) };
  if (cond.kind === "constant" && !cond.value && parts.testFirst && check.length === 0) return [];
  return hoistInvariants(loop);
}

/** Variables some statement of the loop writes. */
export function writtenIn(stmts: readonly Stmt[]): Set<string> {
  const written = new Set<string>();
  forEachStmt(stmts, (stmt) => {
    if ((stmt.kind === "assign" || stmt.kind === "call") && stmt.variable) written.add(stmt.variable);
  });
  return written;
}

/**
 * Values the test computes from things the loop never changes (`i < xs.length`) are computed once,
 * before the loop, instead of in a Pass on every iteration. Only a leading run of such statements
 * moves, and only when the test runs first anyway, so nothing runs that the TypeScript would not.
 */
function hoistInvariants(loop: LoopStmt): Stmt[] {
  if (!loop.testFirst) return [loop];
  const written = writtenIn([...loop.check, ...loop.body, ...loop.update]);
  const moved: Stmt[] = [];
  for (const stmt of loop.check) {
    if (stmt.kind !== "assign") break;
    const others = writtenIn([...loop.body, ...loop.update, ...loop.check.filter((s) => s !== stmt)]);
    const invariant = !others.has(stmt.variable) && readsInExpr(stmt.value).every((read) => read.root.kind !== "variable" || !written.has(read.root.id));
    if (!invariant) break;
    moved.push(stmt);
  }
  return [...moved, { ...loop, check: loop.check.slice(moved.length) }];
}

/**
 * `let x;` in a loop body is undefined again at each iteration in JavaScript, but a state's data
 * keeps the last value: where the type lets `x` be read while unassigned, the two would differ.
 * (Where it does not, TypeScript proves every read comes after an assignment in the same iteration.)
 */
function refuseStaleDeclarations(body: Node): void {
  body.forEachDescendant((node, traversal) => {
    if (Node.isFunctionLikeDeclaration(node) || Node.isArrowFunction(node) || Node.isFunctionExpression(node)) {
      traversal.skip();
      return;
    }
    if (!Node.isVariableDeclaration(node) || node.getInitializer()) return;
    // A catch binding is assigned each time its catch block is entered, before any read.
    if (Node.isCatchClause(node.getParent())) return;
    const list = node.getParent();
    if (Node.isVariableDeclarationList(list) && (Node.isForOfStatement(list.getParent()) || Node.isForInStatement(list.getParent()))) return;
    const kinds = kindsOfNode(node.getNameNode());
    if (!kinds || kinds.includes("undefined")) fail(node, "staleLoopVariable", { what: node.getName() });
  });
}
