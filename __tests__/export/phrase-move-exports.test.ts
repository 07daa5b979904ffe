/** @jest-environment node */
import { parse } from "csv-parse/sync";
import { JSDOM } from "jsdom";
import { diffVersions } from "@/lib/compare/versions";
import { versionEditRows } from "@/lib/export/csv";
import { historyCsv, historyHtml, historyJson, historyMarkdown } from "@/lib/export/history";
import { htmlDiff } from "@/lib/export/html";
import { markdownDiffBlock } from "@/lib/export/markdown";
import { classedParts } from "@/lib/view/classed-diff";
import { historyView } from "@/lib/view/history";
import { editLinkLabel, pairRelationNote, phraseMoveDescription, versionDiffSummary } from "@/lib/view/version-diff";
import { versionSplitRows } from "@/lib/view/version-split";
import type { VersionEntry } from "@/lib/data/revisions";
import { createRetoldAndRevised, openExportFixture, type ExportFixture } from "../helpers/export-fixture";

/**
 * A phrase moved inside its sentence (session 17) reaches every view and export that shows edit classes and moves:
 * one edit with both places, named once in the summary, linked both ways, listed under "Moved phrases".
 */

jest.setTimeout(120_000);

const BEFORE = "The talks ended late. Blinken spoke with Aliyev on Monday. Both sides will meet again.";
const AFTER = "The talks ended late. On Monday, Blinken spoke with Aliyev. Both sides will meet again.";
const DESCRIPTION = "“On Monday” moved inside sentence pair 2: in version 1 after “with Aliyev”, in version 2 at the start";

const entry = (version: number, body: string): VersionEntry => ({ version, title: "Readout", body, current: version === 2, replacedAt: null, replacedBy: null, reason: null, addedAt: null, addedBy: null });
const view = historyView({ id: 7, title: "Readout", language: "en", party: { name: "Ministry" } }, [entry(2, AFTER), entry(1, BEFORE)], {});

describe("the view model", () => {
  const diff = view.diff!;

  test("the summary counts one wording edit and names it once, as moved", () => {
    const summary = versionDiffSummary(diff);
    expect(summary.line).toBe("1 edit in wording");
    expect(summary.links.map((link) => link.label)).toEqual(["“On Monday” moved"]);
    expect(editLinkLabel(diff.edits[0])).toBe("“On Monday” moved");
  });

  test("its two places in words, and the note on its pair", () => {
    expect(phraseMoveDescription(diff, diff.edits[0], "version 1", "version 2")).toBe(DESCRIPTION);
    expect(pairRelationNote(diff, diff.pairs[1], "version 1", "version 2")).toBe("a phrase moved inside it: “On Monday”");
  });

  test("the split view puts a move marker before each place, keyed by the edit", () => {
    const rows = versionSplitRows(diff);
    const markers = rows.flatMap((row) => [...row.left.map((piece) => ["left", piece.move] as const), ...row.right.map((piece) => ["right", piece.move] as const)]).filter(([, move]) => move);
    expect(markers).toEqual([
      ["left", { id: "e0", place: "origin" }],
      ["right", { id: "e0", place: "destination" }],
    ]);
  });
});

describe("the history exports", () => {
  test("Markdown: the edit by its places, a Moved phrases list, both places marked W↕, the legend", () => {
    const md = historyMarkdown(view);
    expect(md).toContain(`1. wording (moved): ${DESCRIPTION}`);
    expect(md).toContain(`### Moved phrases\n\n- Moved phrase 1 (wording): ${DESCRIPTION}.`);
    expect(md).toContain("sentence pair 2 (a phrase moved inside it: “On Monday”): <ins>On Monday,</ins><sup>W↕</sup> Blinken spoke with Aliyev <del>on Monday</del><sup>W↕</sup>.");
    expect(md).toContain("<sup>↕</sup> a phrase moved inside its sentence, marked where it stood and where it stands.");
    expect(md).not.toContain("Moved passages");
  });

  test("HTML (and so PDF): both places marked and linked to each other; the list links to the new place", () => {
    const { document } = new JSDOM(historyHtml(view)).window;
    const from = document.getElementById("moved-from-e0")!;
    const to = document.getElementById("moved-to-e0")!;
    expect([from.tagName, from.getAttribute("data-moved"), from.textContent]).toEqual(["DEL", "from", " on Monday"]);
    expect([to.tagName, to.getAttribute("data-moved"), to.textContent]).toEqual(["INS", "to", "On Monday, "]);
    const links = [...document.querySelectorAll("a.moved-link")].map((link) => link.getAttribute("href"));
    expect(links).toEqual(["#moved-from-e0", "#moved-to-e0"]);
    const listed = [...document.querySelectorAll("li[data-edit-id=e0]")].map((item) => [item.textContent, item.querySelector("a")!.getAttribute("href")]);
    expect(listed).toEqual([
      [`wording (moved): ${DESCRIPTION}`, "#moved-to-e0"],
      [`Moved phrase 1 (wording): ${DESCRIPTION}`, "#moved-to-e0"],
    ]);
    // Ids stay unique: the whole text below marks the move without ids.
    expect(document.querySelectorAll("[id=moved-to-e0]").length).toBe(1);
    expect(document.querySelectorAll("[data-moved=to]").length).toBe(2);
  });

  test("CSV: one row, the phrase where it stood and where it stands, moved: phrase", () => {
    expect(parse(historyCsv(view), { bom: true })).toEqual([
      ["edit", "class", "reason", "before", "after", "pair", "relation", "moved"],
      ["e0", "wording", "moved", "on Monday", "On Monday,", "p1", "changed", "phrase"],
    ]);
  });

  test("JSON: the edit says moved, with both places as offsets into each version", () => {
    const doc = JSON.parse(historyJson(view));
    expect(doc.edits).toEqual([
      { id: "e0", pairId: "p1", class: "wording", reason: "moved", before: " on Monday", after: "On Monday, ", a: { start: 47, end: 57 }, b: { start: 22, end: 33 }, moved: true },
    ]);
    expect(BEFORE.slice(47, 57)).toBe(" on Monday");
    expect(AFTER.slice(22, 33)).toBe("On Monday, ");
    expect(doc.moves).toEqual([]);
  });
});

