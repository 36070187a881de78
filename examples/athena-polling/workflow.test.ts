import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileWorkflow } from "../../packages/compiler/test/harness/compile.js";
import { expectSameBehaviour } from "../../packages/compiler/test/harness/differential.js";
import { athenaPolling } from "../../bench/scenarios/athena-polling.js";
import { athenaReport } from "./workflow.js";

const compiled = () => compileWorkflow(path.join(import.meta.dirname, "workflow.ts"), "athenaReport");

describe("athena polling", () => {
  it("tests the optional response fields with IsPresent on the deep path, never failing on an absent one", async () => {
    const { definition } = await compiled();
    const text = JSON.stringify(definition);
    expect(text).toContain('{"Variable":"$.query.QueryExecution.Status.State","IsPresent":true}');
    expect(text).toContain('"Variable":"$.results.ResultSet.Rows[1].Data[0].VarCharValue","IsPresent":true');
  });

  it("behaves as its TypeScript on every branch", async () => {
    await expectSameBehaviour(athenaReport, await compiled(), athenaPolling.cases);
  });
});
