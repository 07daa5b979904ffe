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
