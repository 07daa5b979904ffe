/** @jest-environment node */
import fc from "fast-check";
import { quotationFrames } from "@/lib/compare/quotation-frames";
import { findQuotations } from "@/lib/compare/quotation-marks";

// lib/compare/quotation-frames.ts: the own words in a quotation's sentence, around it, which a relay's script reading
// leaves out (lib/text/language.ts readScripts `frames`). Texts written for this test.
const framesOf = (text: string) => {
  const fragments = findQuotations(text).flatMap((q) => q.fragments);
  return quotationFrames(text, fragments).map(({ start, end }) => text.slice(start, end));
};

test("the words around a quotation in its sentence, not the sentences beside it", () => {
  expect(framesOf("Blinken spoke with Aliyev. The presidency said: «Стороны обсудили мирный процесс.» The call ended.")).toEqual(["The presidency said: «", ".» "]);
  expect(framesOf("Госдеп сообщил: «The Secretary welcomed the commitment.» Стороны также обсудили заявления.")).toEqual(["Госдеп сообщил: «", ".» "]);
  // Attribution inside a quotation, and two quotations in one sentence: one frame between them.
  expect(framesOf("“We will continue,” he said, “until the talks resume.”")).toEqual(["“", ",” he said, “", ".”"]);
  // Phrases quoted in a sentence of the writer's are no speech: the sentence frames nothing (helper C of session 15).
  expect(framesOf("He called it «useful» and «frank», and left.")).toEqual([]);
  // Armenian full stop and a line break end sentences.
  expect(framesOf("Բլինքենը զանգահարել է։ Նախարարը հայտնեց՝ «Խոսեցինք»։\nThe end.")).toEqual(["Նախարարը հայտնեց՝ «", "»։\n"]);
  expect(framesOf("No quotation here.")).toEqual([]);
});

test("property: frames are sorted, disjoint from each other and from the quotations, and hold no sentence break", () => {
  const word = fc.constantFrom("Blinken", "said", "the", "talks", "Aliyev", "мир", "переговоры");
  // A colon before the quotation makes it speech; without one, the generated words (no capital after a comma, no full
  // stop inside the marks, never opening the sentence) quote a phrase.
  const sentence = fc
    .tuple(fc.array(word, { minLength: 1, maxLength: 5 }), fc.option(fc.array(word, { minLength: 1, maxLength: 5 }), { nil: undefined }), fc.array(word, { maxLength: 3 }), fc.boolean())
    .map(([before, quoted, after, colon]) => `${before.join(" ")}${quoted ? `${colon ? ":" : ""} «${quoted.join(" ")}»` : ""}${after.length ? ` ${after.join(" ")}` : ""}.`);
  fc.assert(
    fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (sentences) => {
      const text = sentences.join(" ");
      const fragments = findQuotations(text).flatMap((q) => q.fragments);
      const frames = quotationFrames(text, fragments);
      for (let k = 0; k < frames.length; k++) {
        const frame = frames[k];
        expect(frame.start).toBeLessThan(frame.end);
        if (k > 0) expect(frames[k - 1].end).toBeLessThanOrEqual(frame.start);
        for (const fragment of fragments) expect(frame.end <= fragment.start || frame.start >= fragment.end).toBe(true);
        // Within one sentence: no ". " before its last characters (the break that ends it may close it).
        expect(text.slice(frame.start, frame.end).replace(/[.»\s]+$/u, "")).not.toMatch(/\.\s/u);
      }
      // Every own word of a sentence that quotes speech is in a frame; no word of a sentence without speech is.
      const inFrame = (at: number) => frames.some((f) => f.start <= at && at < f.end);
      let at = 0;
      for (const s of sentences) {
        const hasQuote = s.includes(": «");
        for (const match of s.matchAll(/[^\s«».]+/gu)) {
          const offset = at + match.index;
          if (fragments.some((f) => f.start <= offset && offset < f.end)) continue;
          expect([s, match[0], inFrame(offset)]).toEqual([s, match[0], hasQuote]);
        }
        at += s.length + 1;
      }
    }),
    { numRuns: 200 },
  );
});
