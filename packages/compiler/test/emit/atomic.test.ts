import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../src/emit/atomic.js";
import { useTempDir } from "./helpers.js";

const tempDir = useTempDir();

describe("writeFileAtomic", () => {
  it("replaces the file whole and leaves no temporary file", async () => {
    const dir = await tempDir();
    const target = join(dir, "flow.asl.json");
    await writeFile(target, "old contents that are longer than the new ones\n");
    await writeFileAtomic(target, "new\n");
    expect(await readFile(target, "utf8")).toBe("new\n");
    expect(await readdir(dir)).toEqual(["flow.asl.json"]);
  });

  it("leaves the old file as it was and cleans up when the write fails", async () => {
    const dir = await tempDir();
    const target = join(dir, "flow.asl.json");
    await mkdir(target); // a folder in the way: the rename fails
    await expect(writeFileAtomic(target, "new\n")).rejects.toThrow();
    expect(await readdir(dir)).toEqual(["flow.asl.json"]);
    expect(await readdir(target)).toEqual([]);
  });

  it("fails without creating anything when the folder does not exist", async () => {
    const dir = await tempDir();
    await expect(writeFileAtomic(join(dir, "missing", "flow.asl.json"), "x")).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });
});
