/**
 * jsdiff's diffArrays (diff 9) for arrays of numbers, step for step — the same Myers O(ND) search,
 * the same choice between an insertion and a deletion, the same pruning at the edges of the edit
 * graph, the same maxEditLength and timeout — so it finds exactly the same changes (tested against
 * diffArrays). The difference is the bookkeeping: paths and their change lists live in typed arrays
 * reused from one diff to the next, instead of an object per step. Framing and quotation diffs run
 * it about a thousand times per comparison.
 */

export const EQUAL = 0;
export const ADDED = 1;
export const REMOVED = 2;
const NONE = -1;

export interface ArrayDiffBounds {
  maxEditLength: number;
  timeoutMs: number;
}

export class ArrayDiff {
  // Changes as a persistent linked list, as jsdiff's components: paths share their earlier changes.
  private changeCount = new Int32Array(256);
  private changeKind = new Uint8Array(256);
  private changePrevious = new Int32Array(256);
  private changes = 0;
  // The best path on each diagonal (index diagonal + offset): whether there is one, how far it got
  // in the old array, and its last change.
  private pathAlive = new Uint8Array(64);
  private pathOldPos = new Int32Array(64);
  private pathLast = new Int32Array(64);
  /** The changes found by the last successful diff, first to last: kinds and counts. */
  kinds: number[] = [];
  counts: number[] = [];

  /** Diffs `from` against `to`; false when a bound trips. On success the changes are in `kinds` and `counts`. */
  diff(from: ArrayLike<number>, to: ArrayLike<number>, bounds: ArrayDiffBounds): boolean {
    const oldLen = from.length;
    const newLen = to.length;
    const maxEditLength = Math.min(newLen + oldLen, bounds.maxEditLength);
    const abortAfterTimestamp = Date.now() + bounds.timeoutMs;
    this.changes = 0;
    // Diagonals run from -(maxEditLength + 1) to maxEditLength + 1.
    const offset = Math.max(0, maxEditLength) + 1;
    this.reservePaths(2 * offset + 1);
    const { pathAlive: alive, pathOldPos: oldPosOf, pathLast: lastOf } = this;
    alive.fill(0, 0, 2 * offset + 1);

    // Edit length 0: the common start.
    let oldPos = -1;
    let newPos = -1;
    let last = NONE;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && from[oldPos + 1] === to[newPos + 1]) {
      oldPos++;
      newPos++;
    }
    if (oldPos >= 0) last = this.addChange(oldPos + 1, EQUAL, NONE);
    if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return this.collect(last);
    alive[offset] = 1;
    oldPosOf[offset] = oldPos;
    lastOf[offset] = last;

    let minDiagonal = -Infinity;
    let maxDiagonal = Infinity;
    for (let editLength = 1; editLength <= maxEditLength && Date.now() <= abortAfterTimestamp; editLength++) {
      for (let diagonal = Math.max(minDiagonal, -editLength); diagonal <= Math.min(maxDiagonal, editLength); diagonal += 2) {
        const removeAt = diagonal - 1 + offset;
        const addAt = diagonal + 1 + offset;
        const here = diagonal + offset;
        const hasRemovePath = alive[removeAt] === 1;
        const hasAddPath = alive[addAt] === 1;
        // No other diagonal reads the path this one extends by a deletion.
        if (hasRemovePath) alive[removeAt] = 0;
        let canAdd = false;
        if (hasAddPath) {
          const addPathNewPos = oldPosOf[addAt] - diagonal;
          canAdd = 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = hasRemovePath && oldPosOf[removeAt] + 1 < oldLen;
        if (!canAdd && !canRemove) {
          alive[here] = 0;
          continue;
        }
        // Extend whichever path got further in the old array without leaving the edit graph.
        if (!canRemove || (canAdd && oldPosOf[removeAt] < oldPosOf[addAt])) {
          oldPos = oldPosOf[addAt];
          last = this.extend(lastOf[addAt], ADDED);
        } else {
          oldPos = oldPosOf[removeAt] + 1;
          last = this.extend(lastOf[removeAt], REMOVED);
        }
        newPos = oldPos - diagonal;
        let common = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && from[oldPos + 1] === to[newPos + 1]) {
          oldPos++;
          newPos++;
          common++;
        }
        if (common > 0) last = this.addChange(common, EQUAL, last);
        if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return this.collect(last);
        alive[here] = 1;
        oldPosOf[here] = oldPos;
        lastOf[here] = last;
        if (oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
        if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1);
      }
    }
    return false;
  }

  /** One more insertion or deletion after `last`: jsdiff lengthens a run of the same kind. */
  private extend(last: number, kind: number): number {
    if (last !== NONE && this.changeKind[last] === kind) return this.addChange(this.changeCount[last] + 1, kind, this.changePrevious[last]);
    return this.addChange(1, kind, last);
  }

  private addChange(count: number, kind: number, previous: number): number {
    if (this.changes === this.changeCount.length) {
      const size = this.changes * 2;
      const counts = new Int32Array(size);
      const kinds = new Uint8Array(size);
      const previousChanges = new Int32Array(size);
      counts.set(this.changeCount);
      kinds.set(this.changeKind);
      previousChanges.set(this.changePrevious);
      [this.changeCount, this.changeKind, this.changePrevious] = [counts, kinds, previousChanges];
    }
    this.changeCount[this.changes] = count;
    this.changeKind[this.changes] = kind;
    this.changePrevious[this.changes] = previous;
    return this.changes++;
  }

  /** Follows the list back from its last change and stores it first to last. */
  private collect(last: number): true {
    this.kinds.length = 0;
    this.counts.length = 0;
    for (let change = last; change !== NONE; change = this.changePrevious[change]) {
      this.kinds.push(this.changeKind[change]);
      this.counts.push(this.changeCount[change]);
    }
    this.kinds.reverse();
    this.counts.reverse();
    return true;
  }

  private reservePaths(size: number): void {
    if (size <= this.pathAlive.length) return;
    this.pathAlive = new Uint8Array(size);
    this.pathOldPos = new Int32Array(size);
    this.pathLast = new Int32Array(size);
  }
}
