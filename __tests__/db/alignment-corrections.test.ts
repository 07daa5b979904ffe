/** @jest-environment node */
import { alignmentStamp, correctionVersions, createCorrection, resetCorrections } from "@/lib/data/corrections";
import { WITH_STATEMENTS } from "@/lib/data/events";
import { importBundle } from "@/lib/data/import";
import { compareShown } from "@/lib/view/comparison-cache";
import { parseEventViewState } from "@/lib/view/event-view-state";
import { buildExportModel } from "@/lib/export/model";
import { toCsvTable } from "@/lib/export/csv";
import { toMarkdown } from "@/lib/export/markdown";
import { comparisonDocument } from "@/lib/export/comparison-document";
import { comparisonDocumentSchema } from "@/lib/export/comparison-document-schema";
import { parseComparisonQuery } from "@/lib/api/comparison-query";
import { parse } from "csv-parse/sync";
import { eventValidators } from "@/lib/api/event-validators";
import type { EditorIdentity } from "@/lib/editorial/result";
import { makeEditor, SAMPLE_BUNDLE } from "../editorial/fixtures";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

jest.setTimeout(120_000);

const SLUG = "sample-ruritania-freedonia-call";
const TREATY = "The Ruritanian side stressed that the river treaty of 1921 remains in force.";
const WATER = "The Minister underlined that questions of water sharing must be settled by a new agreement.";

let db: TempDatabase;
let editor: EditorIdentity;
afterAll(async () => db?.cleanup());
beforeAll(async () => {
  db = await createTempDatabase();
  editor = await makeEditor(db.prisma);
  const imported = await importBundle(db.prisma, SAMPLE_BUNDLE, editor);
  if (!imported.ok) throw new Error(imported.message);
});

const loadEvent = async () => db.prisma.event.findUniqueOrThrow({ where: { slug: SLUG }, include: WITH_STATEMENTS });

async function view() {
  const event = await loadEvent();
  const slugs = event.statements.map((s) => s.slug);
  const shown = compareShown(event, { shown: slugs, base: slugs[0], threshold: null });
  const rowWith = (text: string) => shown.comparison.rows.find((row) => row.cells.some((cell) => cell.text === text))!;
  /** The form's reference to the segment holding `text`: `<statement id>@<version>:<start>-<end>`. */
  const ref = (text: string) => {
    const statement = event.statements.find((s) => s.body.includes(text))!;
    const start = statement.body.indexOf(text);
    return `${statement.id}@${statement.version}:${start}-${start + text.length}`;
  };
  const missing = (slug: string) => shown.comparison.coverage.find((c) => c.statementId === slug)!.missingRowIds.length;
  return { event, ...shown, rowWith, ref, missing, seen: alignmentStamp(event.alignmentCorrections) };
}

