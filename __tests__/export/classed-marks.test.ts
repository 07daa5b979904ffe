/** @jest-environment node */
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { JSDOM } from "jsdom";
import { diffVersions, flattenVersionDiff } from "@/lib/compare/versions";
import { changeClasses, classedParts } from "@/lib/view/classed-diff";
import { layoutChanges } from "@/lib/view/change-blocks";
import { editClassLegendMarkdown, markdownDiff, markdownDiffBlock } from "@/lib/export/markdown";
import { htmlDiff } from "@/lib/export/html";
import { MINISTRY, openExportFixture, type ExportFixture } from "../helpers/export-fixture";

// Tester B4 and C9 (issue 12): the marked text of the exports carries each edit's class, and the Markdown whole
// text keeps its line and paragraph breaks.
jest.setTimeout(120_000);

const A = "The president visited the border on Monday. The talks were calm and long.\n\nBoth sides promised to meet again.\nThe call ended.";
const B = "The premier visited the border on Monday. The talks were warm and long.\n\nBoth sides promised to meet again.\nThe call ended after Azerbaijan’s reply.";

describe("classed parts and their marks", () => {
  const diff = diffVersions(A, B, "en");

  test("the edits of the fixture: a title (fact), an unknown swap (unclassified), an added phrase (fact)", () => {
    expect(diff.edits.map((edit) => [edit.class, edit.before, edit.after])).toEqual([
      ["fact", "president", "premier"],
      ["unclassified", "calm", "warm"],
      ["fact", "", " after Azerbaijan’s reply"],
    ]);
  });

  test("Markdown whole text: a class letter after each edit, paragraph and line breaks kept", () => {
    expect(markdownDiffBlock(classedParts(diff))).toBe(
      [
        "The <del>president</del> <ins>premier</ins><sup>F</sup> visited the border on Monday. The talks were <del>calm</del> <ins>warm</ins><sup>U</sup> and long.",
        "",
        "Both sides promised to meet again.\\",
        "The call ended <ins>after Azerbaijan’s reply</ins><sup>F</sup>.",
      ].join("\n"),
    );
    expect(editClassLegendMarkdown()).toBe("Marks after each edit: <sup>F</sup> changes a fact, <sup>W</sup> wording, <sup>U</sup> unclassified, <sup>T</sup> typographic.");
    // One line (list items): the breaks become spaces, the marks stay.
    expect(markdownDiff(classedParts(diff, new Set([diff.pairs[0].id])))).toBe("The <del>president</del> <ins>premier</ins><sup>F</sup> visited the border on Monday. ");
  });

  test("Markdown block: a line starting with a list or heading sign stays text; indentation does not make code", () => {
    expect(markdownDiffBlock([{ op: "equal", text: "Intro.\n- not a list\n    # not a heading\n\n\n1. not numbered" }])).toBe("Intro.\\\n\\- not a list\\\n\\# not a heading\n\n1\\. not numbered");
  });

  test("HTML: every <del>/<ins> carries its edit's class and id, and each edit ends with its letter", () => {
    const document = new JSDOM(`<div>${htmlDiff(classedParts(diff))}</div>`).window.document;
    const marks = [...document.querySelectorAll("del, ins")].map((mark) => [mark.tagName, mark.getAttribute("data-edit-class"), mark.getAttribute("data-edit-id"), mark.className]);
    expect(marks).toEqual([
      ["DEL", "fact", "e0", "edit-fact"],
      ["INS", "fact", "e0", "edit-fact"],
      ["DEL", "unclassified", "e1", "edit-unclassified"],
      ["INS", "unclassified", "e1", "edit-unclassified"],
      ["INS", "fact", "e2", "edit-fact"],
    ]);
    expect([...document.querySelectorAll("sup.edit-mark")].map((sup) => `${sup.getAttribute("data-edit-class")}:${sup.textContent}`)).toEqual(["fact:F", "unclassified:U", "fact:F"]);
  });

  test("property: classed parts are the flat diff's parts, split by edit; changes and their classes line up", () => {
    const word = fc.constantFrom("ministers", "met", "in", "Vienna", "talks", "border", "calm", "warm", "three", "four", "said", "not", "the", "Azerbaijan’s", "Azerbaijan's");
    const sentence = fc.array(word, { minLength: 3, maxLength: 8 }).map((words) => `${words.join(" ")}.`);
    const text = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((sentences) => sentences.join(" "));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const d = diffVersions(a, b, "en");
        const classed = classedParts(d);
        const flat = flattenVersionDiff(d);
        for (const op of ["equal", "insert", "delete"] as const) {
          expect(classed.filter((p) => p.op === op).map((p) => p.text).join("")).toBe(flat.filter((p) => p.op === op).map((p) => p.text).join(""));
        }
        const classes = changeClasses(classed);
        expect(classes).toHaveLength(layoutChanges(flat).changes.length);
        const known = new Map(d.edits.map((edit) => [edit.id, edit.class]));
        for (const part of classed) if (part.op !== "equal") expect(part.editClass).toBe(known.get(part.editId!));
      }),
      { numRuns: 200 },
    );
  });
});

