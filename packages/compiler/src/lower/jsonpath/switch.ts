import type { Stmt } from "../../ir/types.js";
import { addState, type AslState, type Flow, type Graph, type BreakTarget } from "./builder.js";
import { lowerCondition, type ChoiceRule } from "./condition.js";
import { simplifyCondition } from "./simplify.js";
import { setCondition } from "../origins.js";
import { lowerStatements, mergeFlows } from "./statements.js";

type Switch = Extract<Stmt, { kind: "switch" }>;

/**
 * One Choice: a rule per case that can match, in order, and the default clause (or the statement
 * after the switch) as its Default. Each body starts where its rule leads and where the body
 * before it falls through; `break`s and the last body's end lead on.
 */
export function lowerSwitch(graph: Graph, stmt: Switch, flow: Flow): Flow | undefined {
  const entries = chooseEntries(stmt, graph.resolve);
  const choice: AslState = { Type: "Choice", Choices: [] };
  const rules = choice.Choices as ChoiceRule[];
  const entryFlows: (Flow | undefined)[] = stmt.clauses.map(() => undefined);
  const enter = (index: number, edge: (target: string) => void) => {
    const existing = entryFlows[index];
    entryFlows[index] = { edges: [...(existing?.edges ?? []), edge], established: flow.established };
  };
  let after: Flow | undefined;
  if (entries.rules.length === 0) {
    // No test can decide anything: control goes straight to the chosen clause.
    if (entries.otherwise === undefined) return flow;
    entryFlows[entries.otherwise] = flow;
  } else {
    addState(graph, flow, stmt.label, choice);
    for (const { index, rule } of entries.rules) {
      const label = stmt.clauses[index].label;
      if (label !== undefined) setCondition(rule, label);
      rules.push(rule);
      enter(index, (target) => void (rule.Next = target));
    }
    const setDefault = (target: string) => void (choice.Default = target);
    if (entries.otherwise === undefined) after = { edges: [setDefault], established: flow.established };
    else enter(entries.otherwise, setDefault);
  }

  const breaks: Flow[] = [];
  const outer = graph.breaks;
  graph.breaks = new Map(outer ?? []).set(stmt.id, { breaks, finallyDepth: graph.finallyFrames?.length ?? 0 });
  let fallthrough: Flow | undefined;
  try {
    stmt.clauses.forEach((clause, index) => {
      const entry = mergeFlows(graph, [entryFlows[index], fallthrough]);
      fallthrough = entry && lowerStatements(graph, clause.body, entry);
    });
  } finally {
    graph.breaks = outer;
  }
  return mergeFlows(graph, [after, ...breaks, fallthrough]);
}

/**
 * The rules the Choice needs: cases whose test is constant false are dropped, and a test that is
 * constant true takes every case after it (and the default) out of reach.
 */
function chooseEntries(stmt: Switch, resolve: Graph["resolve"]): { rules: { index: number; rule: ChoiceRule }[]; otherwise?: number } {
  const rules: { index: number; rule: ChoiceRule }[] = [];
  for (const [index, clause] of stmt.clauses.entries()) {
    if (!clause.cond) continue;
    const cond = simplifyCondition(clause.cond);
    if (cond.kind === "constant") {
      if (cond.value) return { rules, otherwise: index };
      continue;
    }
    rules.push({ index, rule: lowerCondition(cond, resolve) });
  }
  const otherwise = stmt.clauses.findIndex((clause) => !clause.cond);
  return { rules, otherwise: otherwise === -1 ? undefined : otherwise };
}

/** The switch a `break` names. */
export function switchTarget(graph: Graph, id: string): BreakTarget {
  const target = graph.breaks?.get(id);
  if (!target) throw new Error(`break out of ${id}, which is not being lowered`);
  return target;
}
