// Every example gets its policy and manifest beside its definition, as `stepscript build` writes them.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compile } from "../../src/index.js";
import { writeWorkflows } from "../../src/emit/write.js";
import type { CompileResult } from "../../src/types.js";

const examples = path.join(import.meta.dirname, "../../../../examples");
let result: CompileResult;
let out = "";

beforeAll(async () => {
  result = compile({ project: path.join(examples, "tsconfig.json"), files: [examples] });
  out = await mkdtemp(path.join(tmpdir(), "stepscript-examples-"));
  await writeWorkflows(result.workflows, out);
}, 120_000);
afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

const read = async (file: string) => JSON.parse(await readFile(path.join(out, file), "utf8"));

describe("the examples' policies and manifests", () => {
  it("are written for every workflow, with no error and only the warnings of resources the code leaves open", async () => {
    expect(result.diagnostics.filter((d) => d.severity !== "warning").map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([]);
    // Warnings only where the code leaves a resource to run time (csv-migration, etl-pipeline, image-batch).
    expect([...new Set(result.diagnostics.map((d) => d.code))].every((code) => code === "SS1603" || code === "SS1606")).toBe(true);
    const names = result.workflows.map((w) => w.name).sort();
    expect(names.length).toBeGreaterThanOrEqual(13);
    // Source maps (`<name>.map.json`) are written beside them too.
    const files = (await readdir(out)).filter((f) => !f.endsWith(".map.json")).sort();
    expect(files).toEqual(names.flatMap((n) => [`${n}.asl.json`, `${n}.manifest.json`, `${n}.policy.json`]).sort());
  });

  it("each manifest names its files, type, source and placeholders; each policy grants something, never a wildcard action", async () => {
    for (const workflow of result.workflows) {
      const manifest = await read(`${workflow.name}.manifest.json`);
      expect(manifest).toMatchObject({ name: workflow.name, type: workflow.type, queryLanguage: "JSONPath", definition: `${workflow.name}.asl.json`, policy: `${workflow.name}.policy.json` });
      expect(path.resolve(out, manifest.source)).toBe(workflow.file);
      const policy = await read(`${workflow.name}.policy.json`);
      expect(policy.Version).toBe("2012-10-17");
      expect(policy.Statement.length, workflow.name).toBeGreaterThan(0);
      for (const statement of policy.Statement) for (const action of statement.Action) expect(action).not.toContain("*");
    }
  });

  it("parent-child: the parent's manifest wires the child by placeholder and the literal-ARN child by its ARN", async () => {
    const manifest = await read("fulfilOrder.manifest.json");
    expect(manifest.children).toEqual([
      { name: "reserve", placeholder: "reserveArn" },
      { name: "ship-order", arn: "arn:aws:states:us-east-1:123456789012:stateMachine:ship-order" },
    ]);
    const policy = await read("fulfilOrder.policy.json");
    const start = policy.Statement.find((s: { Action: string[] }) => s.Action.includes("states:StartExecution"));
    expect(start.Resource).toEqual(expect.arrayContaining(["${reserveArn}", "arn:aws:states:us-east-1:123456789012:stateMachine:ship-order"]));
  });

  it("image-batch: the listing's prefix is the condition of s3:ListBucket; the Distributed Map starts its own children", async () => {
    const policy = await read("resizeImages.policy.json");
    expect(policy.Statement).toEqual(
      expect.arrayContaining([
        { Effect: "Allow", Action: ["s3:ListBucket"], Resource: ["arn:${AWS::Partition}:s3:::*"], Condition: { StringLike: { "s3:prefix": ["incoming/*"] } } },
        { Effect: "Allow", Action: ["states:StartExecution"], Resource: ["arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:resizeImages"] },
      ]),
    );
    expect((await read("resizeImages.manifest.json")).stateMachineName).toBe("resizeImages");
  });
});
