/**
 * Walks parsed JSON iteratively (an explicit stack, no recursion), so no input can overflow the call stack, and
 * refuses nesting deeper than `maxDepth`. JSON.parse itself copes with deep input; everything that walks the
 * result afterwards must not recurse (issue 15: a 600 KB bundle of nested arrays used to crash the import).
 */

/** Deeper than any bundle the app reads (a statement body sits at depth 4: events[0].statements[0].body). */
export const MAX_JSON_DEPTH = 32;

export type JsonStrings = { ok: true; strings: [path: string, text: string][] } | { ok: false; path: string; depth: number };

/**
 * Every string in `value` with its path (`events[0].statements[1].body`, document order), or the first path
 * where nesting exceeds `maxDepth` (the root is depth 0; each array or object level adds one).
 */
export function jsonStrings(value: unknown, maxDepth = MAX_JSON_DEPTH): JsonStrings {
  const strings: [string, string][] = [];
  const stack: [unknown, string, number][] = [[value, "", 0]];
  while (stack.length) {
    const [current, path, depth] = stack.pop()!;
    if (typeof current === "string") {
      strings.push([path, current]);
      continue;
    }
    if (!current || typeof current !== "object") continue;
    if (depth >= maxDepth) return { ok: false, path: path || "(top level)", depth: depth + 1 };
    const children: [unknown, string][] = Array.isArray(current)
      ? current.map((item, i) => [item, `${path}[${i}]`])
      : Object.entries(current).map(([key, item]) => [item, path ? `${path}.${key}` : key]);
    // Pushed in reverse so they come off the stack in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i][0], children[i][1], depth + 1]);
  }
  return { ok: true, strings };
}
