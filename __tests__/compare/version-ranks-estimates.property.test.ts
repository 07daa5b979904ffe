/** @jest-environment node */
import fc from "fast-check";
import { diffVersions } from "@/lib/compare/versions";
import { versionEdits as edits } from "../helpers/version-edits";

const classes = (a: string, b: string, language = "en") => diffVersions(a, b, language).edits.map((edit) => [edit.class, edit.reason]);

/** Titles and ranks before a name: [written out, abbreviated] (The Chicago Manual of Style, § 10.15). */
const TITLES: [string, string][] = [
  ["Senator", "Sen."], ["Representative", "Rep."], ["Governor", "Gov."], ["General", "Gen."], ["Colonel", "Col."],
  ["Lieutenant", "Lt."], ["Major", "Maj."], ["Captain", "Capt."], ["Sergeant", "Sgt."], ["Admiral", "Adm."],
  ["Commander", "Cmdr."], ["Ambassador", "Amb."], ["Brigadier", "Brig."], ["Corporal", "Cpl."],
];
const SURNAMES = ["Aliyev", "Pashinyan", "Blinken", "Mirzoyan", "Smith"];
const frame = (title: string, surname: string) => `${title} ${surname} discussed the border with the envoys on Monday.`;

describe("ranks and abbreviated titles (tester 48: 'Sen.' → 'Rep.' and 'Colonel' → 'Major' were unclassified)", () => {
  test("property: one title or rank for another before a name is a fact, reason title, written out or abbreviated", () => {
    fc.assert(
      fc.property(fc.nat(TITLES.length - 1), fc.nat(TITLES.length - 1), fc.boolean(), fc.boolean(), fc.constantFrom(...SURNAMES), (x, y, shortX, shortY, surname) => {
        fc.pre(x !== y);
        const [before, after] = [TITLES[x][shortX ? 1 : 0], TITLES[y][shortY ? 1 : 0]];
        expect([before, after, classes(frame(before, surname), frame(after, surname))]).toEqual([before, after, [["fact", "title"]]]);
      }),
      { numRuns: 300 },
    );
  });

  test("property: a title abbreviated or written out is the same title (wording)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...TITLES), fc.constantFrom(...SURNAMES), fc.boolean(), ([full, short], surname, shortFirst) => {
        const [before, after] = shortFirst ? [short, full] : [full, short];
        expect([before, after, classes(frame(before, surname), frame(after, surname)).map(([cls]) => cls)]).toEqual([before, after, ["wording"]]);
      }),
      { numRuns: 100 },
    );
  });

  test("ranks in Russian and Armenian; ranks that are also words count only with a capital", () => {
    expect(classes("Полковник Иванов встретился с послом.", "Майор Иванов встретился с послом.", "ru")).toEqual([["fact", "title"]]);
    expect(classes("Գնդապետ Պետրոսյանը հանդիպեց դեսպանին։", "Մայոր Պետրոսյանը հանդիպեց դեսպանին։", "hy")).toEqual([["fact", "title"]]);
    expect(classes("It was a major step forward.", "It was a key step forward.")).not.toContainEqual(["fact", "title"]);
    expect(classes("The private talks went on.", "The closed talks went on.")).not.toContainEqual(["fact", "title"]);
    // "Dep." ends no sentence: the two titles stay one edit in one sentence.
    expect(edits("Amb. Smith met the envoy.", "Dep. Smith met the envoy.")).toEqual([["Amb", "Dep", "fact", "title"]]);
  });
});

describe("an estimate made firm (tester 48: 'An estimated' dropped was unclassified)", () => {
  test("property: 'an estimated' dropped or added before a number is a fact, reason number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 90_000 }), fc.boolean(), fc.constantFrom("observers", "prisoners", "refugees"), (count, dropped, noun) => {
        const [estimated, firm] = [`An estimated ${count.toLocaleString("en")} ${noun} crossed on Monday.`, `${count.toLocaleString("en")} ${noun} crossed on Monday.`];
        const [a, b] = dropped ? [estimated, firm] : [firm, estimated];
        expect([a, b, classes(a, b)]).toEqual([a, b, [["fact", "number"]]]);
      }),
      { numRuns: 100 },
    );
  });

  test("'estimated' with no number by it says nothing of a figure", () => {
    expect(classes("The estimated cost rose sharply.", "The cost rose sharply.")).not.toContainEqual(["fact", "number"]);
  });
});
