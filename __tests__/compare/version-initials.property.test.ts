/** @jest-environment node */
import fc from "fast-check";
import { versionEdits as edits } from "../helpers/version-edits";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");
const SURNAMES = ["Aliyev", "Pashinyan", "Blinken", "Mirzoyan", "Bayramov", "Smith"];
const FRAMES = [
  (name: string) => `The letter was signed by ${name} on Monday.`,
  (name: string) => `On Monday ${name} spoke with the envoy by phone.`,
  (name: string) => `The envoy met ${name}, the deputy minister.`,
];

describe("an initial changed is a name (session 11: 'K' and 'M' read as a scale word and a unit)", () => {
  test("property: any capital swapped for another before a surname is a fact, reason name", () => {
    fc.assert(
      fc.property(fc.constantFrom(...LETTERS), fc.constantFrom(...LETTERS), fc.constantFrom(...SURNAMES), fc.constantFrom(...FRAMES), (x, y, surname, frame) => {
        fc.pre(x !== y);
        expect([x, y, edits(frame(`${x}. ${surname}`), frame(`${y}. ${surname}`))]).toEqual([x, y, [[x, y, "fact", "name"]]]);
      }),
      { numRuns: 300 },
    );
  });

  test("after a number the letters are still its scale or unit", () => {
    expect(edits("Aid of $10 K was pledged.", "Aid of $10 M was pledged.")).toEqual([["K", "M", "fact", "number"]]);
    expect(edits("The pipe is 5 M long.", "The pipe is 5 L long.")).toEqual([["M", "L", "fact", "unit"]]);
    expect(edits("The fund pledged 10k.", "The fund pledged 10m.")).toEqual([["10k", "10m", "fact", "number"]]);
  });
});
