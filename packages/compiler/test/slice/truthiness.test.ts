import path from "node:path";
import { describe, it } from "vitest";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { presence, truthy, type Values } from "../workflows/slice/truthiness.js";

const file = path.join(import.meta.dirname, "../workflows/slice/truthiness.ts");
const values = (overrides: Partial<Values>): Values => ({ text: "", amount: 0, on: false, list: [], obj: { k: "" }, nullable: null, mixed: "", ...overrides });

describe("truthiness is JavaScript's for the static type", () => {
  it("strings, numbers, booleans, optionals, arrays, objects, nullables and unions", async () => {
    const compiled = await compileWorkflow(file, "truthy");
    await expectSameBehaviour(truthy, compiled, [
      { name: "all falsy", input: values({}) },
      { name: '"0" and "false" are truthy strings', input: values({ text: "0", maybe: "false", nullable: "0", mixed: "0" }) },
      { name: "empty optional is falsy, present values truthy", input: values({ text: " ", amount: -1, on: true, maybe: "", nullable: "", mixed: 0 }) },
      { name: "non-zero numbers", input: values({ amount: 0.5, mixed: -2 }) },
      { name: "union string", input: values({ mixed: "x" }) },
    ]);
  });

  it("=== undefined, !== undefined and === null", async () => {
    const compiled = await compileWorkflow(file, "presence");
    await expectSameBehaviour(presence, compiled, [
      { input: values({}), output: "absent" },
      { input: values({ maybe: "x", nullable: null }), output: "null" },
      { input: values({ maybe: "x", nullable: "n" }), output: "x" },
      { input: values({ maybe: "", nullable: "n" }), output: "" },
    ]);
  });
});
