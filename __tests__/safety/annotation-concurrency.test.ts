/** @jest-environment node */
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";
import { createAnnotation, updateAnnotation } from "@/lib/data/annotations";
import { importBundle } from "@/lib/data/import";
import { makeEditor, SAMPLE_BUNDLE } from "../editorial/fixtures";

jest.setTimeout(60_000);

let db: TempDatabase;
afterAll(async () => db?.cleanup());

test("20 concurrent edits of one annotation: 1 saved, 19 conflicts that carry both judgements, 0 lost", async () => {
  db = await createTempDatabase();
  const editor = await makeEditor(db.prisma);
  const imported = await importBundle(db.prisma, SAMPLE_BUNDLE, editor);
  if (!imported.ok) throw new Error(imported.message);
  const statement = await db.prisma.statement.findFirstOrThrow({ orderBy: { id: "asc" } });
  const created = await createAnnotation(
    db.prisma,
    { statementId: statement.id, version: statement.version, start: 0, end: 10, exact: statement.body.slice(0, 10), verdict: "unverified", note: "First look.", sources: ["https://example.org/0"] },
    editor,
  );
  if (!created.ok) throw new Error(created.message);
  expect(created.annotation.version).toBe(1);

  const edits = Array.from({ length: 20 }, (_, i) => ({
    id: created.annotation.id,
    version: 1,
    verdict: i % 2 ? "false" : "misleading",
    note: `Edit number ${i}.`,
    sources: [`https://example.org/${i}`],
  }));
  const results = await Promise.all(edits.map((edit) => updateAnnotation(db.prisma, edit, editor)));

  const saved = results.flatMap((r, i) => (r.ok ? [i] : []));
  expect(saved).toHaveLength(1);
  const winner = edits[saved[0]];
  const stored = await db.prisma.annotation.findUniqueOrThrow({ where: { id: created.annotation.id } });
  expect({ version: stored.version, verdict: stored.verdict, note: stored.note, sources: JSON.parse(stored.sources) }).toEqual({
    version: 2,
    verdict: winner.verdict,
    note: winner.note,
    sources: winner.sources,
  });

  const conflicts = results.flatMap((r, i) => (!r.ok && r.status === "conflict" ? [{ r, i }] : []));
  expect(conflicts).toHaveLength(19);
  for (const { r, i } of conflicts) {
    expect(r.message).toBe("Someone changed this annotation (now version 2) after you started editing version 1. Nothing was overwritten.");
    // Nothing lost: each loser gets back exactly what they sent, next to what is stored.
    expect(r.annotationConflict).toEqual({
      annotationId: created.annotation.id,
      baseVersion: 1,
      stored: { version: 2, verdict: winner.verdict, note: winner.note, sources: winner.sources, editedByName: "Test Editor", updatedAt: stored.updatedAt.toISOString() },
      yours: { verdict: edits[i].verdict, note: edits[i].note, sources: edits[i].sources },
    });
  }

  // Building on the stored version, a loser's edit goes through.
  const retry = await updateAnnotation(db.prisma, { ...edits[conflicts[0].i], version: 2 }, editor);
  expect(retry).toMatchObject({ ok: true, annotation: { version: 3, note: edits[conflicts[0].i].note } });
});
