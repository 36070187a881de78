import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compile } from "../../src/index.js";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { greet as greetTask, greeter, namespaced } from "../workflows/discover/aliased.js";

const repo = path.resolve(import.meta.dirname, "../../../..");
const aliased = path.join(import.meta.dirname, "../workflows/discover/aliased.ts");

describe("discovery", () => {
  it("finds workflows by symbol through aliases, re-exports and namespaces, and ignores look-alikes", () => {
    const result = compile({ files: [aliased] });
    expect(result.diagnostics).toEqual([]);
    expect(result.workflows.map((w) => [w.exportName, w.name])).toEqual([
      ["greeter", "Greeter"],
      ["namespaced", "namespaced"],
    ]);
  });

  it("compiles aliased tasks and errors with their meaning", async () => {
    const greet = bind(greetTask, ({ who }) => `hello ${who}`);
    await expectSameBehaviour(greeter, await compileWorkflow(aliased, "greeter"), [
      { input: { who: "ada" }, tasks: [greet], output: "hello ada" },
      { input: { who: "" }, tasks: [greet], error: "NoOne" },
    ]);
    await expectSameBehaviour(namespaced, await compileWorkflow(aliased, "namespaced"), [
      { input: { who: "bo" }, tasks: [greet], output: { text: "hello bo" } },
    ]);
  });

  describe("state machine names", () => {
    const folder = mkdtempSync(path.join(repo, ".vitest-tmp-names-"));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it("reports both workflows that share a name, each at its export, so that neither is written", () => {
      const first = path.join(folder, "a.ts");
      const second = path.join(folder, "b.ts");
      writeFileSync(first, `import { workflow } from "@stepscript/dsl";\nexport const orders = workflow(async () => 1);\n`);
      writeFileSync(second, `import { workflow } from "@stepscript/dsl";\n\nexport const other = workflow({ name: "orders" }, async () => 2);\n`);
      const result = compile({ files: [first, second] });
      expect(result.diagnostics.map((d) => [path.basename(d.file), d.line, d.column, d.code])).toEqual([["a.ts", 2, 14, "SS2001"], ["b.ts", 3, 14, "SS2001"]]);
      expect(result.diagnostics[0].message).toContain('two workflows are named "orders" (the other is other in ');
      expect(result.workflows).toHaveLength(2);
    });
  });

  describe("a file outside the tsconfig's include", () => {
    const folder = mkdtempSync(path.join(repo, ".vitest-tmp-discover-"));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it("compiles with that tsconfig's options and resolves @stepscript/* as any file of the repo", () => {
      mkdirSync(path.join(folder, "src"));
      mkdirSync(path.join(folder, "elsewhere"));
      writeFileSync(path.join(folder, "tsconfig.json"), JSON.stringify({ extends: "../tsconfig.base.json", include: ["src/**/*.ts"] }));
      writeFileSync(
        path.join(folder, "elsewhere", "flow.ts"),
        `import { workflow } from "@stepscript/dsl";\nexport const outside = workflow(async (input: { n: number }) => ({ n: input.n }));\n`,
      );
      const result = compile({ project: path.join(folder, "tsconfig.json"), files: [path.join(folder, "elsewhere", "flow.ts")] });
      expect(result.diagnostics).toEqual([]);
      expect(result.workflows.map((w) => w.name)).toEqual(["outside"]);
      // Strict mode comes from the tsconfig: null is not a string there.
      writeFileSync(
        path.join(folder, "elsewhere", "loose.ts"),
        `import { workflow } from "@stepscript/dsl";\nexport const label: string = null;\nexport const loose = workflow(async (input: { n: number }) => ({ n: input.n }));\n`,
      );
      const loose = compile({ project: path.join(folder, "tsconfig.json"), files: [path.join(folder, "elsewhere", "loose.ts")] });
      expect(loose.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([["TS2322", 2, 14]]);
    });
  });
});

