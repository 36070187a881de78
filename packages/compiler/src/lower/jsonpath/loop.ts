import type { LoopStmt, Stmt } from "../../ir/types.js";
import { forEachStmt } from "../../ir/walk.js";
import { addState, type AslState, type Edge, type Flow, type Graph, type LoopFrame } from "./builder.js";
import { lowerCondition } from "./condition.js";
import { simplifyCondition } from "./simplify.js";
import { setCondition } from "../origins.js";
import { lowerStatements, mergeFlows } from "./statements.js";

/**
 * A loop as a Choice with back edges. The loop's start (its test, or the body's first state for
 * `do … while` and `while (true)`) is whatever state is made first from the entry; the end of the
 * body, after the update, goes back to it. `break` joins the exit; `continue` goes to the update
 * (`for`), the test (`while`, `do … while`), or the next item (`for … of`).
 */
export function lowerLoop(graph: Graph, loop: LoopStmt, entry: Flow): Flow | undefined {
  const flow = establishBefore(graph, loop, entry);
  let start: string | undefined;
  const capture: Edge = (target) => void (start ??= target);
  const startFlow: Flow = { edges: [...flow.edges, capture], established: flow.established };
  const frame: LoopFrame = { breaks: [], continues: [], finallyDepth: graph.finallyFrames?.length ?? 0 };
  const loops = (graph.loops ??= []);
  loops.push(frame);
  let exit: Flow | undefined;
  let back: Flow | undefined;
  try {
    if (loop.testFirst) {
      const test = lowerTest(graph, loop, startFlow);
      const bodyEnd = lowerStatements(graph, loop.body, test.pass);
      back = lowerStatements(graph, loop.update, mergeFlows(graph, [bodyEnd, ...frame.continues]));
      exit = test.fail;
    } else {
      const bodyEnd = lowerStatements(graph, loop.body, startFlow);
      const testEntry = mergeFlows(graph, [bodyEnd, ...frame.continues]);
      const test = testEntry ? lowerTest(graph, loop, testEntry) : { pass: undefined, fail: undefined };
      back = test.pass;
      exit = test.fail;
    }
  } finally {
    loops.pop();
  }
  if (back) {
    // A loop with no state of its own (`while (true) {}`) still has to spin: one Pass that loops on itself.
    if (start === undefined) addState(graph, back, loop.label, { Type: "Pass" }).next(start!);
    else for (const edge of back.edges) edge(start);
  }
  return mergeFlows(graph, [exit, ...frame.breaks]);
}

/** The loop's test as written: its label without the `While ` / `For ` / `Do while ` that names the state. */
function conditionText(label: string): string {
  return label.replace(/^(While|Do while|For) /, "");
}

export function innermostLoop(graph: Graph): LoopFrame {
  const frame = graph.loops?.at(-1);
  if (!frame) throw new Error("break or continue outside a loop reached lowering");
  return frame;
}

/** The test at the head (or foot) of the loop: its hoisted statements, then a Choice unless it is constant. */
function lowerTest(graph: Graph, loop: LoopStmt, flow: Flow): { pass?: Flow; fail?: Flow } {
  const checked = lowerStatements(graph, loop.check, flow);
  if (!checked) return {};
  const cond = simplifyCondition(loop.cond);
  if (cond.kind === "constant") return cond.value ? { pass: checked } : { fail: checked };
  const rule = lowerCondition(cond, graph.resolve);
  const choice: AslState = { Type: "Choice", Choices: [rule] };
  setCondition(rule, conditionText(loop.label));
  addState(graph, checked, loop.label, choice);
  return {
    pass: { edges: [(target) => void (rule.Next = target)], established: checked.established },
    fail: { edges: [(target) => void (choice.Default = target)], established: checked.established },
  };
}

/**
 * The data must have one shape at the loop's start on entry and on every back edge. Until the
 * first write it is the raw input; when the loop writes a variable that is read, the object of
 * variables is started before the loop (a `for` initializer or a `for … of` start usually has).
 */
function establishBefore(graph: Graph, loop: LoopStmt, entry: Flow): Flow {
  if (entry.established || !writesLiveVariable(graph, [...loop.check, ...loop.body, ...loop.update])) return entry;
  const { next } = addState(graph, entry, "Start variables", { Type: "Pass", Result: {} });
  return { edges: [next], established: true };
}

function writesLiveVariable(graph: Graph, stmts: readonly Stmt[]): boolean {
  let writes = false;
  forEachStmt(stmts, (stmt) => {
    if ((stmt.kind === "assign" || stmt.kind === "call") && stmt.variable && graph.layout.isRead(stmt.variable)) writes = true;
  });
  return writes;
}
