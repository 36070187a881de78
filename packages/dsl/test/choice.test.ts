import { describe, expect, expectTypeOf, it } from "vitest";
import { choice } from "../src/index.js";

describe("choice (local meaning)", () => {
  it("runs the first branch whose condition is truthy, and only that one", async () => {
    const ran: string[] = [];
    const result = await choice(
      [
        [0, () => (ran.push("zero"), "zero")],
        ["", () => (ran.push("empty"), "empty")],
        ["0", async () => (ran.push("string 0"), "string 0")],
        [true, () => (ran.push("true"), "true")],
      ],
      () => "default",
    );
    expect(result).toBe("string 0");
    expect(ran).toEqual(["string 0"]);
  });

  it("runs the default when nothing matches, and gives undefined without one", async () => {
    expect(await choice([[null, () => 1]], () => 2)).toBe(2);
    expect(await choice([[false, () => 1]])).toBeUndefined();
  });

  it("infers the union of the branches' awaited values", async () => {
    const value = await choice([[true, () => "a" as const], [false, async () => 1]], () => null);
    expectTypeOf(value).toEqualTypeOf<"a" | number | null>();
    const noDefault = await choice([[true, async () => ({ id: "x" })]]);
    expectTypeOf(noDefault).toEqualTypeOf<{ id: string } | undefined>();
  });
});
