import type { Cond } from "../../ir/types.js";

/** Folds constants and double negations, and flattens nested `&&` / `||`, so rules stay small. */
export function simplifyCondition(cond: Cond): Cond {
  switch (cond.kind) {
    case "not": {
      const item = simplifyCondition(cond.item);
      if (item.kind === "constant") return { kind: "constant", value: !item.value };
      if (item.kind === "not") return item.item;
      return { kind: "not", item };
    }
    case "and":
    case "or": {
      const absorbing = cond.kind === "or";
      const items: Cond[] = [];
      for (const raw of cond.items) {
        const item = simplifyCondition(raw);
        if (item.kind === "constant") {
          if (item.value === absorbing) return item;
          continue;
        }
        if (item.kind === cond.kind) items.push(...item.items);
        else items.push(item);
      }
      if (items.length === 0) return { kind: "constant", value: !absorbing };
      return items.length === 1 ? items[0] : { kind: cond.kind, items };
    }
    default:
      return cond;
  }
}
