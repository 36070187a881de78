import { lambda, map, parallel, workflow } from "@stepscript/dsl";

export interface Group {
  name: string;
  members: string[];
}

export const listGroups = lambda<{ org: string }, { groups: Group[] }>("arn:aws:lambda:us-east-1:123456789012:function:ListGroups");
export const greet = lambda<{ group: string; member: string; slot: number }, string>("arn:aws:lambda:us-east-1:123456789012:function:Greet");
export const count = lambda<{ n: number }, number>("arn:aws:lambda:us-east-1:123456789012:function:Count");

/** Map over a task's result, a map inside the iteration reading the outer item, and a map inside a branch. */
export const nestedMaps = workflow(async (input: { org: string }) => {
  const listing = await listGroups({ org: input.org });
  const [greetings, counted] = await parallel(
    () =>
      map(listing.groups, async (group) => {
        const lines = await map(group.members, (member, slot) => greet({ group: group.name, member, slot }), { maxConcurrency: 0 });
        return { group: group.name, lines };
      }),
    async () => {
      let total = await count({ n: 0 });
      total = await count({ n: total });
      return total;
    },
  );
  return { greetings, counted };
});

/** Literal items, a reassigned result, and a retried Map. */
export const literalItemsAndReassign = workflow(async () => {
  let numbers = await map([1, 2, 3], (n) => count({ n }));
  numbers = await map(numbers, (n) => count({ n }), { retry: { errors: ["Busy"], maxAttempts: 1 } });
  return numbers;
});
