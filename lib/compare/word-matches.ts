import { diffArrays } from "diff";

/**
 * The words two id sequences keep in common, by jsdiff's diffArrays (Myers' O(ND) diff): calls
 * `visit(i, j)` for every matched pair, in order, where `a[i] === b[j]`. Bounded like jsdiff: returns
 * false, having visited nothing, when more than `maxEditLength` ids would be inserted plus deleted or
 * `timeoutMs` (ms) passed. The one walk over jsdiff's changes for every word diff (token-diff.ts,
 * versions/pair-diff.ts).
 */
export function forEachMatch(a: ArrayLike<number>, b: ArrayLike<number>, maxEditLength: number, timeoutMs: number, visit: (i: number, j: number) => void): boolean {
  // jsdiff copies and slices its inputs as arrays; typed arrays work but cost more there.
  const changes = diffArrays(a as number[], b as number[], { maxEditLength, timeout: timeoutMs });
  if (!changes) return false;
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.removed) i += count;
    else if (change.added) j += count;
    else for (let k = 0; k < count; k++) visit(i++, j++);
  }
  return true;
}
