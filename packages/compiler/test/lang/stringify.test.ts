import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import * as flows from "../workflows/lang/stringify.js";

const fixture = path.join(import.meta.dirname, "../workflows/lang/stringify.ts");
const stored = bind(flows.store, () => null);
const base = { n: 0, s: "", flag: false, maybe: null, list: [] };

describe("JSON.stringify", () => {
  it("of a value typed Json, a scalar, null or a union is States.JsonToString", async () => {
    const workflow = await compileWorkflow(fixture, "stringify");
    expect(JSON.stringify(workflow.definition)).toContain("States.JsonToString($$.Execution.Input.payload)");
    const runs = await expectSameBehaviour(flows.stringify, workflow, [
      { name: "an object payload, zero values", input: { ...base, payload: { a: [1, "x", null], b: { c: true } } }, tasks: [stored], output: { n: "0", s: '""', flag: "false", maybe: "null", list: "[]" } },
      { name: "a string payload with quotes", input: { ...base, payload: 'say "hi"', n: -1.5, s: "a\"b", flag: true, maybe: "m", list: [1, null] }, tasks: [stored] },
      { name: "null, a number, an empty array", input: { ...base, payload: null }, tasks: [stored] },
      { name: "a number payload", input: { ...base, payload: 42 }, tasks: [stored] },
      { name: "an empty array payload", input: { ...base, payload: [] }, tasks: [stored] },
      { name: "a boolean payload", input: { ...base, payload: false }, tasks: [stored] },
    ]);
    expect(runs[1].engine.calls[0]?.input).toEqual({ body: '"say \\"hi\\""', kind: "json" });
  });
});
