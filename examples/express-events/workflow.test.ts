import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileWorkflow } from "../../packages/compiler/test/harness/compile.js";
import { expectSameBehaviour } from "@stepscript/testing";
import { expressEvents } from "../../bench/scenarios/express-events.js";
import { ingestReading } from "./workflow.js";

describe("express events", () => {
  it("is an EXPRESS-ready definition of request-response integrations", async () => {
    const compiled = await compileWorkflow(path.join(import.meta.dirname, "workflow.ts"), "ingestReading");
    expect(compiled.type).toBe("EXPRESS");
    expect(compiled.definition.TimeoutSeconds).toBe(30);
    const resources = new Set(Object.values(compiled.definition.States).filter((s) => s.Type === "Task").map((s) => s.Resource));
    expect([...resources].sort()).toEqual([
      "arn:aws:states:::dynamodb:getItem",
      "arn:aws:states:::dynamodb:putItem",
      "arn:aws:states:::events:putEvents",
    ]);
  });

  it("behaves as its TypeScript", async () => {
    await expectSameBehaviour(ingestReading, expressEvents.cases);
  });
});
