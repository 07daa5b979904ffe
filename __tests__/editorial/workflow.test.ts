/** @jest-environment node */
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";
import { authenticate, createEditor } from "@/lib/data/editors";
import { importBundle } from "@/lib/data/import";
import { createAnnotation, listAnnotationsForEvent, listAnnotationsForStatement, updateAnnotation } from "@/lib/data/annotations";
import { listVersions } from "@/lib/data/revisions";
import { updateStatement } from "@/lib/data/statements";
import type { EditorIdentity } from "@/lib/editorial/result";
import { editInput, makeEditor, SAMPLE_BUNDLE, sampleBundle, tableCounts } from "./fixtures";

jest.setTimeout(60_000);

let db: TempDatabase;
let editor: EditorIdentity;

beforeAll(async () => {
  db = await createTempDatabase();
  editor = await makeEditor(db.prisma);
});
afterAll(async () => db.cleanup());

async function importedStatement(slug: string) {
  return db.prisma.statement.findFirstOrThrow({ where: { slug, event: { slug: "sample-ruritania-freedonia-call" } } });
}

describe("bundle import", () => {
  test("the sample bundle is imported and reads back field for field", async () => {
    const result = await importBundle(db.prisma, SAMPLE_BUNDLE, editor);
    expect(result).toMatchObject({ ok: true, summary: { partiesCreated: 2, partiesReused: 0, statementsCreated: 2 } });

    const event = await db.prisma.event.findUniqueOrThrow({
      where: { slug: "sample-ruritania-freedonia-call" },
      include: { statements: { orderBy: { position: "asc" }, include: { party: true } } },
    });
    const bundle = sampleBundle();
    expect(event.title).toBe("Sample: the Ruritania–Freedonia foreign ministers’ call");
    expect(event.occurredOn.toISOString()).toBe("2026-11-20T00:00:00.000Z");
    expect(event.statements.map((s) => [s.slug, s.party.slug, s.position, s.version])).toEqual([
      ["ruritania-readout", "sample-ruritania-mfa", 0, 1],
      ["freedonia-readout", "sample-freedonia-mfa", 1, 1],
    ]);
    expect(event.statements[1].body).toBe(bundle.events[0].statements[1].body);
    expect(event.statements[1].speaker).toBe("Rufus T. Firefly");
    expect(event.statements[1].publishedOn?.toISOString()).toBe("2026-11-21T00:00:00.000Z");
  });

  test("importing the same bundle again is refused (event slug exists) and writes nothing", async () => {
    const before = await tableCounts(db.prisma);
    const result = await importBundle(db.prisma, SAMPLE_BUNDLE, editor);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual(['events: an event with the slug “sample-ruritania-freedonia-call” already exists']);
    expect(await tableCounts(db.prisma)).toEqual(before);
  });

  test("one invalid statement among valid ones: nothing at all is written", async () => {
    const bundle = sampleBundle();
    bundle.parties = bundle.parties.map((p) => ({ ...p, slug: `new-${p.slug}` }));
    const event = bundle.events[0];
    event.slug = "another-call";
    event.statements = [
      ...event.statements.map((s) => ({ ...s, party: `new-${s.party}` })),
      { ...event.statements[0], slug: "third", party: "new-sample-ruritania-mfa", kind: "press_release" },
    ];
    const before = await tableCounts(db.prisma);
    const result = await importBundle(db.prisma, JSON.stringify(bundle), editor);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/nothing was imported/);
      expect(result.problems).toHaveLength(1);
      expect(result.problems![0]).toMatch(/^events\[0\]\.statements\[2\]\.kind: /);
    }
    expect(await tableCounts(db.prisma)).toEqual(before);
    expect(await db.prisma.party.findUnique({ where: { slug: "new-sample-ruritania-mfa" } })).toBeNull();
  });

  test("a failure inside the transaction rolls back the parties and statements already written", async () => {
    const bundle = sampleBundle();
    bundle.parties = bundle.parties.map((p) => ({ ...p, slug: `tx-${p.slug}` }));
    bundle.events[0].slug = "tx-call";
    bundle.events[0].statements = bundle.events[0].statements.map((s) => ({ ...s, party: `tx-${s.party}` }));
    const before = await tableCounts(db.prisma);
    const realTransaction = db.prisma.$transaction.bind(db.prisma) as (fn: (tx: unknown) => Promise<unknown>) => Promise<unknown>;
    const spy = jest.spyOn(db.prisma, "$transaction").mockImplementationOnce(((fn: (tx: unknown) => Promise<unknown>) =>
      realTransaction(async (tx) => {
        // The statements go in by one bulk INSERT per batch (lib/data/bulk-insert.ts): fail it, after the parties.
        const failingTx = new Proxy(tx as object, {
          get(target, property, receiver) {
            const value = Reflect.get(target, property, receiver);
            if (property !== "$executeRaw") return value;
            return () => Promise.reject(new Error("disk full"));
          },
        });
        return fn(failingTx);
      })) as never);
    await expect(importBundle(db.prisma, JSON.stringify(bundle), editor)).rejects.toThrow("disk full");
    spy.mockRestore();
    expect(await tableCounts(db.prisma)).toEqual(before);
  });
});

