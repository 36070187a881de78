import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRebuildScheduler } from "../../src/cli/schedule.js";

describe("createRebuildScheduler", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("rebuilds once for a burst of changes, after the quiet period", async () => {
    const builds: string[][] = [];
    const scheduler = createRebuildScheduler(async (paths) => void builds.push(paths), 100);
    scheduler.changed("/p/b.ts");
    await vi.advanceTimersByTimeAsync(50);
    scheduler.changed("/p/a.ts");
    scheduler.changed("/p/b.ts");
    await vi.advanceTimersByTimeAsync(99);
    expect(builds).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(builds).toEqual([["/p/a.ts", "/p/b.ts"]]);
  });

  it("never runs two rebuilds at once; changes during one cause exactly one more", async () => {
    const log: string[] = [];
    let finish!: () => void;
    const scheduler = createRebuildScheduler(async (paths) => {
      log.push(`start ${paths.join(",")}`);
      await new Promise<void>((resolve) => (finish = resolve));
      log.push("end");
    }, 10);
    scheduler.changed("a");
    await vi.advanceTimersByTimeAsync(10);
    scheduler.changed("b");
    scheduler.changed("c");
    await vi.advanceTimersByTimeAsync(50);
    expect(log).toEqual(["start a"]);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(["start a", "end", "start b,c"]);
    finish();
    await scheduler.idle();
    expect(log).toEqual(["start a", "end", "start b,c", "end"]);
  });

  it("cancel drops pending changes", async () => {
    const builds: string[][] = [];
    const scheduler = createRebuildScheduler(async (paths) => void builds.push(paths), 10);
    scheduler.changed("a");
    scheduler.cancel();
    await vi.advanceTimersByTimeAsync(100);
    await scheduler.idle();
    expect(builds).toEqual([]);
  });
});
