/** One branch of a `choice`: a condition (tested with JavaScript's truthiness) and what runs when it holds. */
export type ChoiceBranch = readonly [condition: unknown, run: () => unknown];

/** The value a branch function gives, awaited. */
export type BranchValue<F> = F extends () => infer R ? Awaited<R> : never;

/** What `choice` resolves to: any branch's value, or the default's (undefined when there is none). */
export type ChoiceResult<B extends readonly ChoiceBranch[], D> =
  | BranchValue<B[number][1]>
  | (D extends () => unknown ? BranchValue<D> : undefined);

/**
 * Runs the first branch whose condition is truthy, else `otherwise`, and resolves to what it
 * returns: one Choice state with a rule per branch and `otherwise` as its Default. The conditions
 * are evaluated before the choice, as array elements are; only the chosen branch runs.
 * @stepscript choice
 */
export async function choice<const B extends readonly ChoiceBranch[], D extends (() => unknown) | undefined = undefined>(
  branches: B,
  otherwise?: D,
): Promise<ChoiceResult<B, D>> {
  for (const [condition, run] of branches) {
    if (condition) return (await run()) as ChoiceResult<B, D>;
  }
  return (otherwise ? await otherwise() : undefined) as ChoiceResult<B, D>;
}
