import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import type { AslDefinition } from "../../src/types.js";
import { countStates } from "./helpers.js";
import { byNumber, byOptional, byTrue, byVariable, log, route } from "../workflows/branching/switch.js";

const fixture = path.join(import.meta.dirname, "../workflows/branching/switch.ts");
const logged = bind(log, () => null);
const choices = (definition: AslDefinition) => countStates(definition, "Choice");

describe("switch", () => {
  it("groups cases, reaches default anywhere, falls through, breaks from inside an if", async () => {
    const compiled = await compileWorkflow(fixture, "route");
    // The switch is one Choice; the if inside a case is another.
    expect(choices(compiled.definition)).toBe(2);
    await expectSameBehaviour(route, compiled, [
      { name: "bug", input: { kind: "bug", priority: 1 }, tasks: [logged], output: { team: "engineering" } },
      { name: "chore (grouped)", input: { kind: "chore", priority: 5 }, tasks: [logged], output: { team: "engineering" } },
      { name: "feature, high priority breaks in the if", input: { kind: "feature", priority: 3 }, tasks: [logged], output: { team: "none" } },
      { name: "feature, priority at the boundary", input: { kind: "feature", priority: 2 }, tasks: [logged], output: { team: "none" } },
      { name: "question throws", input: { kind: "question", priority: 1 }, tasks: [logged], error: "Unanswerable", cause: "questions are not routed" },
      { name: "unknown kind takes the default and falls through", input: { kind: "other" as never, priority: 1 }, tasks: [logged], output: { team: "support" } },
      { name: "default falls through past the break in the if", input: { kind: "x" as never, priority: 9 }, tasks: [logged], output: { team: "support" } },
    ]);
  });

  it("compares numbers and returns from cases", async () => {
    const compiled = await compileWorkflow(fixture, "byNumber");
    expect(choices(compiled.definition)).toBe(1);
    await expectSameBehaviour(byNumber, compiled, [
      { input: { n: 0 }, tasks: [logged], output: "zero" },
      { input: { n: -0 }, tasks: [logged], output: "zero" },
      { input: { n: 1 }, tasks: [logged], output: "one or two" },
      { input: { n: 2 }, tasks: [logged], output: "one or two" },
      { input: { n: -1 }, tasks: [logged], output: "minus one" },
      { input: { n: 1.5 }, tasks: [logged], output: "other" },
    ]);
  });

  it("tells \"\", \"0\" and an absent field apart", async () => {
    const compiled = await compileWorkflow(fixture, "byOptional");
    expect(choices(compiled.definition)).toBe(1);
    await expectSameBehaviour(byOptional, compiled, [
      { input: { kind: "bug", priority: 0, label: "" }, output: "empty" },
      { input: { kind: "bug", priority: 0, label: "0" }, output: "zero" },
      { input: { kind: "bug", priority: 0 }, output: "absent" },
      { input: { kind: "bug", priority: 0, label: "false" }, output: "other" },
    ]);
  });

  it("switch (true) takes boolean case tests as conditions", async () => {
    const compiled = await compileWorkflow(fixture, "byTrue");
    expect(choices(compiled.definition)).toBe(1);
    await expectSameBehaviour(byTrue, compiled, [
      { input: { n: 11, name: "a" }, output: "big" },
      { input: { n: 11, name: "" }, output: "small" },
      { input: { n: 10, name: "a" }, output: "ten" },
      { input: { n: 9, name: "a" }, output: "small" },
    ]);
  });

  it("compares with variables, first match wins", async () => {
    const compiled = await compileWorkflow(fixture, "byVariable");
    await expectSameBehaviour(byVariable, compiled, [
      { input: { a: "x", b: "x", c: "x" }, output: "b" },
      { input: { a: "x", b: "y", c: "x" }, output: "c" },
      { input: { a: "x", b: "y", c: "z" }, output: "none" },
    ]);
  });
});
