/** @jest-environment node */
import fc from "fast-check";
import { diffVersions } from "@/lib/compare/versions";
import { versionEdits as edits } from "../helpers/version-edits";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");
const SURNAMES = ["Aliyev", "Pashinyan", "Blinken", "Mirzoyan", "Bayramov", "Smith"];
const FRAMES = [
  // Tester 50: an initial that opens a sentence or a quotation, or follows another initial or "Dr.", is still one.
  (name: string) => `${name} signed the letter on Monday.`,
  (name: string) => `“${name} will attend,” the spokesman said.`,
  (name: string) => `The letter was signed by J. ${name} on Monday.`,
  (name: string) => `The letter was signed by Dr. ${name} on Monday.`,
  (name: string) => `The letter was signed by ${name} on Monday.`,
  (name: string) => `On Monday ${name} spoke with the envoy by phone.`,
  (name: string) => `The envoy met ${name}, the deputy minister.`,
];

describe("an initial changed is a name (session 11: 'K' and 'M' read as a scale word and a unit; tester 50: 'A', 'I', 'S', 'T' as function words)", () => {
  test("property: any capital swapped for another before a surname is a fact, reason name", () => {
    fc.assert(
      fc.property(fc.constantFrom(...LETTERS), fc.constantFrom(...LETTERS), fc.constantFrom(...SURNAMES), fc.constantFrom(...FRAMES), (x, y, surname, frame) => {
        fc.pre(x !== y);
        expect([x, y, edits(frame(`${x}. ${surname}`), frame(`${y}. ${surname}`))]).toEqual([x, y, [[x, y, "fact", "name"]]]);
      }),
      { numRuns: 300 },
    );
  });

  test("initials in Russian and Armenian, at a sentence's start too", () => {
    expect(diffVersions("Письмо подписал Д. А. Иванов.", "Письмо подписал Д. И. Иванов.", "ru").edits.map((edit) => [edit.class, edit.reason])).toEqual([["fact", "name"]]);
    expect(diffVersions("И. Иванов подписал письмо.", "А. Иванов подписал письмо.", "ru").edits.map((edit) => [edit.class, edit.reason])).toEqual([["fact", "name"]]);
    expect(diffVersions("Ա. Փաշինյանը հանդիպեց դեսպանին։", "Ն. Փաշինյանը հանդիպեց դեսպանին։", "hy").edits.map((edit) => [edit.class, edit.reason])).toEqual([["fact", "name"]]);
  });

  test("a list item's letter is no initial: a letter list renumbered is not a name changed", () => {
    const a = "The sides agreed on the following:\nA. The crossing will reopen for aid.\nB. Observers will monitor the withdrawal.";
    const b = "The sides agreed on the following:\nA. Observers will monitor the withdrawal.";
    expect(diffVersions(a, b, "en").edits.filter((edit) => edit.before === "B")).toEqual([expect.objectContaining({ after: "A" })]);
    expect(diffVersions(a, b, "en").edits.filter((edit) => edit.before === "B").map((edit) => edit.reason)).not.toContain("name");
  });

  test("after a number the letters are still its scale or unit", () => {
    expect(edits("Aid of $10 K was pledged.", "Aid of $10 M was pledged.")).toEqual([["K", "M", "fact", "number"]]);
    expect(edits("The pipe is 5 M long.", "The pipe is 5 L long.")).toEqual([["M", "L", "fact", "unit"]]);
    expect(edits("The fund pledged 10k.", "The fund pledged 10m.")).toEqual([["10k", "10m", "fact", "number"]]);
  });
});