describe("exports from a real SQLite: the pairwise CSV's class column, the history's marked text", () => {
  let fixture: ExportFixture;
  let statementId: number;

  beforeAll(async () => {
    fixture = await openExportFixture();
    const [party] = await fixture.parties([MINISTRY]);
    const event = await fixture.event("a-call", "A call", "2026-11-01");
    const base = { partyId: party.id, sourceName: "Ministry" };
    const [, second] = await fixture.statements(event.id, [
      { ...base, slug: "first", title: "First", body: A },
      { ...base, slug: "copy", title: "Copy", body: B, version: 2 },
    ]);
    await fixture.revisions(second, [{ version: 1, body: A }]);
    statementId = second.id;
  });

  afterAll(async () => {
    await fixture?.close();
  });

  test("pairwise CSV (default table): change, class, removed, added", async () => {
    const route = await import("@/app/events/[slug]/export/[format]/route");
    const response = await route.GET(new Request("http://127.0.0.1/events/a-call/export/csv?view=pairwise&a=first&b=copy"), { params: Promise.resolve({ slug: "a-call", format: "csv" }) });
    expect(response.status).toBe(200);
    expect(parse(await response.text(), { bom: true })).toEqual([
      ["change", "class", "removed", "added"],
      ["1", "fact", "president", "premier"],
      ["2", "unclassified", "calm", "warm"],
      ["3", "fact", "", "after Azerbaijan’s reply"],
    ]);
  });

  test("pairwise Markdown and HTML: the whole text carries the marks", async () => {
    const route = await import("@/app/events/[slug]/export/[format]/route");
    const get = async (format: string) =>
      (await route.GET(new Request(`http://127.0.0.1/events/a-call/export/${format}?view=pairwise&a=first&b=copy`), { params: Promise.resolve({ slug: "a-call", format }) })).text();
    const markdown = await get("md");
    expect(markdown).toContain("Both sides promised to meet again.\\\nThe call ended <ins>after Azerbaijan’s reply</ins><sup>F</sup>.");
    expect(markdown).toContain("1. <del>president</del> <ins>premier</ins> (changes a fact)");
    const document = new JSDOM(await get("html")).window.document;
    const wholeText = document.querySelector(".diff")!;
    expect([...wholeText.querySelectorAll("del, ins")].every((mark) => mark.hasAttribute("data-edit-class"))).toBe(true);
    expect([...wholeText.querySelectorAll("sup.edit-mark")].map((sup) => sup.textContent)).toEqual(["F", "U", "F"]);
    expect(document.querySelector("[data-testid=edit-class-legend]")!.textContent).toBe("Marks after each edit: F changes a fact, W wording, U unclassified, T typographic.");
  });

  test("history Markdown and HTML: sentence pairs and whole text marked by class, no bare <del>/<ins>", async () => {
    const route = await import("@/app/statements/[id]/history/export/[format]/route");
    const get = async (format: string) =>
      (await route.GET(new Request(`http://127.0.0.1/statements/${statementId}/history/export/${format}?from=1&to=2`), { params: Promise.resolve({ id: String(statementId), format }) })).text();
    const markdown = await get("md");
    expect(markdown).toContain("### The whole text\n\nThe <del>president</del> <ins>premier</ins><sup>F</sup> visited the border on Monday. The talks were <del>calm</del> <ins>warm</ins><sup>U</sup> and long.\n\nBoth sides promised to meet again.\\\nThe call ended <ins>after Azerbaijan’s reply</ins><sup>F</sup>.\n");
    const document = new JSDOM(await get("html")).window.document;
    const marked = [...document.querySelectorAll("ul.pairs del, ul.pairs ins, .diff del, .diff ins")];
    expect(marked).toHaveLength(10);
    expect(marked.every((mark) => ["fact", "unclassified"].includes(mark.getAttribute("data-edit-class")!))).toBe(true);
  });
});
