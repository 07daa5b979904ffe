import { diffVersions } from "@/lib/compare/versions";
import { classifyEdit } from "@/lib/compare/versions/classify";
import { verbOf } from "@/lib/compare/versions/opposites-more";

// Words that are also members of every JavaScript object ("constructor"): a lookup in an object literal finds
// Object's function there, and the antonym rules then threw on it. The irregular-past table is read by own entries.
describe("words named like Object's members", () => {
  it("verbOf reads own entries only", () => {
    expect(verbOf("rose")).toBe("rise");
    expect(verbOf("left")).toBe("leave");
    expect(verbOf("constructor")).toBe("constructor");
    expect(verbOf("__proto__")).toBe("__proto__");
    expect(verbOf("tostring")).toBe("tostring");
  });

  it("an edit with such a word is classed, not thrown", () => {
    expect(classifyEdit("the constructor", "the builder")).toEqual({ class: "unclassified", reason: "unknown" });
    expect(classifyEdit("constructor", "contractor")).toEqual({ class: "unclassified", reason: "unknown" });
    // The opposite rules still read irregular pasts: "rose" is "rise", the opposite of "fall".
    expect(classifyEdit("prices rose", "prices fell")).toEqual({ class: "fact", reason: "relation" });
  });

  it("diffVersions compares texts holding them", () => {
    const diff = diffVersions("The constructor left the site early today.", "The builder left the site early today.");
    expect(diff.counts).toEqual({ fact: 0, wording: 0, typographic: 0, unclassified: 1 });
    expect(diff.edits.map((edit) => [edit.before, edit.after, edit.class])).toEqual([["constructor", "builder", "unclassified"]]);
  });
});

// The whole kind: any word the engine looks up in a table written as an object literal. Every member name of
// Object.prototype, in every edit context the classifier's rules branch on (contractions, numbers, degrees, dates,
// capitals, Russian and Armenian), must be compared without throwing, by the version diff and by compare().
describe("property: Object's member names never break a comparison", () => {
  const members = Object.getOwnPropertyNames(Object.prototype).concat(["__proto__", "prototype", "toJSON"]);
  const contexts = [
    (w: string) => [`The ${w} met the envoys today.`, `The envoys met the ${w} today.`],
    (w: string) => [`They didn't ${w} the plan.`, `They did not ${w} the plan.`],
    (w: string) => [`They didn't ${w} it.`, `They did not build it.`],
    (w: string) => [`It was 30° ${w} at noon.`, `It was 30° hot at noon.`],
    (w: string) => [`${w} said 12 March.`, `${w.toUpperCase()} said 12 April.`],
    (w: string) => [`Prices rose and ${w} won't.`, `Prices fell and ${w} will.`],
    (w: string) => [`Министр ${w} не приехал.`, `Министр ${w} приехал.`],
    (w: string) => [`Նախարարը ${w} եկավ։`, `Նախարարը ${w} չեկավ։`],
  ];
  it.each(["en", "ru", "hy"])("diffVersions in %s", (language) => {
    const fc = jest.requireActual("fast-check") as typeof import("fast-check");
    fc.assert(
      fc.property(fc.constantFrom(...members), fc.constantFrom(...contexts), (word, context) => {
        const [a, b] = context(word);
        const diff = diffVersions(a, b, language);
        expect(diff.edits.length).toBeGreaterThan(0);
        for (const edit of diff.edits) expect(["fact", "wording", "typographic", "unclassified"]).toContain(edit.class);
      }),
      { numRuns: 200 },
    );
  });
  it("a language tag named like one of them is an unknown language, not a crash", () => {
    for (const language of ["valueof", "tostring", "constructor"]) {
      const diff = diffVersions("They allegedly didn't sign it.", "They signed it.", language);
      expect(diff.edits.length).toBeGreaterThan(0);
    }
  });
  it("compare() of statements made of them", () => {
    const { compare } = jest.requireActual("@/lib/compare") as typeof import("@/lib/compare");
    const text = members.map((word, i) => `The ${word} met ${members[(i + 1) % members.length]} on ${i + 1} March.`).join(" ");
    const shuffled = members.map((word, i) => `${members[(i + 3) % members.length]} met the ${word} on ${i + 1} March.`).join(" ");
    const result = compare([
      { id: "a", label: "A", party: "A", text, language: "en" },
      { id: "b", label: "B", party: "B", text: shuffled, language: "en" },
    ]);
    expect(result.rows.length).toBeGreaterThan(0);
  });
});
