/** @jest-environment node */
import { JSDOM } from "jsdom";
import { createAnnotation } from "@/lib/data/annotations";
import { listSourceChanges } from "@/lib/data/source-feed";
import { CHANGED_AT_SOURCE_REASON, runWatchPass } from "@/lib/data/source-watch";
import { getSnapshotFile, PENDING_SNAPSHOT_TTL_MS, previewFileImport, previewUrlImport, setWatched, slugSuggestion } from "@/lib/data/snapshots";
import { createStatement, updateStatement } from "@/lib/data/statements";
import type { EditorIdentity } from "@/lib/editorial/result";
import { renderSourceChangesAtom } from "@/lib/export/atom";
import { sha256Hex } from "@/lib/sources/fetch";
import { USER_AGENT } from "@/lib/sources/limits";
import { docx, scannedLookingPdf, textPdf } from "../helpers/documents";
import { page, readoutPage, redirect, startSourceServer, type SourceServer } from "../helpers/source-server";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";
import { editInput, makeEditor } from "../editorial/fixtures";

/** Pages written for this test: a ministry readout, first as published, then silently edited. */
const FIRST = [
  "The foreign ministers of both countries held a telephone conversation on Thursday about the next round of talks.",
  "The sides agreed to continue contacts at the level of deputy ministers and to meet again before the summer.",
];
const EDITED = [
  "The foreign ministers of both countries held a telephone conversation on Thursday about the next round of talks.",
  "The sides agreed to continue contacts at the level of experts and to meet again when conditions allow.",
];
const html = (paragraphs: string[]) => readoutPage({ title: "Telephone conversation of the ministers", paragraphs, date: "2024-04-04" });
const LOCAL = { allowHosts: ["127.0.0.1"] };

let db: TempDatabase;
let server: SourceServer;
let editor: EditorIdentity;
let partyId: number;
let eventId: number;

