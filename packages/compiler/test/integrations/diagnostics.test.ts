import path from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../src/index.js";

const fixture = (name: string) => path.join(import.meta.dirname, "../fixtures/diagnostics/integrations", name);

async function diagnosticsOf(name: string) {
  const { diagnostics } = await compile({ files: [fixture(name)] });
  return diagnostics.map((d) => ({ code: d.code, line: d.line, column: d.column, message: d.message }));
}

describe("integration diagnostics", () => {
  it("SS1303: .sync, .waitForTaskToken and nested executions in an EXPRESS workflow, at each call", async () => {
    const found = await diagnosticsOf("express.ts");
    expect(found.filter((d) => d.code === "SS1303")).toEqual([
      { code: "SS1303", line: 9, column: 21, message: "the call of glue.startJobRun uses .sync, which Step Functions does not run in an EXPRESS workflow" },
      { code: "SS1303", line: 10, column: 20, message: "the call of approve uses .waitForTaskToken, which Step Functions does not run in an EXPRESS workflow" },
      { code: "SS1303", line: 11, column: 24, message: "the call of child uses .sync:2 (a nested execution), which Step Functions does not run in an EXPRESS workflow" },
    ]);
    expect(found).toHaveLength(3);
  });

  it("SS1301: waitForTaskToken callbacks that are not one task call carrying the token", async () => {
    const found = await diagnosticsOf("callback.ts");
    expect(found.map(({ code, line, column }) => ({ code, line, column }))).toEqual([
      { code: "SS1301", line: 6, column: 39 },
      { code: "SS1301", line: 10, column: 50 },
      // Glue has no callback pattern, whichever of its calls the callback makes.
      { code: "SS1450", line: 17, column: 61 },
      { code: "SS1301", line: 22, column: 33 },
    ]);
    expect(found[0].message).toContain("never receives the token");
  });

  it("SS1302: a nested workflow whose arn is not a string, at the callee's options", async () => {
    const found = await diagnosticsOf("nested.ts");
    expect(found[0]).toEqual({ code: "SS1302", line: 5, column: 31, message: "the arn of the workflow child must be a string" });
  });

  it("SS1300: a callee whose type is several integrations is not one Task", async () => {
    const found = await diagnosticsOf("integration.ts");
    expect(found).toEqual([
      {
        code: "SS1300",
        line: 5,
        column: 9,
        message: "`pick.requestResponse` is not one integration: its type allows several, and each is a different Task state",
      },
    ]);
  });

  it("SS1450: a pattern the service does not support, at the resource or the call; SS1451: an untyped callback result over an integration", async () => {
    const found = await diagnosticsOf("patterns.ts");
    expect(found).toEqual([
      {
        code: "SS1450",
        line: 5,
        column: 63,
        message: "`dynamodb.getItem` (arn:aws:states:::dynamodb:getItem) does not support .waitForTaskToken; AWS supports request-response for it",
      },
      {
        code: "SS1450",
        line: 6,
        column: 66,
        message: "`s3.getObject` (arn:aws:states:::aws-sdk:s3:getObject) does not support .sync; AWS supports request-response, .waitForTaskToken for it",
      },
      {
        code: "SS1450",
        line: 13,
        column: 54,
        message: "`dynamodb.putItem` does not support .waitForTaskToken; AWS supports request-response for it",
      },
      {
        code: "SS1450",
        line: 16,
        column: 93,
        message: "`glue.startJobRun` does not support .waitForTaskToken; AWS supports request-response, .sync for it",
      },
      {
        code: "SS1451",
        line: 19,
        column: 23,
        message:
          "a callback over `sqs.sendMessage` returns what the external system sends back with SendTaskSuccess, not the service's response: say its type, `waitForTaskToken<R>(…)`",
      },
      {
        code: "SS1450",
        line: 24,
        column: 87,
        message: "`dynamodb.putItem` (arn:aws:states:::dynamodb:putItem) does not support .waitForTaskToken; AWS supports request-response for it",
      },
    ]);
  });
});
