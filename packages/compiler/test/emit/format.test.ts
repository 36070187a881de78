import { describe, expect, it } from "vitest";
import { formatDefinition, formatJson } from "../../src/emit/format.js";
import type { AslDefinition } from "../../src/types.js";

const definition: AslDefinition = {
  Comment: "checks an order",
  StartAt: "validateOrder",
  States: {
    validateOrder: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:ValidateOrder", "Payload.$": "$" },
      ResultSelector: { "valid.$": "$.Payload.valid" },
      ResultPath: "$.check",
      Next: "Done",
    },
    Done: { Type: "Pass", Result: [1, 2, 3], End: true },
  },
};

describe("formatDefinition", () => {
  it("formats the definition as prettier formats JSON, keys in the compiler's order, ending in a newline", async () => {
    expect(await formatDefinition(definition)).toBe(
      [
        "{",
        '  "Comment": "checks an order",',
        '  "StartAt": "validateOrder",',
        '  "States": {',
        '    "validateOrder": {',
        '      "Type": "Task",',
        '      "Resource": "arn:aws:states:::lambda:invoke",',
        '      "Parameters": {',
        '        "FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:ValidateOrder",',
        '        "Payload.$": "$"',
        "      },",
        '      "ResultSelector": {',
        '        "valid.$": "$.Payload.valid"',
        "      },",
        '      "ResultPath": "$.check",',
        '      "Next": "Done"',
        "    },",
        '    "Done": {',
        '      "Type": "Pass",',
        '      "Result": [1, 2, 3],',
        '      "End": true',
        "    }",
        "  }",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("is byte-identical from run to run, and for equal definitions built separately", async () => {
    const first = await formatDefinition(definition);
    const second = await formatDefinition(definition);
    const rebuilt = await formatDefinition(structuredClone(definition));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(rebuilt).equals(Buffer.from(first))).toBe(true);
  });

  it("keeps the order in which the compiler inserted the keys, not an alphabetical one", async () => {
    const text = await formatDefinition({ StartAt: "B", States: { B: { Type: "Succeed" }, A: { Type: "Succeed" } } });
    expect(text.indexOf('"B": {')).toBeLessThan(text.indexOf('"A": {'));
    expect(text.indexOf('"StartAt"')).toBeLessThan(text.indexOf('"States"'));
  });

  it("round-trips: the text parses back to the same definition", async () => {
    expect(JSON.parse(await formatDefinition(definition))).toEqual(definition);
  });

  it("does not depend on the user's prettier configuration or the machine (no timestamps, LF endings)", async () => {
    const text = await formatDefinition(definition);
    expect(text).not.toContain("\r");
    expect(text.endsWith("}\n")).toBe(true);
  });
});

describe("formatJson", () => {
  it("formats the other files the build writes the same way, ending in a newline", async () => {
    expect(await formatJson({ name: "flow", children: ["ChildArn", "OtherArn"] })).toBe('{\n  "name": "flow",\n  "children": ["ChildArn", "OtherArn"]\n}\n');
  });
});
