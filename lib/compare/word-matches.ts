/**
 * One step of an edit path: `count` ids kept, inserted (`added`) or deleted (`removed`), after `previous`.
 * The same shape as jsdiff's change components, linked backwards.
 */
interface Component {
  count: number;
  added: boolean;
  removed: boolean;
  previous: Component | undefined;
}

interface Path {
  /** Last position reached in `a` (-1: none yet). */
  oldPos: number;
  last: Component | undefined;
}

function addToPath(path: Path, added: boolean, removed: boolean, oldPosIncrement: number): Path {
  const last = path.last;
  if (last && last.added === added && last.removed === removed) {
    return { oldPos: path.oldPos + oldPosIncrement, last: { count: last.count + 1, added, removed, previous: last.previous } };
  }
  return { oldPos: path.oldPos + oldPosIncrement, last: { count: 1, added, removed, previous: last } };
}

/** Follows the diagonal (equal ids) from `path` on `diagonal`; returns the position reached in `b`. */
function extractCommon(path: Path, a: ArrayLike<number>, b: ArrayLike<number>, diagonal: number): number {
  let oldPos = path.oldPos;
  let newPos = oldPos - diagonal;
  let common = 0;
  while (newPos + 1 < b.length && oldPos + 1 < a.length && a[oldPos + 1] === b[newPos + 1]) {
    newPos++;
    oldPos++;
    common++;
  }
  if (common) path.last = { count: common, added: false, removed: false, previous: path.last };
  path.oldPos = oldPos;
  return newPos;
}

// The frontier array of `myers`, reused from call to call (a word diff runs once per sentence pair and per row).
let frontier: (Path | undefined)[] = [];

/** The first `size` entries of the reused frontier, all undefined. */
function bestPathScratch(size: number): (Path | undefined)[] {
  if (frontier.length < size) frontier = new Array<Path | undefined>(size);
  frontier.fill(undefined, 0, size);
  return frontier;
}

/**
 * Myers' O(ND) diff of two id sequences exactly as jsdiff 9 computes it (`diffArrays`, lib/diff/base.js
 * `diffWithOptionsObj` with `maxEditLength` and `timeout`): the same path choices, so the same edit script;
 * `__tests__/compare/word-matches.test.ts` checks that against jsdiff itself on random sequences. Written out
 * for ids because jsdiff copies both inputs, slices a value array for every change and `delete`s a property
 * on every component, which made it a sixth of a 2 × 50k-word version diff. Returns the components from the
 * last back to the first, or null when the bound trips.
 */
function myers(a: ArrayLike<number>, b: ArrayLike<number>, maxEditLength: number, timeoutMs: number): Component | undefined | null {
  const oldLen = a.length;
  const newLen = b.length;
  const maxEdit = Math.min(oldLen + newLen, maxEditLength);
  const abortAfter = Date.now() + timeoutMs;
  // bestPath[diagonal + offset]; diagonals run from -(maxEdit + 1) to maxEdit + 1.
  const offset = Math.max(maxEdit, 0) + 1;
  const bestPath = bestPathScratch(2 * offset + 1);
  const start: Path = { oldPos: -1, last: undefined };
  bestPath[offset] = start;
  let newPos = extractCommon(start, a, b, 0);
  if (start.oldPos + 1 >= oldLen && newPos + 1 >= newLen) return start.last;
  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= maxEdit && Date.now() <= abortAfter; editLength++) {
    for (let diagonal = Math.max(minDiagonal, -editLength); diagonal <= Math.min(maxDiagonal, editLength); diagonal += 2) {
      const removePath = bestPath[diagonal - 1 + offset];
      const addPath = bestPath[diagonal + 1 + offset];
      if (removePath) bestPath[diagonal - 1 + offset] = undefined;
      let canAdd = false;
      if (addPath) {
        const addPathNewPos = addPath.oldPos - diagonal;
        canAdd = 0 <= addPathNewPos && addPathNewPos < newLen;
      }
      const canRemove = !!removePath && removePath.oldPos + 1 < oldLen;
      if (!canAdd && !canRemove) {
        bestPath[diagonal + offset] = undefined;
        continue;
      }
      const basePath = !canRemove || (canAdd && removePath!.oldPos < addPath!.oldPos) ? addToPath(addPath!, true, false, 0) : addToPath(removePath!, false, true, 1);
      newPos = extractCommon(basePath, a, b, diagonal);
      if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) return basePath.last;
      bestPath[diagonal + offset] = basePath;
      if (basePath.oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1);
    }
  }
  return null;
}

/**
 * The words two id sequences keep in common, by jsdiff's Myers diff (see `myers`): calls `visit(i, j)`
 * for every matched pair, in order, where `a[i] === b[j]`. Bounded like jsdiff's diffArrays: returns
 * false, having visited nothing, when more than `maxEditLength` ids would be inserted plus deleted or
 * `timeoutMs` (ms) passed. The one walk over a word diff's changes (token-diff.ts, versions/pair-diff.ts).
 */
export function forEachMatch(a: ArrayLike<number>, b: ArrayLike<number>, maxEditLength: number, timeoutMs: number, visit: (i: number, j: number) => void): boolean {
  const last = myers(a, b, maxEditLength, timeoutMs);
  if (last === null) return false;
  const components: Component[] = [];
  for (let component = last; component; component = component.previous) components.push(component);
  let i = 0;
  let j = 0;
  for (let k = components.length - 1; k >= 0; k--) {
    const { count, added, removed } = components[k];
    if (removed) i += count;
    else if (added) j += count;
    else for (let n = 0; n < count; n++) visit(i++, j++);
  }
  return true;
}
