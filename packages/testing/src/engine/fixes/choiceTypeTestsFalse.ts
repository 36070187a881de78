import type { EngineFix } from "../fix.js";

export const choiceTypeTestsFalse: EngineFix = {
  name: "choice-type-tests-false",
  why: "A type test set to false (IsPresent: false, IsNull: false, IsString: false, …) matches when the test is false; the engine never matches it.",
  replacements: [
    {
      from: '    if ("IsNull" in choiceRule) {',
      through: "      return IsTimestampTrue && isRFC3339Timestamp(varValue);\n    }",
      replace: `    if ("IsNull" in choiceRule) {
      const varValue = jsonPathQuery(choiceRule.Variable, input, context);
      return (varValue === null) === choiceRule.IsNull;
    }
    if ("IsPresent" in choiceRule) {
      const varValue = jsonPathQuery(choiceRule.Variable, input, context, { ignoreDefinedValueConstraint: true });
      return (varValue !== void 0) === choiceRule.IsPresent;
    }
    if ("IsNumeric" in choiceRule) {
      const varValue = jsonPathQuery(choiceRule.Variable, input, context);
      return (typeof varValue === "number") === choiceRule.IsNumeric;
    }
    if ("IsString" in choiceRule) {
      const varValue = jsonPathQuery(choiceRule.Variable, input, context);
      return (typeof varValue === "string") === choiceRule.IsString;
    }
    if ("IsBoolean" in choiceRule) {
      const varValue = jsonPathQuery(choiceRule.Variable, input, context);
      return (typeof varValue === "boolean") === choiceRule.IsBoolean;
    }
    if ("IsTimestamp" in choiceRule) {
      const varValue = jsonPathQuery(choiceRule.Variable, input, context);
      return (typeof varValue === "string" && isRFC3339Timestamp(varValue)) === choiceRule.IsTimestamp;
    }`,
    },
  ],
};