describe("edits, revisions and conflicts", () => {
  test("a text edit keeps the previous text as a revision with who, when and why", async () => {
    const stored = await importedStatement("ruritania-readout");
    const fixed = stored.body.replace("telephone conversation", "telephone call");
    const result = await updateStatement(db.prisma, { ...editInput(stored), body: fixed, reason: "Fixed wording" }, editor);
    expect(result).toMatchObject({ ok: true, statement: { id: stored.id, version: 2 }, textChanged: true });

    const after = await db.prisma.statement.findUniqueOrThrow({ where: { id: stored.id } });
    expect(after.body).toBe(fixed);
    expect(after.version).toBe(2);
    const revisions = await db.prisma.statementRevision.findMany({ where: { statementId: stored.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ version: 1, body: stored.body, title: stored.title, editorId: editor.id, reason: "Fixed wording" });
    expect(Date.now() - revisions[0].createdAt.getTime()).toBeLessThan(60_000);

    const versions = await listVersions(db.prisma, stored.id);
    expect(versions!.map((v) => [v.version, v.current, v.replacedBy, v.reason])).toEqual([
      [2, true, null, null],
      [1, false, "Test Editor", "Fixed wording"],
    ]);
    // The oldest version says who added the statement (the editor who imported it) and when.
    expect(versions!.map((v) => v.addedBy)).toEqual([null, "Test Editor"]);
    expect(versions![1].addedAt).toBe(stored.createdAt.toISOString());
  });

  test("a text change without a reason is refused and writes nothing", async () => {
    const stored = await importedStatement("ruritania-readout");
    const result = await updateStatement(db.prisma, { ...editInput(stored), body: stored.body + " More." }, editor);
    expect(result).toMatchObject({ ok: false, status: "invalid", fieldErrors: { reason: expect.any(String) } });
    expect((await importedStatement("ruritania-readout")).body).toBe(stored.body);
  });

  test("a metadata-only edit keeps the version and makes no revision", async () => {
    const stored = await importedStatement("freedonia-readout");
    const result = await updateStatement(db.prisma, { ...editInput(stored), speaker: "Chicolini" }, editor);
    expect(result).toMatchObject({ ok: true, textChanged: false, statement: { version: 1 } });
    expect(await db.prisma.statementRevision.count({ where: { statementId: stored.id } })).toBe(0);
    expect((await importedStatement("freedonia-readout")).speaker).toBe("Chicolini");
  });

  test("a save from a stale version is rejected with both texts; the stored text is unchanged", async () => {
    const original = await importedStatement("freedonia-readout");
    const aliceForm = editInput(original);
    const bobForm = editInput(original);
    const bob = await updateStatement(db.prisma, { ...bobForm, body: original.body + "\nBob’s paragraph.", reason: "Bob" }, editor);
    expect(bob.ok).toBe(true);
    const bobsText = (await importedStatement("freedonia-readout")).body;

    const before = await tableCounts(db.prisma);
    const alice = await updateStatement(db.prisma, { ...aliceForm, body: original.body + "\nAlice’s paragraph.", reason: "Alice" }, editor);
    expect(alice.ok).toBe(false);
    if (alice.ok) return;
    expect(alice.status).toBe("conflict");
    expect(alice.conflict).toMatchObject({
      baseVersion: 1,
      stored: { version: 2, body: bobsText },
      yours: { body: original.body + "\nAlice’s paragraph.", reason: "Alice" },
    });
    const after = await importedStatement("freedonia-readout");
    expect(after.body).toBe(bobsText);
    expect(after.version).toBe(2);
    expect(await tableCounts(db.prisma)).toEqual(before);

    // Alice resolves by saving on top of the version she has now seen: both earlier texts stay in the history.
    const resolved = await updateStatement(db.prisma, { ...aliceForm, version: 2, body: bobsText + "\nAlice’s paragraph.", reason: "Merged" }, editor);
    expect(resolved).toMatchObject({ ok: true, statement: { version: 3 } });
    const versions = await listVersions(db.prisma, original.id);
    expect(versions!.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(versions![2].body).toBe(original.body);
  });
});

describe("annotations", () => {
  test("re-anchor after an edit, are orphaned (not deleted) when their words disappear, and come back with them", async () => {
    const stored = await importedStatement("ruritania-readout");
    const claim = "the river treaty of 1921 remains in force";
    const start = stored.body.indexOf(claim);
    const created = await createAnnotation(
      db.prisma,
      {
        statementId: stored.id,
        version: stored.version,
        start,
        end: start + claim.length,
        exact: claim,
        verdict: "needs_context",
        note: "The treaty was suspended in 1990.",
        sources: ["https://example.org/treaty"],
      },
      editor,
    );
    expect(created).toMatchObject({ ok: true, annotation: { exact: claim, start, orphaned: false, verdict: "needs_context" } });

    // Text inserted before the claim: the annotation moves with it.
    const prefix = "Statement of 20 November.\n";
    let result = await updateStatement(db.prisma, { ...editInput(stored), body: prefix + stored.body, reason: "Added dateline" }, editor);
    expect(result.ok).toBe(true);
    let [annotation] = await listAnnotationsForStatement(stored.id, db.prisma);
    const moved = await importedStatement("ruritania-readout");
    expect(annotation).toMatchObject({ orphaned: false, start: start + prefix.length, end: start + prefix.length + claim.length });
    expect(moved.body.slice(annotation.start, annotation.end)).toBe(claim);
    expect(annotation.anchoredVersion).toBe(moved.version);

    // The claim's sentence is removed: the annotation stays, orphaned, with its quote.
    const withoutClaim = moved.body.replace(/\nThe Ruritanian side stressed[^\n]*/, "");
    result = await updateStatement(db.prisma, { ...editInput(moved), body: withoutClaim, reason: "Removed sentence" }, editor);
    expect(result.ok).toBe(true);
    [annotation] = await listAnnotationsForStatement(stored.id, db.prisma);
    expect(annotation).toMatchObject({ orphaned: true, exact: claim, note: "The treaty was suspended in 1990.", sources: ["https://example.org/treaty"] });
    expect(await db.prisma.annotation.count({ where: { statementId: stored.id } })).toBe(1);

    // The sentence is restored: the annotation is re-attached.
    const removed = await importedStatement("ruritania-readout");
    result = await updateStatement(db.prisma, { ...editInput(removed), body: moved.body, reason: "Restored sentence" }, editor);
    expect(result.ok).toBe(true);
    [annotation] = await listAnnotationsForStatement(stored.id, db.prisma);
    expect(annotation.orphaned).toBe(false);
    expect(moved.body.slice(annotation.start, annotation.end)).toBe(claim);

    const forEvent = await listAnnotationsForEvent(moved.eventId, db.prisma);
    expect(forEvent.map((a) => a.id)).toEqual([annotation.id]);
  });

  test("an editor changes an annotation's judgement: the anchor stays, the edit is credited, a bad edit writes nothing", async () => {
    const stored = await importedStatement("ruritania-readout");
    const claim = "the river treaty of 1921 remains in force";
    const start = stored.body.indexOf(claim);
    const created = await createAnnotation(
      db.prisma,
      { statementId: stored.id, version: stored.version, start, end: start + claim.length, exact: claim, verdict: "unverified", note: "Checking.", sources: ["https://example.org/a"] },
      editor,
    );
    if (!created.ok) throw new Error(created.message);
    expect(created.annotation).toMatchObject({ editedAt: null, editedByName: null });

    const second = await createEditor(db.prisma, { email: "bea@example.org", name: "Bea", password: "a long enough password" });
    if (!second.ok) throw new Error(second.message);
    const updated = await updateAnnotation(
      db.prisma,
      { id: created.annotation.id, version: 1, verdict: "false", note: "The treaty was suspended in 1990.", sources: ["https://example.org/a", "https://example.org/b"] },
      second.editor,
    );
    expect(updated).toMatchObject({
      ok: true,
      annotation: { verdict: "false", verdictLabel: "False", note: "The treaty was suspended in 1990.", editorName: editor.name, editedByName: "Bea" },
    });
    const byId = async () => (await listAnnotationsForStatement(stored.id, db.prisma)).find((a) => a.id === created.annotation.id)!;
    const listed = await byId();
    expect(listed).toMatchObject({ exact: claim, start, end: start + claim.length, sources: ["https://example.org/a", "https://example.org/b"] });
    expect(listed.editedAt).not.toBeNull();

    const before = await db.prisma.annotation.findUniqueOrThrow({ where: { id: listed.id } });
    const bad = await updateAnnotation(db.prisma, { id: listed.id, version: listed.version, verdict: "pants-on-fire", note: "", sources: ["javascript:alert(1)"] }, editor);
    expect(bad).toMatchObject({ ok: false, status: "invalid", fieldErrors: { verdict: expect.any(String), note: expect.any(String), sources: expect.any(String) } });
    expect(await db.prisma.annotation.findUniqueOrThrow({ where: { id: listed.id } })).toEqual(before);
    expect(await updateAnnotation(db.prisma, { id: 999_999, version: 1, verdict: "false", note: "x", sources: ["https://example.org"] }, editor)).toMatchObject({
      ok: false,
      status: "not_found",
    });

    // Re-anchoring after a text edit moves the annotation but is not an edit of its judgement.
    const edited = await updateStatement(db.prisma, { ...editInput(stored), body: `Dateline.\n${stored.body}`, reason: "Dateline" }, editor);
    expect(edited.ok).toBe(true);
    const moved = await byId();
    expect(moved).toMatchObject({ start: start + "Dateline.\n".length, editedByName: "Bea", editedAt: listed.editedAt });
  });

  test("a selection made on an older version is refused", async () => {
    const stored = await importedStatement("ruritania-readout");
    const result = await createAnnotation(
      db.prisma,
      { statementId: stored.id, version: 1, start: 0, end: 3, exact: stored.body.slice(0, 3), verdict: "false", note: "x", sources: ["https://example.org"] },
      editor,
    );
    expect(result).toMatchObject({ ok: false, status: "invalid" });
  });
});

describe("editors", () => {
  test("passwords are stored hashed and checked; a wrong password or unknown email is refused alike", async () => {
    const created = await createEditor(db.prisma, { email: "Ana@Example.org", name: "Ana", password: "correct horse battery" });
    expect(created).toMatchObject({ ok: true, created: true, editor: { email: "ana@example.org" } });
    const row = await db.prisma.editor.findUniqueOrThrow({ where: { email: "ana@example.org" } });
    expect(row.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(row.passwordHash).not.toContain("correct horse");

    expect(await authenticate(db.prisma, { email: "ana@example.org", password: "correct horse battery" }, "192.0.2.1")).toMatchObject({ ok: true });
    const wrong = await authenticate(db.prisma, { email: "ana@example.org", password: "wrong" }, "192.0.2.1");
    const unknown = await authenticate(db.prisma, { email: "nobody@example.org", password: "correct horse battery" }, "192.0.2.1");
    expect(wrong).toMatchObject({ ok: false });
    expect(unknown).toMatchObject({ ok: false });
    if (!wrong.ok && !unknown.ok) expect(wrong.message).toBe(unknown.message);

    expect(await createEditor(db.prisma, { email: "ana@example.org", name: "Ana", password: "another long password" })).toMatchObject({ ok: false });
    expect(await createEditor(db.prisma, { email: "short@example.org", name: "S", password: "short" })).toMatchObject({
      ok: false,
      fieldErrors: { password: expect.any(String) },
    });
  });
});
