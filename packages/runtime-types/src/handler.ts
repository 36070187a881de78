/** The type of a Lambda handler that implements a task: `TaskHandler<typeof validateOrder>`. */
export type TaskHandler<T> = T extends (input: infer I, ...rest: any[]) => Promise<infer O>
  ? (input: I) => O | Promise<O>
  : never;
