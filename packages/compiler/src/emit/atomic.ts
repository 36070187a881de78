import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Replaces `path` with `content` whole or not at all: the text goes to a temporary file in the
 * same directory (so the rename never crosses a file system, where it would stop being atomic),
 * then the temporary file is renamed over the target. A reader sees the old file or the new one,
 * never half of one; if anything fails, the temporary file is removed and the old file is untouched.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, content, { encoding: "utf8", flag: "wx" });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
