/** @jest-environment node */
import { importBundle } from "@/lib/data/import";
import { listVersions } from "@/lib/data/revisions";
import { updateStatement } from "@/lib/data/statements";
import { versionAuthorship } from "@/lib/view/version-authorship";
import { editInput, SAMPLE_BUNDLE } from "../editorial/fixtures";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

/** Issue 14: the history's current version shows its own date and author, and each older version its own. */

jest.setTimeout(120_000);

let db: TempDatabase;
afterAll(async () => db?.cleanup());

test("each version, the current one included, carries the date, editor and reason of the edit that made it", async () => {
  db = await createTempDatabase();
  const editor = (name: string, email: string) => db.prisma.editor.create({ data: { email, name, passwordHash: "not-a-real-hash" }, select: { id: true, email: true, name: true } });
  const ana = await editor("Ana Importer", "ana@example.org");
  const ben = await editor("Ben Fixer", "ben@example.org");
  const imported = await importBundle(db.prisma, SAMPLE_BUNDLE, ana);
  expect(imported.ok).toBe(true);
  const find = () => db.prisma.statement.findFirstOrThrow({ where: { slug: "ruritania-readout" } });

  const v1 = await find();
  const edit1 = await updateStatement(db.prisma, { ...editInput(v1), body: `${v1.body} First addition.`, reason: "Added a sentence" }, ben);
  expect(edit1.ok).toBe(true);
  const v2 = await find();
  const edit2 = await updateStatement(db.prisma, { ...editInput(v2), body: `${v2.body} Second addition.`, reason: "Another sentence" }, ana);
  expect(edit2.ok).toBe(true);

  const revisions = await db.prisma.statementRevision.findMany({ where: { statementId: v1.id }, orderBy: { version: "asc" } });
  expect(revisions.map((r) => r.version)).toEqual([1, 2]);
  const versions = (await listVersions(db.prisma, v1.id))!;
  expect(versionAuthorship(versions)).toEqual([
    { version: 3, madeAt: revisions[1].createdAt.toISOString(), madeBy: "Ana Importer", reason: "Another sentence", added: false },
    { version: 2, madeAt: revisions[0].createdAt.toISOString(), madeBy: "Ben Fixer", reason: "Added a sentence", added: false },
    { version: 1, madeAt: v1.createdAt.toISOString(), madeBy: "Ana Importer", reason: null, added: true },
  ]);
  // Two edits a moment apart: the current version's date is the later one, not the statement's creation.
  expect(revisions[1].createdAt.getTime()).toBeGreaterThanOrEqual(revisions[0].createdAt.getTime());
});

test("a statement never edited: its one version is the current one, added by its importer", () => {
  const only = [{ version: 1, title: "t", body: "b", current: true, replacedAt: null, replacedBy: null, reason: null, addedAt: "2026-11-30T10:00:00.000Z", addedBy: null }];
  expect(versionAuthorship(only)).toEqual([{ version: 1, madeAt: "2026-11-30T10:00:00.000Z", madeBy: null, reason: null, added: true }]);
});
