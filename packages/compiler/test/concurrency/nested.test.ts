import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind, WorkflowError } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviourUnordered } from "../harness/differential.js";
import { count, greet, listGroups, literalItemsAndReassign, nestedMaps } from "../workflows/concurrency/nested.js";

const file = path.join(import.meta.dirname, "../workflows/concurrency/nested.ts");
const greeted = bind(greet, ({ group, member, slot }) => `${slot}: hello ${member} of ${group}`);
const plusOne = bind(count, ({ n }) => n + 1);

describe("nested concurrency", () => {
  it("maps over a task's result, nests a map in an iteration and in a branch", async () => {
    const compiled = await compileWorkflow(file, "nestedMaps");
    const json = JSON.stringify(compiled.definition);
    // maxConcurrency 0 means no limit: no MaxConcurrency field.
    expect(json).not.toContain("MaxConcurrency");
    // The outer iteration gets its item only: the inner Map's item and index are not outer variables.
    const branch = (compiled.definition.States.Parallel as { Branches: { States: Record<string, { ItemSelector?: object }> }[] }).Branches[0];
    expect(branch.States["Map listing.groups"].ItemSelector).toEqual({ "group.$": "$$.Map.Item.Value" });
    await expectSameBehaviourUnordered(nestedMaps, compiled, [
      {
        name: "two groups",
        input: { org: "acme" },
        tasks: [bind(listGroups, () => ({ groups: [{ name: "a", members: ["x", "y"] }, { name: "b", members: [] }] })), greeted, plusOne],
        output: { greetings: [{ group: "a", lines: ["0: hello x of a", "1: hello y of a"] }, { group: "b", lines: [] }], counted: 2 },
      },
      { name: "no groups", input: { org: "none" }, tasks: [bind(listGroups, () => ({ groups: [] })), greeted, plusOne], output: { greetings: [], counted: 2 } },
    ]);
  });

  it("maps over literal items, reassigns a result, retries a Map", async () => {
    const compiled = await compileWorkflow(file, "literalItemsAndReassign");
    const maps = Object.values(compiled.definition.States).filter((s) => s.Type === "Map");
    expect(maps[1].Retry).toEqual([{ ErrorEquals: ["Busy"], MaxAttempts: 1 }]);
    let calls = 0;
    await expectSameBehaviourUnordered(literalItemsAndReassign, compiled, [
      { name: "plain", input: {}, tasks: [plusOne], output: [3, 4, 5] },
      {
        name: "one busy call is retried",
        input: {},
        tasks: () => {
          calls = 0;
          return [bind(count, ({ n }) => {
            calls += 1;
            if (calls === 4) throw new WorkflowError("Busy", "later");
            return n + 1;
          })];
        },
      },
    ]);
  });
});