beforeAll(async () => {
  db = await createTempDatabase();
  editor = await makeEditor(db.prisma);
  partyId = (await db.prisma.party.create({ data: { slug: "mfa", name: "Ministry of Examples", shortName: "MFA", kind: "ministry", color: "#1d4ed8" } })).id;
  eventId = (await db.prisma.event.create({ data: { slug: "ministers-call", title: "Ministers' call", occurredOn: new Date("2024-04-04T00:00:00Z") } })).id;
  await db.prisma.event.create({ data: { slug: "quiet-event", title: "An event nobody edits", occurredOn: new Date("2024-01-01T00:00:00Z") } });
  server = await startSourceServer({
    "/short": redirect("/press/2024/04/call", 301),
    "/press/2024/04/call": page(html(FIRST), "text/html; charset=utf-8", { etag: '"first"' }),
    "/empty-app": page('<html><body><div id="root"></div><script>start()</script></body></html>'),
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await db?.cleanup();
});

const counts = async () => ({
  statements: await db.prisma.statement.count(),
  snapshots: await db.prisma.sourceSnapshot.count(),
  revisions: await db.prisma.statementRevision.count(),
  checks: await db.prisma.sourceCheck.count(),
});

describe("importing a statement from its URL and watching it", () => {
  let statementId: number;

  it("pre-fills the statement form from a page reached through a redirect, keeping a pending snapshot", async () => {
    const preview = await previewUrlImport(db.prisma, `${server.origin}/short`, editor, LOCAL);
    if (!preview.ok) throw new Error(preview.message);
    const { provenanceNote, snapshotId, ...fields } = preview.prefill;
    expect(fields).toEqual({
      title: "Telephone conversation of the ministers",
      slug: "telephone-conversation-of-the-ministers",
      kind: "official_readout",
      sourceName: "Ministry of Examples",
      sourceUrl: `${server.origin}/press/2024/04/call`,
      publishedOn: "2024-04-04",
      language: "en",
      speaker: "",
      body: FIRST.join("\n\n"),
    });
    const snapshot = await db.prisma.sourceSnapshot.findUniqueOrThrow({ where: { id: Number(snapshotId) } });
    expect(snapshot.statementId).toBeNull();
    expect(snapshot.requestedUrl).toBe(`${server.origin}/short`);
    expect(snapshot.finalUrl).toBe(`${server.origin}/press/2024/04/call`);
    expect(snapshot.contentType).toBe("text/html; charset=utf-8");
    expect(Buffer.from(snapshot.bytes).toString("utf8")).toBe(html(FIRST));
    expect(snapshot.sha256).toBe(sha256Hex(new Uint8Array(Buffer.from(html(FIRST)))));
    expect(snapshot.etag).toBe('"first"');
    expect(provenanceNote).toMatch(new RegExp(`^Imported from ${server.origin}/press/2024/04/call on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC; snapshot SHA-256 ${snapshot.sha256.slice(0, 16)}…$`));

    const created = await createStatement(db.prisma, { ...preview.prefill, partyId, eventId, watch: "on" }, editor);
    if (!created.ok) throw new Error(`${created.message} ${JSON.stringify(created.fieldErrors)}`);
    statementId = created.statement.id;
    const attached = await db.prisma.sourceSnapshot.findUniqueOrThrow({ where: { id: Number(snapshotId) } });
    expect(attached.statementId).toBe(statementId);
    const watch = await db.prisma.sourceWatch.findUniqueOrThrow({ where: { statementId } });
    expect([watch.active, watch.etag, watch.changedAtSourceAt]).toEqual([true, '"first"', null]);
    const file = await getSnapshotFile(db.prisma, statementId, attached.id);
    expect(file?.sha256).toBe(attached.sha256);
    expect(await getSnapshotFile(db.prisma, statementId + 1, attached.id)).toBeNull();

    // The same snapshot cannot be attached twice: the second statement is not created.
    const before = await counts();
    const again = await createStatement(db.prisma, { ...preview.prefill, slug: "second-copy", partyId, eventId }, editor);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.message).toBe("The imported source is no longer available (it was saved already, or expired after a day): import it again.");
    expect(await counts()).toEqual(before);
  });

  it("writes nothing when the fetch is refused or the page has no text", async () => {
    const before = await counts();
    for (const [url, message] of [
      ["http://10.0.0.1/readout", "Refused to fetch http://10.0.0.1/readout: it is a private network address. Only public internet addresses are fetched."],
      ["file:///etc/passwd", "Only http:// and https:// addresses can be fetched, not file:// (file:///etc/passwd)."],
      [`${server.origin}/missing`, `${server.origin}/missing answered HTTP 404 (not found).`],
      [`${server.origin}/empty-app`, `No readable text was found at ${server.origin}/empty-app: the page may need JavaScript, or be empty.`],
    ]) {
      const result = await previewUrlImport(db.prisma, url, editor, LOCAL);
      expect(result).toEqual({ ok: false, status: "invalid", message, fieldErrors: { url: message } });
    }
    expect(await previewUrlImport(db.prisma, `${server.origin}/short`, null, LOCAL)).toMatchObject({ ok: false, status: "unauthorised" });
    expect(await counts()).toEqual(before);
  });

  it("re-fetches politely: a conditional request answered 304 makes no revision", async () => {
    const before = await counts();
    const requestsBefore = server.requests.length;
    const pass = await runWatchPass(db.prisma, { fetch: LOCAL });
    expect(pass.results).toEqual([{ statementId, outcome: "not_modified", message: `${server.origin}/press/2024/04/call answered 304 Not Modified.` }]);
    const sent = server.requests.slice(requestsBefore);
    expect(sent.map((r) => [r.path, r.headers["if-none-match"], r.headers["user-agent"]])).toEqual([["/press/2024/04/call", '"first"', USER_AGENT]]);
    expect(await counts()).toEqual({ ...before, checks: before.checks + 1 });
  });

  it("stores a silent edit as a revision changed at source, with both snapshots, keeping the editor's revisions and re-anchoring annotations", async () => {
    // An editor's own revision (a metadata-and-text edit) and an annotation on words that survive the edit at source.
    const stored = await db.prisma.statement.findUniqueOrThrow({ where: { id: statementId } });
    const edited = await updateStatement(db.prisma, { ...editInput(stored), body: stored.body.replace("Thursday", "Thursday,"), reason: "Punctuation as in the print edition" }, editor);
    expect(edited.ok).toBe(true);
    const afterEdit = await db.prisma.statement.findUniqueOrThrow({ where: { id: statementId } });
    const exact = "continue contacts at the level of";
    const start = afterEdit.body.indexOf(exact);
    const annotation = await createAnnotation(
      db.prisma,
      { statementId, version: afterEdit.version, start, end: start + exact.length, exact, verdict: "accurate", note: "Both sides say so.", sources: ["https://example.org/other-readout"] },
      editor,
    );
    if (!annotation.ok) throw new Error(JSON.stringify(annotation));
    const editorRevision = await db.prisma.statementRevision.findFirstOrThrow({ where: { statementId } });

    server.route("/press/2024/04/call", page(html(EDITED), "text/html; charset=utf-8", { etag: '"edited"' }));
    const pass = await runWatchPass(db.prisma, { fetch: LOCAL });
    expect(pass.counts).toEqual({ baseline: 0, unchanged: 0, not_modified: 0, changed: 1, failed: 0 });

    const now = await db.prisma.statement.findUniqueOrThrow({ where: { id: statementId } });
    expect([now.version, now.body]).toEqual([afterEdit.version + 1, EDITED.join("\n\n")]);
    const revisions = await db.prisma.statementRevision.findMany({ where: { statementId }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => [r.version, r.editorId, r.reason, r.body])).toEqual([
      [1, editor.id, "Punctuation as in the print edition", FIRST.join("\n\n")],
      [2, null, CHANGED_AT_SOURCE_REASON, afterEdit.body],
    ]);
    expect(revisions[0]).toEqual(editorRevision);

    const check = await db.prisma.sourceCheck.findFirstOrThrow({ where: { statementId, outcome: "changed" } });
    expect([check.fromVersion, check.toVersion, check.httpStatus]).toEqual([2, 3, 200]);
    const [before, after] = await Promise.all([check.beforeSnapshotId!, check.afterSnapshotId!].map((id) => db.prisma.sourceSnapshot.findUniqueOrThrow({ where: { id } })));
    expect([before.extractedText, after.extractedText, after.origin, after.etag, after.statementId]).toEqual([FIRST.join("\n\n"), EDITED.join("\n\n"), "watch", '"edited"', statementId]);
    expect(after.sha256).toBe(sha256Hex(new Uint8Array(Buffer.from(html(EDITED)))));

    const moved = await db.prisma.annotation.findFirstOrThrow({ where: { statementId } });
    expect([moved.orphaned, moved.anchoredVersion, now.body.slice(moved.start, moved.end)]).toEqual([false, 3, exact]);
    const watch = await db.prisma.sourceWatch.findUniqueOrThrow({ where: { statementId } });
    expect(watch.changedAtSourceAt?.toISOString()).toBe(check.checkedAt.toISOString());
    expect(watch.etag).toBe('"edited"');
  });

  it("records a failed check and never touches the text when the source fails", async () => {
    const stable = await db.prisma.statement.findUniqueOrThrow({ where: { id: statementId } });
    const failures: [string, (typeof server)["route"] extends (p: string, h: infer H) => void ? H : never, number | null, string][] = [
      ["500", (_, res) => void res.writeHead(500).end("down"), 500, `${server.origin}/press/2024/04/call answered HTTP 500.`],
      ["404", (_, res) => void res.writeHead(404).end("gone"), 404, `${server.origin}/press/2024/04/call answered HTTP 404 (not found).`],
      [
        "empty",
        page('<html><body><div id="root"></div></body></html>'),
        200,
        `The source now yields no statement text; the stored text is kept. No readable text was found at ${server.origin}/press/2024/04/call: the page may need JavaScript, or be empty.`,
      ],
      ["slow", (_, res) => void setTimeout(() => !res.destroyed && res.writeHead(200).end("late"), 2000).unref(), null, `${server.origin}/press/2024/04/call did not answer within 0.3 s.`],
    ];
    for (const [label, handler, status, message] of failures) {
      server.route("/press/2024/04/call", handler);
      const before = await counts();
      const pass = await runWatchPass(db.prisma, { fetch: { ...LOCAL, timeoutMs: 300 } });
      expect([label, pass.results]).toEqual([label, [{ statementId, outcome: "failed", message }]]);
      const check = await db.prisma.sourceCheck.findFirstOrThrow({ where: { statementId }, orderBy: { id: "desc" } });
      expect([check.outcome, check.httpStatus]).toEqual(["failed", status]);
      expect(await counts()).toEqual({ ...before, checks: before.checks + 1 });
    }
    const after = await db.prisma.statement.findUniqueOrThrow({ where: { id: statementId } });
    expect([after.version, after.body]).toEqual([stable.version, stable.body]);
  });

  it("calls a page with the same text unchanged, even without validators, and keeps no new snapshot", async () => {
    server.route("/press/2024/04/call", page(html(EDITED).replace("</footer>", " Updated hourly.</footer>")));
    const before = await counts();
    const pass = await runWatchPass(db.prisma, { fetch: LOCAL });
    expect(pass.results).toEqual([{ statementId, outcome: "unchanged", message: "The page changed but its statement text did not." }]);
    expect(await counts()).toEqual({ ...before, checks: before.checks + 1 });
  });

  it("takes a baseline for a pasted statement newly watched, and stops watching on request", async () => {
    server.route("/pasted", page(html(FIRST)));
    const created = await createStatement(
      db.prisma,
      { slug: "pasted", partyId, eventId, title: "Pasted", kind: "official_readout", sourceName: "MFA", sourceUrl: `${server.origin}/pasted`, publishedOn: "", language: "en", speaker: "", provenanceNote: "", body: "Typed by hand.", watch: "on" },
      editor,
    );
    if (!created.ok) throw new Error(`${created.message} ${JSON.stringify(created.fieldErrors)}`);
    const pasted = created.statement.id;
    const pass = await runWatchPass(db.prisma, { fetch: LOCAL });
    expect(pass.results.find((r) => r.statementId === pasted)).toEqual({ statementId: pasted, outcome: "baseline", message: "First snapshot of the source kept; later checks compare with it." });
    expect((await db.prisma.statement.findUniqueOrThrow({ where: { id: pasted } })).body).toBe("Typed by hand.");
    expect(await setWatched(db.prisma, { statementId: pasted, watched: "" }, editor)).toEqual({ ok: true, statementId: pasted, watched: false });
    const next = await runWatchPass(db.prisma, { fetch: LOCAL });
    expect(next.results.map((r) => r.statementId)).toEqual([statementId]);
    const noLink = await createStatement(
      db.prisma,
      { slug: "no-link", partyId, eventId, title: "No link", kind: "other", sourceName: "MFA", sourceUrl: "", publishedOn: "", language: "en", speaker: "", provenanceNote: "", body: "Text.", watch: "on" },
      editor,
    );
    expect(noLink).toMatchObject({ ok: false, fieldErrors: { watch: "Add the link to the source, or untick “Watch”." } });
  });

  it("publishes the change at source in valid Atom feeds, for all events and per event", async () => {
    const all = await listSourceChanges(db.prisma);
    const forEvent = await listSourceChanges(db.prisma, { eventSlug: "ministers-call" });
    expect(all).toHaveLength(1);
    expect(forEvent).toEqual(all);
    expect(await listSourceChanges(db.prisma, { eventSlug: "quiet-event" })).toEqual([]);
    expect(await listSourceChanges(db.prisma, { eventSlug: "no-such-event" })).toBeNull();

    const origin = "https://readout.example";
    const xml = renderSourceChangesAtom(all!, { selfUrl: `${origin}/feeds/source-changes`, pageUrl: origin, title: "Readout: changes at source", origin, now: new Date() });
    const document = new JSDOM(xml, { contentType: "application/xml" }).window.document; // throws on malformed XML
    const ATOM = "http://www.w3.org/2005/Atom";
    const feed = document.documentElement;
    expect([feed.namespaceURI, feed.localName]).toEqual([ATOM, "feed"]);
    const child = (parent: Element, name: string) => Array.from(parent.children).filter((c) => c.namespaceURI === ATOM && c.localName === name);
    for (const required of ["id", "title", "updated", "author"]) expect([required, child(feed, required).length]).toEqual([required, 1]);
    const entries = child(feed, "entry");
    expect(entries).toHaveLength(1);
    const entry = entries[0];
    expect(child(entry, "title")[0].textContent).toBe("Edited at source: Telephone conversation of the ministers (Ministry of Examples)");
    expect(child(entry, "id")[0].textContent).toBe(`${origin}/statements/${statementId}#source-change-${all![0].checkId}`);
    expect(child(entry, "updated")[0].textContent).toBe(all![0].detectedAt.toISOString());
    expect(Number.isNaN(Date.parse(child(feed, "updated")[0].textContent!))).toBe(false);
    expect(child(entry, "link")[0].getAttribute("href")).toBe(`${origin}/statements/${statementId}/history`);
    const content = child(entry, "content")[0];
    expect(content.getAttribute("type")).toBe("html");
    const diff = new JSDOM(content.textContent!).window.document;
    expect(Array.from(diff.querySelectorAll("del")).map((d) => d.textContent)).toEqual(["deputy ministers", "before the summer"]);
    expect(Array.from(diff.querySelectorAll("ins")).map((d) => d.textContent)).toEqual(["experts", "when conditions allow"]);
  });
});

describe("importing a statement from a PDF or a Word file", () => {
  it("pre-fills the form from a PDF's text layer and keeps the file as a snapshot", async () => {
    const pdf = textPdf([["Joint statement of the delegations", "after the second round."], ["The delegations will meet again in May."]], { title: "Joint statement", created: "20240502" });
    const preview = await previewFileImport(db.prisma, { bytes: pdf, name: "joint.pdf", type: "application/pdf" }, editor);
    if (!preview.ok) throw new Error(preview.message);
    expect([preview.prefill.title, preview.prefill.publishedOn, preview.prefill.body, preview.prefill.sourceUrl]).toEqual([
      "Joint statement",
      "2024-05-02",
      "Joint statement of the delegations after the second round.\n\nThe delegations will meet again in May.",
      "",
    ]);
    const snapshot = await db.prisma.sourceSnapshot.findUniqueOrThrow({ where: { id: Number(preview.prefill.snapshotId) } });
    expect([snapshot.origin, snapshot.fileName, snapshot.contentType, snapshot.byteLength, snapshot.sha256]).toEqual(["upload", "joint.pdf", "application/pdf", pdf.length, sha256Hex(pdf)]);
  });

  it("pre-fills the form from a .docx with its paragraphs", async () => {
    const file = docx("Press release", ["The parties signed the protocol.", "It enters into force on signature."]);
    const preview = await previewFileImport(db.prisma, { bytes: file, name: "release.docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }, editor);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.prefill.body).toBe("Press release\n\nThe parties signed the protocol.\n\nIt enters into force on signature.");
  });

  it("drops pending snapshots older than a day when the next import is previewed, and keeps attached ones", async () => {
    const stale = await db.prisma.sourceSnapshot.create({
      data: { origin: "upload", fileName: "old.txt", contentType: "text/plain", bytes: new Uint8Array([65]), byteLength: 1, sha256: "0".repeat(64), fetchedAt: new Date(), extractedText: "A", createdAt: new Date(Date.now() - PENDING_SNAPSHOT_TTL_MS - 60_000) },
    });
    const attached = await db.prisma.sourceSnapshot.count({ where: { statementId: { not: null } } });
    const preview = await previewFileImport(db.prisma, { bytes: new Uint8Array(Buffer.from("Plain text statement.\n\nSecond paragraph.")), name: "note.txt", type: "text/plain" }, editor);
    expect(preview).toMatchObject({ ok: true, prefill: { title: "Plain text statement.", body: "Plain text statement.\n\nSecond paragraph." } });
    expect(await db.prisma.sourceSnapshot.findUnique({ where: { id: stale.id } })).toBeNull();
    expect(await db.prisma.sourceSnapshot.count({ where: { statementId: { not: null } } })).toBe(attached);
  });

  it("suggests ASCII slugs from titles in any script", () => {
    expect(slugSuggestion("Café talks: Round 2 — “final”")).toBe("cafe-talks-round-2-final");
    expect(slugSuggestion("Переговоры министров")).toBe("imported-statement");
    expect(slugSuggestion("a".repeat(80))).toHaveLength(60);
  });

  it("refuses a PDF with no text layer, an empty file and an oversized one, writing nothing", async () => {
    const before = await counts();
    expect(await previewFileImport(db.prisma, { bytes: scannedLookingPdf(), name: "scan.pdf", type: "application/pdf" }, editor)).toMatchObject({
      ok: false,
      message: "“scan.pdf” has no text layer (it looks like a scanned image), so there is no text to import. Run OCR on it first, or paste the text.",
    });
    expect(await previewFileImport(db.prisma, { bytes: new Uint8Array(), name: "empty.pdf", type: "application/pdf" }, editor)).toMatchObject({ ok: false, message: "Choose a PDF, Word .docx, HTML or text file." });
    expect(await previewFileImport(db.prisma, { bytes: new Uint8Array(5 * 1024 * 1024 + 1), name: "huge.pdf", type: "application/pdf" }, editor)).toMatchObject({
      ok: false,
      message: "“huge.pdf” is 5.0 MB; a source file may be at most 5 MB.",
    });
    expect(await counts()).toEqual(before);
  });
});
