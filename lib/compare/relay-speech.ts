import type { TextSpan } from "../text/language";

/**
 * What a relay says: its text outside the frames of the speech it quotes.
 *
 * A relay is a statement whose own words only frame the speech it quotes ("According to the press service of the
 * Armenian government, Prime Minister Pashinyan told the Secretary: «…»"; lib/text/language.ts readWriting `relay`,
 * with the frames of lib/compare/quotation-frames.ts). Its frame says who spoke, not what was said, and is often in
 * another script than the speech. Read as part of its sentence, the frame's names and titles paired the relay's first
 * quoted sentence with another statement's sentence in the frame's script, which only shares those names (tester 82
 * F7: the Russian sentence the relay quotes word for word was then "not reported by" the relay), and the frame's
 * letters made a row "written" in the frame's script, so a statement's verdict on the row depended on the frame's
 * length (tester 82 F6). So the alignment compares a relay's sentences by what they say (similarity.ts buildVectors
 * leaves the frame's tokens out), and a row's scripts read a relay's cell without its frames (row-scripts.ts).
 * A statement that is no relay keeps every word: its frames are its own sentences.
 */

/**
 * Per token of a statement (`starts`: UTF-16 start offsets of its `count` tokens, ascending), 1 when the token starts
 * inside one of `frames` (UTF-16 spans, `end` exclusive, sorted and disjoint); undefined when `frames` is empty (the
 * common case: no array is made). One pass over both. Throws nothing.
 */
export function frameTokens(starts: Int32Array, count: number, frames: readonly TextSpan[]): Uint8Array | undefined {
  if (frames.length === 0) return undefined;
  const inFrame = new Uint8Array(count);
  let frame = 0;
  for (let token = 0; token < count && frame < frames.length; token++) {
    const start = starts[token];
    while (frame < frames.length && frames[frame].end <= start) frame++;
    if (frame < frames.length && frames[frame].start <= start) inFrame[token] = 1;
  }
  return inFrame;
}

/**
 * A cell's text without its statement's `frames`: `text` is its segments' texts joined by one space each (as
 * AlignedCell.text), `spans` their UTF-16 spans in the statement, in order; `frames` UTF-16 spans in the statement,
 * sorted and disjoint. The stretches of the cell outside every frame, joined by a space; `text` itself when no frame
 * meets the cell, or when `text` is not its spans' texts so joined (nothing to map: read whole). Throws nothing.
 */
export function outsideFrames(text: string, spans: readonly TextSpan[], frames: readonly TextSpan[]): string {
  if (frames.length === 0) return text;
  let joined = -1;
  for (const span of spans) joined += span.end - span.start + 1;
  if (joined !== text.length) return text;
  const parts: string[] = [];
  let framed = false;
  let base = 0;
  for (const span of spans) {
    let from = span.start;
    // A relay's frames are few (one or two per quotation): each span reads them all.
    for (let k = 0; k < frames.length && frames[k].start < span.end; k++) {
      if (frames[k].end <= span.start) continue;
      framed = true;
      if (frames[k].start > from) parts.push(text.slice(base + from - span.start, base + frames[k].start - span.start));
      from = Math.max(from, frames[k].end);
    }
    if (from < span.end) parts.push(text.slice(base + from - span.start, base + span.end - span.start));
    base += span.end - span.start + 1;
  }
  return framed ? parts.join(" ") : text;
}
