/** The most sentences one side of a gap may hold for GapOverlap: one bit each in a byte. */
export const MAX_GAP_SENTENCES = 8;

/**
 * Dice scores between every sentence of one side of a gap and each of at most MAX_GAP_SENTENCES sentences of the
 * other side, over their content words (distinct ids, ascending, as VersionSentence.content): the same numbers as
 * sentences.ts `dice` pair by pair, in one pass over each sentence's words instead of a merge per pair. Each word id
 * of the other side gets a byte whose bit k says "the k-th sentence has it"; a stamp per id empties the table for the
 * next gap without clearing. Memory: 5 bytes per id up to `largestId`.
 */
export class GapOverlap {
  private readonly stampOf: Int32Array;
  private readonly bitsOf: Uint8Array;
  private stamp = 0;
  private others: readonly ArrayLike<number>[] = [];
  private readonly shared = new Int32Array(MAX_GAP_SENTENCES);

  /** `largestId`: the largest word id any content passed in may hold (-1 when none). */
  constructor(largestId: number) {
    this.stampOf = new Int32Array(largestId + 1);
    this.bitsOf = new Uint8Array(largestId + 1);
  }

  /** Takes the other side's contents (at most MAX_GAP_SENTENCES; throws RangeError beyond). */
  index(others: readonly ArrayLike<number>[]): void {
    if (others.length > MAX_GAP_SENTENCES) throw new RangeError(`a gap side holds at most ${MAX_GAP_SENTENCES} sentences, not ${others.length}`);
    this.stamp++;
    this.others = others;
    for (let k = 0; k < others.length; k++) {
      const content = others[k];
      for (let w = 0; w < content.length; w++) {
        const id = content[w];
        if (this.stampOf[id] !== this.stamp) {
          this.stampOf[id] = this.stamp;
          this.bitsOf[id] = 0;
        }
        this.bitsOf[id] |= 1 << k;
      }
    }
  }

  /**
   * dice(content, others[k]) for every k of the last `index`, into `scores` (its first others.length entries):
   * 2 × shared / (|content| + |others[k]|), and 1 when both are empty, as `dice`.
   */
  scores(content: ArrayLike<number>, scores: Float64Array): void {
    const { shared, others } = this;
    shared.fill(0);
    for (let w = 0; w < content.length; w++) {
      const id = content[w];
      if (this.stampOf[id] !== this.stamp) continue;
      for (let bits = this.bitsOf[id]; bits !== 0; bits &= bits - 1) shared[31 - Math.clz32(bits & -bits)]++;
    }
    for (let k = 0; k < others.length; k++) {
      const size = content.length + others[k].length;
      scores[k] = size === 0 ? 1 : (2 * shared[k]) / size;
    }
  }
}
