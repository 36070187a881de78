import { describe, expect, it } from "vitest";
import { integrationRows, resourceFor } from "@stepscript/runtime-types";
import * as dsl from "@stepscript/dsl";

/** The DSL object a row lives in, by the part of its key before the dot. */
const namespaces = dsl as unknown as Record<string, Record<string, unknown> | undefined>;

describe("the DSL integrations are the rows", () => {
  it.each(integrationRows.map((row) => [row.key, row] as const))("%s: its call and variants carry the row's Resource per pattern", (key, row) => {
    const [service, action] = key.split(".") as [string, string];
    const call = namespaces[service]?.[action] as (dsl.Task<unknown, unknown> & Record<string, unknown>) | undefined;
    expect(call, key).toBeDefined();
    expect(call!.kind).toBe("task");
    expect(call!.resource).toBe(resourceFor(row, row.defaultPattern));
    expect(call!.integration).toBe(key);
    expect(call!.pattern).toBe(row.defaultPattern);
    for (const pattern of row.patterns.filter((p) => p !== row.defaultPattern && p !== "waitForTaskToken")) {
      const variant = call![pattern] as dsl.Task<unknown, unknown> & { pattern: string };
      expect(variant.resource, `${key}.${pattern}`).toBe(resourceFor(row, pattern));
      expect(variant.pattern).toBe(pattern);
    }
    // No property for a pattern the row lacks: `.sync` on a request-response service is absent.
    for (const pattern of ["sync", "sync:2", "requestResponse"].filter((p) => !row.patterns.includes(p as never))) {
      expect(call![pattern], `${key}.${pattern}`).toBeUndefined();
    }
  });

  it("keeps the Distributed Map readers beside the S3 actions, and lambda(...) callable beside invoke", () => {
    expect(typeof dsl.s3.csv).toBe("function");
    expect(typeof dsl.s3.objects).toBe("function");
    expect(dsl.s3.getObject.resource).toBe("arn:aws:states:::aws-sdk:s3:getObject");
    const fn = dsl.lambda<{ a: number }, number>("arn:aws:lambda:us-east-1:123456789012:function:F");
    expect(fn.kind).toBe("lambda");
    expect(dsl.lambda.invoke.resource).toBe("arn:aws:states:::lambda:invoke");
  });

  it("lambda.invokeAsync's local implementation receives InvocationType Event, as the service does", async () => {
    const received: unknown[] = [];
    const flow = dsl.workflow(async (input: { id: string }) => {
      const queued = await dsl.lambda.invokeAsync({ FunctionName: "audit", Payload: { id: input.id } });
      return queued.StatusCode;
    });
    const status = await flow.run({ id: "x" }, {
      tasks: [dsl.bind(dsl.lambda.invokeAsync, (request) => { received.push(request); return { StatusCode: 202, Payload: "", SdkHttpMetadata: { AllHttpHeaders: {}, HttpHeaders: {}, HttpStatusCode: 202 }, SdkResponseMetadata: { RequestId: "r" } }; })],
    });
    expect(status).toBe(202);
    expect(received).toEqual([{ FunctionName: "audit", Payload: { id: "x" }, InvocationType: "Event" }]);
  });
});
