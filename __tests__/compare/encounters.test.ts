/** @jest-environment node */
import fc from "fast-check";
import { classifyEdit, diffVersions } from "@/lib/compare/versions";
import { ENCOUNTER_FORM_LISTS } from "@/lib/compare/versions/encounters";
import { foldWord } from "@/lib/text/fold";

const EN = { language: "en", sentenceInitial: false };
const scriptOf = (word: string) => (/\p{Script=Cyrillic}/u.test(word) ? "ru" : /\p{Script=Armenian}/u.test(word) ? "hy" : "en");

describe("the form of an encounter (lib/compare/versions/encounters.ts)", () => {
  test.each([
    ["The two leaders held a phone call on Monday.", "The two leaders held a meeting on Monday."],
    ["The Secretary met the President in Baku.", "The Secretary phoned the President in Baku."],
    ["The ministers held a video conference.", "The ministers held a summit."],
    ["The envoy visited Yerevan.", "The envoy phoned Yerevan."],
  ])("%p → %p is a fact (encounter)", (a, b) => {
    const { edits } = diffVersions(a, b, "en");
    expect(edits.map((edit) => [edit.class, edit.reason])).toEqual([["fact", "encounter"]]);
  });

  test("a form named more or less precisely, or an exchange without a form, is not an encounter fact", () => {
    expect(classifyEdit("call", "phone call", EN).reason).not.toBe("encounter");
    expect(classifyEdit("call", "conversation", EN)).toEqual({ class: "wording", reason: "synonym" });
    expect(classifyEdit("meeting", "talks", EN)).toEqual({ class: "wording", reason: "synonym" });
    // "called for" urges: not a telephone call.
    expect(classifyEdit("called for", "urged", EN).reason).not.toBe("encounter");
  });

  test("tester 37: 'call for' and 'call on' are an appeal and a visit, 'message' names no form; one form in other words is wording", () => {
    expect(diffVersions("The minister repeated his call for restraint.", "The minister repeated his message of restraint.", "en").edits.map((edit) => edit.reason)).not.toContain("encounter");
    expect(diffVersions("The minister paid a call on the president.", "The minister paid a visit to the president.", "en").edits.map((edit) => edit.reason)).not.toContain("encounter");
    expect(diffVersions("Министр направил письмо коллеге.", "Министр направил послание коллеге.", "ru").edits.map((edit) => [edit.class, edit.reason])).toEqual([["wording", "synonym"]]);
    expect(classifyEdit("meeting", "visit", EN)).toEqual({ class: "wording", reason: "synonym" });
  });

  test("tester 38: a call or meeting with a video word beside it is a video encounter", () => {
    expect(diffVersions("The ministers held a video call on Monday.", "The ministers held an online meeting on Monday.", "en").edits.map((edit) => edit.class)).toEqual(["wording"]);
    expect(diffVersions("The ministers held a videoconference on Monday.", "The ministers held a video call on Monday.", "en").edits.map((edit) => edit.class)).toEqual(["wording"]);
    expect(diffVersions("The ministers held a video call on Monday.", "The ministers held a meeting on Monday.", "en").edits.map((edit) => edit.reason)).toEqual(["encounter"]);
  });

  test("Russian and Armenian: a call made a meeting is a fact", () => {
    expect(diffVersions("Состоялся телефонный разговор министров.", "Состоялась встреча министров.", "ru").edits.map((edit) => edit.class)).toEqual(["fact"]);
    expect(diffVersions("Նախարարները ունեցան հեռախոսազրույց։", "Նախարարները ունեցան հանդիպում։", "hy").edits.map((edit) => [edit.class, edit.reason])).toEqual([["fact", "encounter"]]);
  });

  test("property: a word of one form swapped for a word of another form, in a sentence of its language, is a fact (encounter); within one form never", () => {
    const words = ENCOUNTER_FORM_LISTS.flatMap(([form, list]) => list.filter((word) => !word.includes("-")).map((word) => [form, word] as const));
    const frames: Record<string, [string, string]> = {
      en: ["Yesterday the two ministers held", "with their delegations."],
      ru: ["Вчера у двух министров был", "с делегациями."],
      hy: ["Երեկ երկու նախարարները ունեցան", "պատվիրակություններով։"],
    };
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.constantFrom(...words), ([formX, x], [formY, y]) => {
        const language = scriptOf(x);
        fc.pre(x !== y && scriptOf(y) === language && foldWord(x) === x);
        const [head, tail] = frames[language];
        const { edits } = diffVersions(`${head} ${x} ${tail}`, `${head} ${y} ${tail}`, language);
        const verdicts = edits.map((edit) => [edit.class, edit.reason]);
        if (formX !== formY) expect([x, y, verdicts]).toEqual([x, y, [["fact", "encounter"]]]);
        else expect([x, y, verdicts]).not.toContainEqual(["fact", "encounter"]);
      }),
      { numRuns: 300 },
    );
  });
});
