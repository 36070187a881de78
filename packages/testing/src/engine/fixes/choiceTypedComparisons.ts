import type { EngineFix } from "../fix.js";

export const choiceTypedComparisons: EngineFix = {
  name: "choice-typed-comparisons",
  why: "A String…, Numeric… or Timestamp… comparison whose Variable holds a value of another type does not match; the engine coerces (5 < \"10\"), throws a TypeError (StringMatches on a number) or compares new Date(5).",
  replacements: [
    {
      find: `      return !this.testChoiceRule(choiceRule.Not, input, context);
    }
`,
      replace: `      return !this.testChoiceRule(choiceRule.Not, input, context);
    }
    const typedOperator = Object.keys(choiceRule).find((key) => /^(String|Numeric|Timestamp)/.test(key));
    if (typedOperator !== void 0) {
      const varValue = jsonPathQuery(choiceRule.Variable, input, context);
      const hasOperatorType = typedOperator.startsWith("String") ? typeof varValue === "string" : typedOperator.startsWith("Numeric") ? typeof varValue === "number" : typeof varValue === "string" && isRFC3339Timestamp(varValue);
      if (!hasOperatorType) return false;
    }
`,
    },
  ],
};
