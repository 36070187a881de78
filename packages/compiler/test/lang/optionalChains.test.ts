import path from "node:path";
import { describe, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import * as flows from "../workflows/lang/optionalChains.js";
import type { Query } from "../workflows/lang/optionalChains.js";

const fixture = path.join(import.meta.dirname, "../workflows/lang/optionalChains.ts");
const noted = bind(flows.note, () => null);
const answers = (query: Query) => [bind(flows.getQuery, () => query), noted];

describe("optional chains", () => {
  it("mean what JavaScript means: absent or null intermediates give undefined, never a failure", async () => {
    const workflow = await compileWorkflow(fixture, "chains");
    await expectSameBehaviour(flows.chains, workflow, [
      { name: "nothing at all", input: { id: "a" }, tasks: answers({}), output: { result: "unknown", first: "", id: "no id" } },
      { name: "no Status", input: { id: "b" }, tasks: answers({ QueryExecution: {} }), output: { result: "unknown", first: "", id: "no id" } },
      { name: "null Id and Owner", input: { id: "c" }, tasks: answers({ QueryExecution: { Id: null, Owner: null, Status: {} } }), output: { result: "unknown", first: "", id: "no id" } },
      {
        name: "failed, with a reason and an empty first item name",
        input: { id: "d" },
        tasks: answers({ QueryExecution: { Status: { State: "FAILED", Reason: "" } }, items: [{ name: "" }] }),
        output: { result: "failed", first: "" },
      },
      { name: "failed, no items", input: { id: "e" }, tasks: answers({ QueryExecution: { Status: { State: "FAILED" } }, items: [] }), output: { result: "failed", first: "" } },
      { name: "running", input: { id: "f" }, tasks: answers({ QueryExecution: { Status: { State: "RUNNING" }, Owner: { Name: "o" } } }), output: { result: "running", first: "" } },
      {
        name: "succeeded",
        input: { id: "g" },
        tasks: answers({ QueryExecution: { Status: { State: "SUCCEEDED" }, Id: "q1" }, items: [{ name: "x" }, { name: "y" }] }),
        output: { result: "SUCCEEDED", first: "x", id: "q1" },
      },
    ]);
  });
});
