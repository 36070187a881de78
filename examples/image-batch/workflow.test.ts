import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind, memoryS3 } from "@stepscript/dsl";
import { compileWorkflow } from "../../packages/compiler/test/harness/compile.js";
import { expectSameBehaviour } from "@stepscript/testing";
import { resizeImage, resizeImages } from "./workflow.js";

const resized = bind(resizeImage, ({ key, target }) => ({ key: `${target}/${key}`, width: key.length * 10 }));
const photos = () => memoryS3({ photos: { "incoming/a.jpg": "jpeg-a", "incoming/empty.jpg": "", "incoming/b/c.png": "png", "archive/old.jpg": "old" }, thumbs: {} });

describe("image batch", () => {
  it("lists incoming/ and gives each child the output bucket through ItemSelector", async () => {
    const compiled = await compileWorkflow(path.join(import.meta.dirname, "workflow.ts"), "resizeImages");
    const state = Object.values(compiled.definition.States).find((s) => s.Type === "Map") as Record<string, any>;
    expect(state.ItemReader).toEqual({ Resource: "arn:aws:states:::s3:listObjectsV2", Parameters: { "Bucket.$": "$$.Execution.Input.bucket", Prefix: "incoming/" } });
    expect(state.ItemSelector).toEqual({ "object.$": "$$.Map.Item.Value", "input.$": "$$.Execution.Input" });
    expect(state.MaxConcurrency).toBe(50);
  });

  it("behaves as its TypeScript", async () => {
    await expectSameBehaviour(resizeImages, [
      {
        name: "two images and an empty object; archive/ is not listed",
        input: { bucket: "photos", outputBucket: "thumbs" },
        s3: photos,
        tasks: [resized],
        output: {
          count: 3,
          results: [
            { key: "thumbs/incoming/a.jpg", width: 140 },
            { key: "thumbs/incoming/b/c.png", width: 160 },
            { key: "incoming/empty.jpg", width: 0 },
          ],
        },
      },
      { name: "an empty prefix", input: { bucket: "thumbs", outputBucket: "x" }, s3: photos, tasks: [resized], output: { count: 0, results: [] } },
      {
        name: "a failed resize fails the run",
        input: { bucket: "photos", outputBucket: "thumbs" },
        s3: photos,
        tasks: [bind(resizeImage, () => { throw Object.assign(new Error("corrupt"), { name: "CorruptImage" }); })],
        error: "States.ExceedToleratedFailureThreshold",
      },
    ], { calls: "unordered" });
  });
});
