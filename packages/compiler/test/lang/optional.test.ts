import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind, WorkflowError } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import * as flows from "../workflows/lang/optional.js";

const fixture = path.join(import.meta.dirname, "../workflows/lang/optional.ts");
const compiled = (name: keyof typeof flows) => compileWorkflow(fixture, name);
const notified = bind(flows.notify, () => null);
const audited = bind(flows.audit, () => null);

describe("properties whose value may be absent", () => {
  it("are left out when absent, kept when present (\"\", 0, [], null-free objects)", async () => {
    const workflow = await compiled("omits");
    await expectSameBehaviour(flows.omits, workflow, [
      { name: "all absent", input: { id: "a" }, tasks: [notified], output: { id: "a", nested: {} } },
      { name: "empty values present", input: { id: "", reason: "", detail: { code: 0 }, tags: [] }, tasks: [notified], output: { id: "", tags: [], nested: { reason: "" } } },
      { name: "only the second", input: { id: "b", detail: { code: 7 } }, tasks: [notified], output: { id: "b", nested: {} } },
      { name: "only the first", input: { id: "c", reason: "why", tags: ["t"] }, tasks: [notified], output: { id: "c", tags: ["t"], nested: { reason: "why" } } },
    ]);
  });

  it("a caught error's cause reaches the task when there is one, and is left out when not", async () => {
    const workflow = await compiled("passesCause");
    const fails = (cause?: string) => bind(flows.attempt, () => { throw new WorkflowError("Boom", cause); });
    const runs = await expectSameBehaviour(flows.passesCause, workflow, [
      { name: "no failure", input: { n: 1 }, tasks: [bind(flows.attempt, () => ({ ok: true })), audited], output: { failed: false } },
      { name: "with a cause", input: { n: 1 }, tasks: [fails("db down"), audited], output: { failed: true } },
      { name: "empty cause", input: { n: 1 }, tasks: [fails(""), audited], output: { failed: true } },
      { name: "no cause", input: { n: 1 }, tasks: [fails(), audited], output: { failed: true } },
    ]);
    expect(runs[1].engine.calls.at(-1)?.input).toEqual({ error: "Boom", cause: "db down" });
    expect(Object.keys(runs[3].engine.calls.at(-1)?.input as object)).toEqual(["error"]);
  });
});