describe("alignment corrections in the database", () => {
  let correctionId = 0;

  it("stores 'said in other words', credits the editor, and the comparison's coverage follows", async () => {
    const before = await view();
    expect(before.rowWith(TREATY).notReportedBy).toEqual(["freedonia-readout"]);
    expect(before.missing("freedonia-readout")).toBe(1);
    expect(before.seen).toBe("0:0");

    const saved = await createCorrection(
      db.prisma,
      { eventId: before.event.id, kind: "said_in_other_words", seen: before.seen, subject: before.ref(WATER), target: before.ref(TREATY) },
      editor,
    );
    if (!saved.ok) throw new Error(saved.message);
    correctionId = saved.id;

    const after = await view();
    expect(after.seen).toBe(`1:${saved.id}`);
    expect(after.event.updatedAt.getTime()).toBeGreaterThan(before.event.updatedAt.getTime());
    // So the API's ETag changes and a cached comparison is not served as unchanged.
    expect(eventValidators(after.event, ["event-json"]).etag).not.toBe(eventValidators(before.event, ["event-json"]).etag);
    const row = after.rowWith(TREATY);
    expect(row.reportedBy).toEqual(["ruritania-readout", "freedonia-readout"]);
    expect(row.notReportedBy).toEqual([]);
    expect(row.restatements!.map((r) => r.text)).toEqual([WATER]);
    expect(row.corrections).toEqual([{ id: saved.id, kind: "said_in_other_words", editorName: "Test Editor", createdAt: after.event.alignmentCorrections[0].createdAt.toISOString() }]);
    expect(after.missing("freedonia-readout")).toBe(0);
    expect(after.corrections.appliedIds).toEqual([saved.id]);

    // The exports and the API document see the corrected row and its credit.
    const slugs = after.event.statements.map((st) => st.slug);
    const model = buildExportModel(after.event, parseEventViewState(slugs, {}, []), [], new Date("2026-11-30T12:00:00Z"));
    const credit = `corrected by Test Editor on ${new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(after.event.alignmentCorrections[0].createdAt)}`;
    const csv: string[][] = parse(toCsvTable(model, "claims"), { bom: true });
    expect(csv.find((line) => line.includes(TREATY))).toEqual([String(row.index + 1), "Ruritania MFA; Freedonia MFA", "", TREATY, `in other words: ${WATER}`, credit, "", ""]);
    const md = toMarkdown(model);
    expect(md).toContain(`| ${row.index + 1} _(${credit})_ | ${TREATY} | _said in other words: “${WATER}”_ |`);
    // The summary: Freedonia MFA now leaves out nothing another party said.
    const freedonia = md.split("\n").findIndex((line) => line.startsWith("- Freedonia MFA — only it said ("));
    expect(md.split("\n")[freedonia + 1]).toBe("  - left out what another party said (0): none");
    const query = parseComparisonQuery(slugs, new URLSearchParams(), []);
    if (!query.ok) throw new Error("bad query");
    const document = comparisonDocumentSchema.parse(JSON.parse(JSON.stringify(comparisonDocument(after.event, query.query))));
    expect(document.comparison.rows.find((r) => r.cells.some((c) => c.text === TREATY))!.corrections).toEqual(row.corrections);

    const stored = await db.prisma.alignmentCorrection.findUniqueOrThrow({ where: { id: saved.id } });
    expect({ exact: stored.subjectExact, version: stored.subjectVersion, target: stored.targetExact, by: stored.editorId }).toEqual({ exact: WATER, version: 1, target: TREATY, by: editor.id });
  });

  it("refuses, writing nothing: a stale page (conflict), an edited statement (conflict), bad input, an anonymous caller", async () => {
    const now = await view();
    const count = () => db.prisma.alignmentCorrection.count();
    const base = { eventId: now.event.id, kind: "split", subject: now.ref(WATER) };

    const stale = await createCorrection(db.prisma, { ...base, seen: "0:0" }, editor);
    expect(stale).toMatchObject({ ok: false, status: "conflict" });
    expect(!stale.ok && stale.message).toMatch(/^Someone corrected this event's alignment after you opened the page/);

    const [statementId, rest] = now.ref(WATER).split("@");
    const oldVersion = await createCorrection(db.prisma, { ...base, seen: now.seen, subject: `${statementId}@7${rest.slice(rest.indexOf(":"))}` }, editor);
    expect(oldVersion).toMatchObject({ ok: false, status: "conflict", message: "The statement was edited after you opened the page. Nothing was changed; reload and correct the rows again." });

    const withTarget = await createCorrection(db.prisma, { ...base, seen: now.seen, target: now.ref(TREATY) }, editor);
    expect(withTarget).toMatchObject({ ok: false, status: "invalid", fieldErrors: { target: "A split names one sentence only." } });
    const sameStatement = await createCorrection(db.prisma, { ...base, kind: "not_same_claim", seen: now.seen, target: now.ref(WATER) }, editor);
    expect(sameStatement).toMatchObject({ ok: false, status: "invalid", fieldErrors: { target: "Choose a sentence of another statement." } });
    const garbage = await createCorrection(db.prisma, { ...base, seen: now.seen, subject: "1@1:9-3" }, editor);
    expect(garbage).toMatchObject({ ok: false, status: "invalid", fieldErrors: { subject: "Choose a sentence." } });

    expect(await createCorrection(db.prisma, { ...base, seen: now.seen }, null)).toMatchObject({ ok: false, status: "unauthorised" });
    expect(await count()).toBe(1);
  });

  it("two editors resetting the same row at once: one deletes, the other gets a conflict; a wrong version deletes nothing", async () => {
    const now = await view();
    const row = now.rowWith(TREATY);
    const corrections = correctionVersions(now.event.alignmentCorrections.filter((c) => row.corrections!.some((r) => r.id === c.id)));
    expect(corrections).toBe(`${correctionId}@1`);

    const wrong = await resetCorrections(db.prisma, { eventId: now.event.id, seen: now.seen, corrections: `${correctionId}@2` }, editor);
    expect(wrong).toMatchObject({ ok: false, status: "conflict" });
    expect(await db.prisma.alignmentCorrection.count()).toBe(1);

    const results = await Promise.all([1, 2].map(() => resetCorrections(db.prisma, { eventId: now.event.id, seen: now.seen, corrections }, editor)));
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, deleted: 1 }]);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.status)).toEqual(["conflict"]);

    const after = await view();
    expect(after.rowWith(TREATY).notReportedBy).toEqual(["freedonia-readout"]);
    expect(after.rowWith(TREATY).corrections).toBeUndefined();
    expect(after.missing("freedonia-readout")).toBe(1);
  });

  it("a correction whose sentence is edited away is listed as orphaned, and goes when its statement is deleted", async () => {
    const now = await view();
    const split = await createCorrection(db.prisma, { eventId: now.event.id, kind: "split", seen: now.seen, subject: now.ref(WATER) }, editor);
    if (!split.ok) throw new Error(split.message);
    const statement = now.event.statements.find((s) => s.body.includes(WATER))!;
    await db.prisma.statement.update({ where: { id: statement.id }, data: { body: statement.body.replace("water sharing", "river sharing"), version: { increment: 1 } } });

    const after = await view();
    expect(after.corrections.problems.map((p) => [p.kind, p.correction.id, p.reason])).toEqual([
      ["orphaned", split.id, `“${WATER.slice(0, 59)}…” is no longer in the statement`],
    ]);
    await db.prisma.statement.delete({ where: { id: statement.id } });
    expect(await db.prisma.alignmentCorrection.count()).toBe(0);
  });
});
