import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { countDown, countUp, evens, indexed, joined, record } from "../workflows/loops/index.js";

const fixture = path.join(import.meta.dirname, "../workflows/loops/counters.ts");
const recorded = bind(record, () => null);

describe("counting loops", () => {
  it("counts up with i++ and sums with x = x + i", async () => {
    const compiled = await compileWorkflow(fixture, "countUp");
    await expectSameBehaviour(countUp, compiled, [
      { name: "zero iterations", input: { n: 0 }, tasks: [recorded], output: { total: 0 } },
      { name: "negative bound", input: { n: -3 }, tasks: [recorded], output: { total: 0 } },
      { name: "one iteration", input: { n: 1 }, tasks: [recorded], output: { total: 0 } },
      { name: "many", input: { n: 5 }, tasks: [recorded], output: { total: 10 } },
    ]);
    expect(compiled.definition.States["Set i (2)"]).toEqual({
      Type: "Pass",
      Parameters: { "value.$": "States.MathAdd($.i.value, 1)" },
      ResultPath: "$.i",
      Next: "For i < input.n",
    });
  });

  it("counts down past zero with i -= 2, i-- and --n", async () => {
    const compiled = await compileWorkflow(fixture, "countDown");
    await expectSameBehaviour(countDown, compiled, [
      { name: "from 5 to -4", input: { from: 5, to: -4 }, tasks: [recorded], output: { steps: 0, j: -2 } },
      { name: "from -1 to -1", input: { from: -1, to: -1 }, tasks: [recorded], output: { steps: -4, j: -2 } },
      { name: "empty range", input: { from: 0, to: 1 }, tasks: [recorded], output: { steps: -5, j: -2 } },
    ]);
  });

  it("steps by 2 with continue (which still runs the update) and break", async () => {
    const compiled = await compileWorkflow(fixture, "evens");
    await expectSameBehaviour(evens, compiled, [
      { name: "all", input: { limit: 8, skip: -1, stop: 100 }, tasks: [recorded], output: { sum: 20, visited: 5, next: 21, before: 19 } },
      { name: "skip 4", input: { limit: 8, skip: 4, stop: 100 }, tasks: [recorded], output: { sum: 16, visited: 5, next: 17, before: 15 } },
      { name: "stop at 6", input: { limit: 8, skip: 4, stop: 6 }, tasks: [recorded], output: { sum: 2, visited: 4, next: 3, before: 1 } },
      { name: "skip the first, stop at the first", input: { limit: 8, skip: 0, stop: 0 }, tasks: [recorded], output: { sum: 0, visited: 2, next: 1, before: -1 } },
      { name: "odd limit", input: { limit: 7, skip: -1, stop: 100 }, tasks: [recorded], output: { sum: 12, visited: 4, next: 13, before: 11 } },
    ]);
  });

  it("reads xs.length once and xs[i] by index", async () => {
    const compiled = await compileWorkflow(fixture, "indexed");
    await expectSameBehaviour(indexed, compiled, [
      { name: "empty", input: { xs: [], names: [] }, tasks: [recorded], output: { count: 0, first: "none", lastIndex: -1 } },
      { name: "some", input: { xs: [7, -1, 0], names: ["a", "b"] }, tasks: [recorded], output: { count: 2, first: "b", lastIndex: 2 } },
    ]);
    // The length is computed once, before the loop's head (in the Pass that starts the
    // variables), not on every iteration.
    expect(compiled.definition.States["Set i"]).toMatchObject({
      Type: "Pass",
      Parameters: { condition: { "value.$": "States.ArrayLength($$.Execution.Input.xs)" } },
      Next: "For i < input.xs.length",
    });
    expect(JSON.stringify(compiled.definition).match(/States\.ArrayLength\(\$\$\.Execution\.Input\.xs\)/g)).toHaveLength(2);
  });

  it("appends to a string with +=", async () => {
    const compiled = await compileWorkflow(fixture, "joined");
    await expectSameBehaviour(joined, compiled, [
      { input: { names: [] }, output: { text: "" } },
      { input: { names: ["a", "b c", "0"] }, output: { text: "a;b c;0;" } },
    ]);
  });
});
