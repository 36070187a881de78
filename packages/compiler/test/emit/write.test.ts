import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { selectWritable, type Validate } from "../../src/emit/select.js";
import { writeWorkflows } from "../../src/emit/write.js";
import type { CompileResult } from "../../src/types.js";
import { diagnosticIn, useTempDir, workflowOf } from "./helpers.js";

const accept: Validate = async () => [];
const tempDir = useTempDir();

/** What `build` does: select, then write what was selected. */
async function emit(result: CompileResult, outDir: string, validate: Validate = accept) {
  const selection = await selectWritable(result, validate);
  return { ...selection, ...(await writeWorkflows(selection.writable, outDir)) };
}

describe("writing workflows", () => {
  it("writes <name>.asl.json formatted, and reports each file with its number of states", async () => {
    const dir = await tempDir();
    const out = join(dir, "dist", "asl");
    const nested = workflowOf("nested", join(dir, "a.ts"), {
      definition: {
        StartAt: "Both",
        States: {
          Both: {
            Type: "Parallel",
            Branches: [{ StartAt: "X", States: { X: { Type: "Pass", End: true } } }],
            Next: "Each",
          },
          Each: {
            Type: "Map",
            ItemProcessor: { StartAt: "Y", States: { Y: { Type: "Pass", Next: "Z" }, Z: { Type: "Succeed" } } },
            End: true,
          },
        },
      },
    });
    const result = await emit({ workflows: [nested], diagnostics: [] }, out);
    expect(result.diagnostics).toEqual([]);
    expect(result.failures).toEqual([]);
    expect(result.written.filter((w) => w.kind === "definition")).toEqual([{ path: join(out, "nested.asl.json"), kind: "definition", count: 5 }]);
    const text = await readFile(join(out, "nested.asl.json"), "utf8");
    expect(JSON.parse(text)).toEqual(nested.definition);
    expect(text.endsWith("\n")).toBe(true);
  });

  it("writes <name>.manifest.json beside each definition, with its placeholders and children", async () => {
    const dir = await tempDir();
    const out = join(dir, "dist", "asl");
    const placeholders = [
      { name: "childFlowArn", kind: "childWorkflow" as const, integration: "arn:aws:states:::states:startExecution", field: "StateMachineArn", task: "child-flow", workflow: "child-flow" },
    ];
    const uses = [
      { kind: "task" as const, taskName: "child-flow", resource: "arn:aws:states:::states:startExecution", pattern: "sync:2" as const, fields: { StateMachineArn: { kind: "placeholder" as const, name: "childFlowArn" } }, child: "child-flow", at: { file: join(dir, "a.ts"), line: 1, column: 1, length: 1 } },
      { kind: "task" as const, taskName: "audit", resource: "arn:aws:states:::states:startExecution", pattern: "sync:2" as const, fields: { StateMachineArn: { kind: "literal" as const, value: "arn:aws:states:us-east-1:123456789012:stateMachine:audit" } }, child: "audit", at: { file: join(dir, "a.ts"), line: 2, column: 1, length: 1 } },
    ];
    const parent = workflowOf("parent", join(dir, "src", "a.ts"), { type: "EXPRESS", substitutions: ["childFlowArn"], placeholders, uses });
    const result = await emit({ workflows: [parent], diagnostics: [] }, out);
    expect(result.written.map((w) => [w.kind, w.path, w.count])).toEqual([
      ["definition", join(out, "parent.asl.json"), 1],
      ["policy", join(out, "parent.policy.json"), 0],
      ["manifest", join(out, "parent.manifest.json"), 1],
    ]);
    expect(JSON.parse(await readFile(join(out, "parent.manifest.json"), "utf8"))).toEqual({
      name: "parent",
      type: "EXPRESS",
      queryLanguage: "JSONPath",
      definition: "parent.asl.json",
      policy: "parent.policy.json",
      source: "../../src/a.ts",
      placeholders,
      derivedPlaceholders: [],
      children: [
        { name: "child-flow", placeholder: "childFlowArn" },
        { name: "audit", arn: "arn:aws:states:us-east-1:123456789012:stateMachine:audit" },
      ],
    });
  });

  it("removes a substitutions list left by a build from before the manifest", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "parent.substitutions.json"), '["ChildArn"]\n');
    await emit({ workflows: [workflowOf("parent", join(dir, "a.ts"))], diagnostics: [] }, dir);
    expect((await readdir(dir)).sort()).toEqual(["parent.asl.json", "parent.manifest.json", "parent.policy.json"]);
  });

  it("leaves an existing file untouched, and writes nothing for it, when validation fails", async () => {
    const dir = await tempDir();
    const source = join(dir, "flows.ts");
    await writeFile(source, 'import { workflow } from "@stepscript/dsl";\n\nexport const broken = workflow(async () => {});\n');
    await writeFile(join(dir, "broken.asl.json"), "previous build\n");
    const reject: Validate = async () => ["States.Done: missing 'End'", "StartAt does not name a state"];

    const result = await emit({ workflows: [workflowOf("broken", source)], diagnostics: [] }, dir, reject);

    expect(await readFile(join(dir, "broken.asl.json"), "utf8")).toBe("previous build\n");
    expect(await readdir(dir)).toEqual(["broken.asl.json", "flows.ts"]);
    expect(result.written).toEqual([]);
    expect(result.diagnostics).toEqual([
      {
        code: "SS9001",
        message:
          "the compiler produced a definition Step Functions would reject: broken: States.Done: missing 'End'; StartAt does not name a state",
        hint: "This is a bug in Stepscript; please report it with the workflow's source",
        file: source,
        line: 3,
        column: 14,
        length: "broken".length,
      },
    ]);
  });

  it("writes the clean workflows and none whose file has a diagnostic", async () => {
    const dir = await tempDir();
    const good = workflowOf("good", join(dir, "good.ts"));
    const bad = workflowOf("bad", join(dir, "bad.ts"));
    await writeFile(join(dir, "bad.asl.json"), "previous build\n");
    const diagnostic = diagnosticIn(join(dir, "bad.ts"), 7);

    const result = await emit({ workflows: [bad, good], diagnostics: [diagnostic] }, dir);

    expect(result.written.map((w) => w.path)).toEqual([join(dir, "good.asl.json"), join(dir, "good.policy.json"), join(dir, "good.manifest.json")]);
    expect(await readFile(join(dir, "bad.asl.json"), "utf8")).toBe("previous build\n");
    expect(result.diagnostics).toEqual([diagnostic]);
  });

  it("does not validate a workflow whose file already has errors (its definition is not trusted)", async () => {
    const dir = await tempDir();
    const validated: string[] = [];
    const validate: Validate = async (definition) => {
      validated.push(definition.StartAt);
      return [];
    };
    const bad = workflowOf("bad", join(dir, "bad.ts"), { definition: { StartAt: "bad", States: {} } });
    const good = workflowOf("good", join(dir, "good.ts"), { definition: { StartAt: "good", States: {} } });
    await selectWritable({ workflows: [bad, good], diagnostics: [diagnosticIn(bad.file)] }, validate);
    expect(validated).toEqual(["good"]);
  });

  it("reports a validator that throws as SS9001 instead of crashing", async () => {
    const dir = await tempDir();
    const validate: Validate = async () => {
      throw new Error("boom");
    };
    const result = await emit({ workflows: [workflowOf("flow", join(dir, "missing.ts"))], diagnostics: [] }, dir, validate);
    expect(result.written).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.message, d.line, d.column])).toEqual([
      ["SS9001", "the compiler produced a definition Step Functions would reject: flow: the validator failed: boom", 1, 1],
    ]);
  });

  it("never writes outside the out folder, whatever name reaches it", async () => {
    const dir = await tempDir();
    const out = join(dir, "out");
    const escaping = workflowOf("../escape", join(dir, "a.ts"));
    const result = await emit({ workflows: [escaping], diagnostics: [] }, out);
    expect(result.written).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["SS9001"]);
    expect(await readdir(dir)).toEqual([]);
  });

  it("writes neither of two workflows that would share a file, and reports both (the compiler missed it)", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "a.ts"), "export const first = workflow(async () => {});\n");
    await writeFile(join(dir, "b.ts"), "\nexport const second = workflow({ name: \"first\" }, async () => {});\n");
    const a = workflowOf("first", join(dir, "a.ts"));
    const b = workflowOf("first", join(dir, "b.ts"), { exportName: "second" });
    const out = join(dir, "out");
    const result = await emit({ workflows: [a, b], diagnostics: [] }, out);
    expect(result.written).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([
      ["SS9001", join(dir, "a.ts"), 1, 14],
      ["SS9001", join(dir, "b.ts"), 2, 14],
    ]);
    expect(result.diagnostics[0].message).toContain("it would be written to first.asl.json, as would second (b.ts)");
  });

  it("writes the first of two same-named workflows when the compiler has reported the second", async () => {
    const dir = await tempDir();
    const a = workflowOf("first", join(dir, "a.ts"));
    const b = workflowOf("first", join(dir, "b.ts"), { exportName: "second" });
    const duplicate = { ...diagnosticIn(b.file), code: "SS2001" };
    const result = await emit({ workflows: [a, b], diagnostics: [duplicate] }, dir);
    expect(result.written.map((w) => w.path)).toEqual([join(dir, "first.asl.json"), join(dir, "first.policy.json"), join(dir, "first.manifest.json")]);
    expect(result.diagnostics).toEqual([duplicate]);
  });

  it("reports a file it cannot write and goes on with the others", async () => {
    const dir = await tempDir();
    // A folder where the file should go makes the final rename fail.
    await mkdir(join(dir, "blocked.asl.json"));
    const result = await emit(
      { workflows: [workflowOf("blocked", join(dir, "a.ts")), workflowOf("fine", join(dir, "a.ts"))], diagnostics: [] },
      dir,
    );
    expect(result.failures.map((f) => f.path)).toEqual([join(dir, "blocked.asl.json")]);
    expect(result.written.map((w) => w.path)).toEqual([join(dir, "fine.asl.json"), join(dir, "fine.policy.json"), join(dir, "fine.manifest.json")]);
    // No temporary file is left behind.
    expect((await readdir(dir)).sort()).toEqual(["blocked.asl.json", "fine.asl.json", "fine.manifest.json", "fine.policy.json"]);
  });

  it("writes nothing, not even the out folder, when there is nothing to write", async () => {
    const dir = await tempDir();
    const result = await writeWorkflows([], join(dir, "out"));
    expect(result).toEqual({ written: [], failures: [] });
    expect(await readdir(dir)).toEqual([]);
  });
});
