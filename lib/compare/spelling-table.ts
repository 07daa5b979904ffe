/**
 * Words as written (text[start, end), UTF-16 offsets) interned as entry numbers 0, 1, 2, … in order of first sight,
 * without a substring per lookup: most words of a text repeat, and slicing and folding each occurrence was the costly
 * part of reading 50,000 words. An open-addressing table (linear probing, at most half full) keyed by FNV-1a over
 * the UTF-16 units; each slot keeps its entry's hash, so a probe that collides reads no characters, and the
 * characters of every spelling sit in one array, so a hit compares adjacent memory rather than a string elsewhere on
 * the heap (lookups were bound by that: session 9). The lexicon and the version vocabulary map entries to their ids.
 */
export class SpellingTable {
  private slots = new Int32Array(1 << 12).fill(-1);
  private slotHashes = new Int32Array(1 << 12);
  private chars = new Uint16Array(1 << 14);
  private charsUsed = 0;
  private entryStarts = new Int32Array(1 << 11);
  private entryLengths = new Int32Array(1 << 11);
  private entries = 0;

  /** How many distinct spellings have been seen: a new spelling's entry is the size before it was interned. */
  get size(): number {
    return this.entries;
  }

  /** The entry of text[start, end), added when the spelling is new (then it equals the size before the call). */
  intern(text: string, start: number, end: number): number {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry < 0) return this.add(slot, hash, text, start, end);
      if (this.slotHashes[slot] === hash && this.entryLengths[entry] === length && this.sameSpelling(this.entryStarts[entry], text, start, end)) return entry;
    }
  }

  private sameSpelling(from: number, text: string, start: number, end: number): boolean {
    const chars = this.chars;
    for (let i = start, k = from; i < end; i++, k++) if (chars[k] !== text.charCodeAt(i)) return false;
    return true;
  }

  private add(slot: number, hash: number, text: string, start: number, end: number): number {
    const length = end - start;
    if (this.charsUsed + length > this.chars.length) this.chars = grown(this.chars, this.charsUsed + length);
    if (this.entries === this.entryStarts.length) {
      this.entryStarts = grown(this.entryStarts, this.entries + 1);
      this.entryLengths = grown(this.entryLengths, this.entries + 1);
    }
    const entry = this.entries++;
    this.entryStarts[entry] = this.charsUsed;
    this.entryLengths[entry] = length;
    for (let i = start; i < end; i++) this.chars[this.charsUsed++] = text.charCodeAt(i);
    this.slots[slot] = entry;
    this.slotHashes[slot] = hash;
    if (this.entries * 2 > this.slots.length) this.growSlots();
    return entry;
  }

  private growSlots(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const hashes = new Int32Array(slots.length);
    const mask = slots.length - 1;
    for (let old = 0; old < this.slots.length; old++) {
      const entry = this.slots[old];
      if (entry < 0) continue;
      const hash = this.slotHashes[old];
      let slot = hash & mask;
      while (slots[slot] >= 0) slot = (slot + 1) & mask;
      slots[slot] = entry;
      hashes[slot] = hash;
    }
    this.slots = slots;
    this.slotHashes = hashes;
  }
}

/** A copy of `values` with room for at least `size` values (doubling). */
function grown<Values extends Uint16Array<ArrayBuffer> | Int32Array<ArrayBuffer>>(values: Values, size: number): Values {
  let length = values.length * 2;
  while (length < size) length *= 2;
  const copy = new (values.constructor as new (length: number) => Values)(length);
  copy.set(values);
  return copy;
}