describe("the pairwise exports (event page), through a real SQLite database", () => {
  let fixture: ExportFixture;
  beforeAll(async () => {
    fixture = await openExportFixture();
    await createRetoldAndRevised(fixture, { event: ["phrase-moved", "A call retold", "2026-11-02"], before: BEFORE, after: AFTER, earlierVersions: 1 });
  });
  afterAll(async () => {
    await fixture?.close();
  });

  const exported = async (format: "md" | "html" | "json" | "csv", extra: Record<string, string> = {}) => {
    const { getEvent } = await import("@/lib/data/events");
    const { renderExport } = await import("@/lib/export/render");
    const { parseEventViewState } = await import("@/lib/view/event-view-state");
    const event = (await getEvent("phrase-moved"))!;
    const query = { view: "pairwise", a: "first", b: "retold", ...extra };
    const state = parseEventViewState(event.statements.map((s) => s.slug), query, []);
    return renderExport(format, event, state, [], new URLSearchParams(query), "/events/phrase-moved", "http://127.0.0.1:3000");
  };

  test("Markdown and HTML list the moved phrase with its class and places; the whole text marks both places", async () => {
    const line = "“On Monday” moved inside sentence pair 2: in MTA – Readout after “with Aliyev”, in TO at the start";
    const md = await (await exported("md")).text();
    expect(md).toContain(`1. wording (moved): ${line}`);
    expect(md).toContain(`- Moved phrase (wording): ${line}.`);
    expect(md).toContain("<ins>On Monday,</ins><sup>W↕</sup>");
    const { document } = new JSDOM(await (await exported("html")).text()).window;
    expect([...document.querySelectorAll("h3")].map((heading) => heading.textContent)).toContain("Moved phrases");
    expect(document.querySelector("li[data-edit-id=e0]")!.textContent).toBe(`Moved phrase (wording): ${line}`);
    expect(document.getElementById("moved-to-e0")!.textContent).toBe("On Monday, ");
    expect(document.querySelector("a.moved-link[href='#moved-from-e0']")).not.toBeNull();
  });

  test("JSON keeps `moved` on the edit (the document schema reads it); CSV names the phrase move", async () => {
    const { pairwiseDocumentSchema } = await import("@/lib/export/pairwise-document-schema");
    const pair = pairwiseDocumentSchema.parse(await (await exported("json")).json()).pair;
    expect(pair.edits.map((edit) => [edit.class, edit.reason, edit.moved])).toEqual([["wording", "moved", true]]);
    const rows = parse(await (await exported("csv", { table: "edits" })).text(), { bom: true });
    expect(rows.slice(1).map((row: string[]) => [row[1], row[2], row[7]])).toEqual([["wording", "moved", "phrase"]]);
  });
});

describe("markers in the classed whole text", () => {
  test("a moved phrase that changes a fact is marked F↕ at both places; without anchors the HTML has no ids", () => {
    const diff = diffVersions("Only Blinken spoke with Aliyev.", "Blinken spoke only with Aliyev.", "en");
    expect(markdownDiffBlock(classedParts(diff))).toBe("<del>Only</del><sup>F↕</sup> Blinken spoke <ins>only</ins><sup>F↕</sup> with Aliyev.");
    expect(htmlDiff(classedParts(diff))).not.toContain(" id=");
    expect(versionEditRows(diff)[1]).toEqual(["e0", "fact", "scope", "Only", "only", "p0", "changed", "phrase"]);
  });
});
