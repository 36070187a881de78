import { workflow, type Integer } from "@stepscript/dsl";

// Chains of `+` nest one intrinsic per operator: each must be split at Step Functions' limit of 10.
export const longSum = workflow(async (input: { n: Integer }) => {
  const y = input.n + 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13;
  let z = input.n;
  z += input.n + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1;
  return { y, z };
});

export const nestedTemplates = workflow(async (input: { s: string }) => {
  let s = input.s;
  s += `${`${`${`${`${`${`${`${`${`${`${`${input.s}a`}b`}c`}d`}e`}f`}g`}h`}i`}j`}k`}l`;
  const t = `<${input.s + (`(${`${`${`${`${`${`${`${`${`${input.s}1`}2`}3`}4`}5`}6`}7`}8`}9`})` + "!")}>`;
  return { s, t };
});
