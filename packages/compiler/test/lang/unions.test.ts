import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import * as flows from "../workflows/lang/unions.js";
import type { Polled } from "../workflows/lang/unions.js";

const fixture = path.join(import.meta.dirname, "../workflows/lang/unions.ts");
const polled = (answer: Polled) => [bind(flows.poll, () => answer)];

describe("unions with literals", () => {
  it("compare with a member's literal by type test and comparison, either operand order", async () => {
    const workflow = await compileWorkflow(fixture, "unions");
    expect(JSON.stringify(workflow.definition)).toContain('[{"Variable":"$.r.Payload.msgs","IsString":true},{"Variable":"$.r.Payload.msgs","StringEquals":"No messages"}]');
    await expectSameBehaviour(flows.unions, workflow, [
      { name: "no messages", input: { q: "a" }, tasks: polled({ msgs: "No messages", code: 9, detail: "" }), output: { n: 0, kind: "none" } },
      { name: "empty list is not the string", input: { q: "b" }, tasks: polled({ msgs: [], code: 4, detail: "" }), output: { n: 0, kind: "code" } },
      { name: "code at the boundary", input: { q: "c" }, tasks: polled({ msgs: [{ id: "1" }], code: 3, detail: "" }), output: { n: 1, kind: "no detail" } },
      { name: "code none, flag unknown", input: { q: "d" }, tasks: polled({ msgs: [], code: "none", flag: "unknown", detail: { text: "t" } }), output: { n: 2, kind: "unknown" } },
      { name: "flag true", input: { q: "e" }, tasks: polled({ msgs: [], code: "none", flag: true, detail: "" }), output: { n: 1, kind: "flag" } },
      { name: "flag false, null, detail object, numeric code", input: { q: "f" }, tasks: polled({ msgs: [], code: 0, flag: false, detail: { text: "" } }), output: { n: 0, kind: "" } },
      { name: "flag null, code none", input: { q: "g" }, tasks: polled({ msgs: [{ id: "x" }], code: "none", flag: null, detail: { text: "d" } }), output: { n: 1, kind: "d" } },
    ]);
  });
});
