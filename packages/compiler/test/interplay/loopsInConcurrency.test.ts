import path from "node:path";
import { describe, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviourUnordered } from "../harness/differential.js";
import * as w from "../workflows/interplay/loopsInConcurrency.js";

const file = path.join(import.meta.dirname, "../workflows/interplay/loopsInConcurrency.ts");
const doubled = bind(w.step, ({ n }) => ({ value: n * 2 }));

describe("loops inside Map and Parallel, Map inside a loop", () => {
  it("a loop in a Map callback", async () => {
    const compiled = await compileWorkflow(file, "loopInMap");
    await expectSameBehaviourUnordered(w.loopInMap, compiled, [
      { name: "no rows", input: { rows: [], limit: 2 }, tasks: [doubled], output: { sums: [] } },
      {
        name: "continue, break and empty rows",
        input: { rows: [[1, -1, 2, 3], [], [-5, -6], [4]], limit: 2 },
        tasks: [doubled],
        output: { sums: [{ sum: 6, seen: 2 }, { sum: 0, seen: 0 }, { sum: 0, seen: 0 }, { sum: 8, seen: 1 }] },
      },
      { name: "limit 0", input: { rows: [[1]], limit: 0 }, tasks: [doubled], output: { sums: [{ sum: 0, seen: 0 }] } },
    ]);
  });

  it("loops in Parallel branches, with return from a switch in a loop", async () => {
    const compiled = await compileWorkflow(file, "loopsInParallel");
    await expectSameBehaviourUnordered(w.loopsInParallel, compiled, [
      { name: "nothing", input: { n: 0, words: [] }, tasks: [doubled], output: { count: 0, text: "" } },
      { name: "words and a stop", input: { n: 3, words: ["a", "", "b", "stop", "c"] }, tasks: [doubled], output: { count: 6, text: "a;b;!" } },
      { name: "no stop", input: { n: 1, words: ["", "x"] }, tasks: [doubled], output: { count: 0, text: "x;" } },
    ]);
  });

  it("a Map in a loop", async () => {
    const compiled = await compileWorkflow(file, "mapInLoop");
    await expectSameBehaviourUnordered(w.mapInLoop, compiled, [
      { name: "zero rounds", input: { items: [1, 2], rounds: 0 }, tasks: [doubled], output: { round: 0, last: [], total: 0 } },
      { name: "two rounds", input: { items: [1, 2], rounds: 2 }, tasks: [doubled], output: { round: 2, last: [{ value: 2 }, { value: 4 }], total: 12 } },
      { name: "no items", input: { items: [], rounds: 3 }, tasks: [doubled], output: { round: 3, last: [], total: 0 } },
    ]);
  });
});
