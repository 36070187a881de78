import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileWorkflow } from "../../packages/compiler/test/harness/compile.js";
import { expectSameBehaviour } from "@stepscript/testing";
import { etlPipeline } from "../../bench/scenarios/etl-pipeline.js";
import { dailyEtl } from "./workflow.js";

describe("ETL pipeline", () => {
  it("runs Glue, Batch and Athena with .sync", async () => {
    const { definition } = await compileWorkflow(path.join(import.meta.dirname, "workflow.ts"), "dailyEtl");
    const resources = Object.values(definition.States).filter((s) => s.Type === "Task").map((s) => s.Resource);
    expect(resources).toEqual([
      "arn:aws:states:::glue:startJobRun.sync",
      "arn:aws:states:::batch:submitJob.sync",
      "arn:aws:states:::athena:startQueryExecution.sync",
      "arn:aws:states:::sns:publish",
    ]);
  });

  it("behaves as its TypeScript", async () => {
    await expectSameBehaviour(dailyEtl, etlPipeline.cases);
  });
});
