import path from "node:path";
import { describe, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import * as w from "../workflows/interplay/loopBranching.js";

const file = path.join(import.meta.dirname, "../workflows/interplay/loopBranching.ts");
const scored = bind(w.handle, ({ n }) => ({ score: n }));

describe("branching inside loops and loops inside branches", () => {
  it("switch in a loop: break leaves the switch, continue the iteration, return the workflow", async () => {
    const compiled = await compileWorkflow(file, "switchInLoop");
    await expectSameBehaviour(w.switchInLoop, compiled, [
      { name: "no events", input: { events: [] }, tasks: [scored], output: { log: "", total: 0, ended: false } },
      {
        name: "every case",
        input: { events: [{ kind: "add", n: 2 }, { kind: "skip", n: 100 }, { kind: "call", n: 5 }, { kind: "odd", n: 1 }, { kind: "add", n: 1 }] },
        tasks: [scored],
        output: { log: "..?odd..", total: 8, ended: false },
      },
      { name: "end returns at once", input: { events: [{ kind: "add", n: 3 }, { kind: "end", n: 0 }, { kind: "add", n: 9 }] }, tasks: [scored], output: { log: ".", total: 3, ended: true } },
      { name: "skip last", input: { events: [{ kind: "", n: 1 }, { kind: "skip", n: 1 }] }, tasks: [scored], output: { log: "?.", total: 0, ended: false } },
    ]);
  });

  it("a loop in a switch case: break leaves the loop only", async () => {
    const compiled = await compileWorkflow(file, "loopInSwitch");
    await expectSameBehaviour(w.loopInSwitch, compiled, [
      { name: "count stops at 3", input: { mode: "count", n: 10 }, tasks: [scored], output: { count: 3, note: "counted" } },
      { name: "count below 3", input: { mode: "count", n: 2 }, tasks: [scored], output: { count: 2, note: "counted" } },
      { name: "count zero", input: { mode: "count", n: 0 }, tasks: [scored], output: { count: 0, note: "counted" } },
      { name: "call until n", input: { mode: "call", n: 3 }, tasks: [bind(w.handle, () => ({ score: 2 }))], output: { count: 4, note: "called" } },
      { name: "default", input: { mode: "other", n: 3 }, tasks: [scored], output: { count: 0, note: "nothing" } },
    ]);
  });

  it("choice() in a loop: a branch's null in a later iteration replaces an earlier value", async () => {
    const compiled = await compileWorkflow(file, "choiceInLoop");
    await expectSameBehaviour(w.choiceInLoop, compiled, [
      { name: "no values", input: { values: [] }, tasks: [scored], output: { labels: "", missing: 0 } },
      {
        name: "scored, then fall off",
        input: { values: [3, 20, 0, -1, 5] },
        tasks: [bind(w.handle, ({ n }) => ({ score: n === 3 ? 1 : 0 }))],
        output: { labels: "scored,big,none,none,null,", missing: 1 },
      },
      {
        name: "fall off after a value",
        input: { values: [20, 7] },
        tasks: [bind(w.handle, () => ({ score: 0 }))],
        output: { labels: "big,null,", missing: 1 },
      },
    ]);
  });

  it("ternaries in a loop", async () => {
    const compiled = await compileWorkflow(file, "ternaryInLoop");
    await expectSameBehaviour(w.ternaryInLoop, compiled, [
      { name: "no values", input: { values: [] }, tasks: [scored], output: { acc: "", sum: 0 } },
      { name: "every sign and parity", input: { values: [2, -3, 0, 5] }, tasks: [scored], output: { acc: "+-0+", sum: 7 } },
    ]);
  });
});
