/**
 * Image processing over an S3 listing: one child per object under `incoming/`, at most 50 at
 * once. Empty objects are skipped; each image is resized by a Lambda into the output bucket the
 * execution's input names (read inside the child).
 */
import { distributedMap, lambda, s3, workflow } from "@stepscript/dsl";

export interface Resized { key: string; width: number }

export const resizeImage = lambda<{ bucket: string; key: string; target: string }, Resized>(
  "arn:aws:lambda:us-east-1:123456789012:function:ResizeImage",
);

export const resizeImages = workflow(async (input: { bucket: string; outputBucket: string }) => {
  const results = await distributedMap(
    s3.objects({ Bucket: input.bucket, Prefix: "incoming/" }),
    async (object) => {
      if (object.Size === 0) return { key: object.Key, width: 0 };
      return await resizeImage({ bucket: input.bucket, key: object.Key, target: input.outputBucket });
    },
    { maxConcurrency: 50, label: "ResizeImages" },
  );
  return { count: results.length, results };
});
