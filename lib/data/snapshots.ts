import type { PrismaClient } from "../../generated/prisma/client";
import type { Tx } from "../db";
import { isRecordId } from "../domain/record-id";
import { invalid, notFound, UNAUTHORISED, type EditorIdentity, type Result } from "../editorial/result";
import { extractSource } from "../sources/extract";
import { ExtractionError, type ExtractedSource } from "../sources/extracted";
import { fetchSource, sha256Hex, SourceFetchError, type FetchedSource, type FetchOptions } from "../sources/fetch";
import { MAX_SOURCE_BYTES } from "../sources/limits";


/**
 * A snapshot row for a fetched source: the bytes as received with their type, URLs, validators, SHA-256 and the
 * extracted text. `statementId` null: pending until the statement is saved (an import's preview).
 */
export function fetchedSnapshotData(statementId: number | null, origin: "url" | "watch", fetched: FetchedSource, extractedText: string) {
  return {
    statementId,
    origin,
    requestedUrl: fetched.requestedUrl,
    finalUrl: fetched.finalUrl,
    contentType: fetched.contentType,
    bytes: new Uint8Array(fetched.bytes),
    byteLength: fetched.bytes.length,
    sha256: fetched.sha256,
    fetchedAt: fetched.fetchedAt,
    etag: fetched.etag,
    lastModified: fetched.lastModified,
    extractedText,
  };
}
/** A pending snapshot (an import previewed but never saved) is removed after this long (ms). */
export const PENDING_SNAPSHOT_TTL_MS = 24 * 60 * 60 * 1000;

/** What the statement form is pre-filled with after an import: the same fields the editor would type. */
export interface StatementPrefill {
  title: string;
  slug: string;
  kind: string;
  sourceName: string;
  sourceUrl: string;
  publishedOn: string;
  language: string;
  speaker: string;
  provenanceNote: string;
  body: string;
  /** The pending snapshot the save will attach to the new statement. */
  snapshotId: string;
}

/** A slug suggestion from a title: ASCII letters and digits, single hyphens, at most 60 characters. */
export function slugSuggestion(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "imported-statement";
}

function prefillOf(extracted: ExtractedSource, snapshotId: number, source: { url?: string; fileName?: string; fetchedAt: Date; sha256: string }): StatementPrefill {
  const host = source.url ? new URL(source.url).hostname.replace(/^www\./, "") : "";
  const where = source.url ? `Imported from ${source.url}` : `Imported from the file “${source.fileName}”`;
  return {
    title: extracted.title,
    slug: slugSuggestion(extracted.title),
    kind: "official_readout",
    sourceName: extracted.sourceName ?? host,
    sourceUrl: source.url ?? "",
    publishedOn: extracted.publishedOn ?? "",
    language: extracted.language ?? "en",
    speaker: "",
    provenanceNote: `${where} on ${source.fetchedAt.toISOString().slice(0, 16).replace("T", " ")} UTC; snapshot SHA-256 ${source.sha256.slice(0, 16)}…`,
    body: extracted.body,
    snapshotId: String(snapshotId),
  };
}

async function dropStalePending(db: PrismaClient, now: Date) {
  await db.sourceSnapshot.deleteMany({ where: { statementId: null, createdAt: { lt: new Date(now.getTime() - PENDING_SNAPSHOT_TTL_MS) } } });
}

/**
 * Fetches a readout's URL (lib/sources/fetch: SSRF-guarded, 5 redirects / 5 MB / 15 s), extracts its text, and keeps
 * the response as a pending snapshot for the save. Returns the pre-filled form values; on any refusal or an
 * extraction with no text, returns an `invalid` failure with the fetcher's message and writes nothing.
 */
export async function previewUrlImport(
  db: PrismaClient,
  rawUrl: unknown,
  editor: EditorIdentity | null,
  options: FetchOptions = {},
): Promise<Result<{ prefill: StatementPrefill }>> {
  if (!editor) return UNAUTHORISED;
  const url = typeof rawUrl === "string" ? rawUrl.trim() : "";
  if (!url) return invalid("Paste the address of the readout.", { url: "An address is required." });
  try {
    const fetched = await fetchSource(url, options);
    const extracted = await extractSource(fetched.bytes, fetched.contentType, fetched.finalUrl, fetched.contentLanguage);
    await dropStalePending(db, fetched.fetchedAt);
    const snapshot = await db.sourceSnapshot.create({ data: fetchedSnapshotData(null, "url", fetched, extracted.body), select: { id: true } });
    return { ok: true, prefill: prefillOf(extracted, snapshot.id, { url: fetched.finalUrl, fetchedAt: fetched.fetchedAt, sha256: fetched.sha256 }) };
  } catch (error) {
    if (error instanceof SourceFetchError || error instanceof ExtractionError) return invalid(error.message, { url: error.message });
    throw error;
  }
}

/**
 * Extracts an uploaded PDF, .docx, HTML or text file and keeps its bytes as a pending snapshot. Refuses (writing
 * nothing) an empty file, one over 5 MB, an unsupported type, and a PDF without a text layer, with a clear message.
 */
export async function previewFileImport(
  db: PrismaClient,
  file: { bytes: Uint8Array; name: string; type: string } | null,
  editor: EditorIdentity | null,
): Promise<Result<{ prefill: StatementPrefill }>> {
  if (!editor) return UNAUTHORISED;
  if (!file || file.bytes.length === 0) return invalid("Choose a PDF, Word .docx, HTML or text file.", { file: "Choose a file that is not empty." });
  if (file.bytes.length > MAX_SOURCE_BYTES) {
    const message = `“${file.name}” is ${(file.bytes.length / (1024 * 1024)).toFixed(1)} MB; a source file may be at most 5 MB.`;
    return invalid(message, { file: message });
  }
  try {
    const extracted = await extractSource(file.bytes, file.type, file.name);
    const fetchedAt = new Date();
    const sha256 = sha256Hex(file.bytes);
    await dropStalePending(db, fetchedAt);
    const snapshot = await db.sourceSnapshot.create({
      data: {
        origin: "upload",
        fileName: file.name,
        contentType: file.type || "application/octet-stream",
        bytes: new Uint8Array(file.bytes),
        byteLength: file.bytes.length,
        sha256,
        fetchedAt,
        extractedText: extracted.body,
      },
      select: { id: true },
    });
    return { ok: true, prefill: prefillOf(extracted, snapshot.id, { fileName: file.name, fetchedAt, sha256 }) };
  } catch (error) {
    if (error instanceof ExtractionError) return invalid(error.message, { file: error.message });
    throw error;
  }
}

/**
 * Inside the transaction that creates a statement: attaches the pending snapshot `snapshotId` to it and, when asked
 * and the statement has a source URL, starts watching that URL (with the snapshot's validators). Returns an error
 * message when the snapshot is unknown or already belongs to a statement (nothing is attached then).
 */
export async function attachSnapshot(tx: Tx, snapshotId: number, statementId: number, watch: boolean): Promise<string | null> {
  const attached = await tx.sourceSnapshot.updateMany({ where: { id: snapshotId, statementId: null }, data: { statementId } });
  if (attached.count !== 1) return "The imported source is no longer available (it was saved already, or expired after a day): import it again.";
  if (watch) await startWatching(tx, statementId);
  return null;
}

/** Starts (or resumes) watching a statement's source, taking the validators of its latest snapshot of that URL. */
async function startWatching(tx: Tx | PrismaClient, statementId: number) {
  const latest = await tx.sourceSnapshot.findFirst({
    where: { statementId, finalUrl: { not: null } },
    orderBy: { fetchedAt: "desc" },
    select: { etag: true, lastModified: true },
  });
  await tx.sourceWatch.upsert({
    where: { statementId },
    create: { statementId, active: true, etag: latest?.etag ?? null, lastModified: latest?.lastModified ?? null },
    update: { active: true },
  });
}

/** Turns watching a statement's source on or off; only a statement with a source URL can be watched. */
export async function setWatched(
  db: PrismaClient,
  input: { statementId: unknown; watched: unknown },
  editor: EditorIdentity | null,
): Promise<Result<{ statementId: number; watched: boolean }>> {
  if (!editor) return UNAUTHORISED;
  const statementId = Number(input.statementId);
  const watched = input.watched === true || input.watched === "on" || input.watched === "true";
  const statement = await db.statement.findUnique({ where: { id: Number.isInteger(statementId) ? statementId : -1 }, select: { id: true, sourceUrl: true } });
  if (!statement) return notFound("That statement does not exist (it may have been deleted).");
  if (watched && !statement.sourceUrl) return invalid("Only a statement with a link to its source can be watched: add the link first.");
  if (watched) await startWatching(db, statementId);
  else await db.sourceWatch.updateMany({ where: { statementId }, data: { active: false } });
  return { ok: true, statementId, watched };
}

/** One snapshot's bytes for download, only when it belongs to that statement; null otherwise. */
export async function getSnapshotFile(db: PrismaClient, statementId: number, snapshotId: number) {
  if (![statementId, snapshotId].every(isRecordId)) return null; // beyond the Int column Prisma throws instead of finding nothing
  return db.sourceSnapshot.findFirst({
    where: { id: snapshotId, statementId },
    select: { id: true, bytes: true, contentType: true, fileName: true, finalUrl: true, sha256: true, fetchedAt: true },
  });
}

/** The statement page's source panel: snapshots (no bytes), the watch state and the latest checks. */
export async function getSourceRecord(db: PrismaClient, statementId: number) {
  const [snapshots, watch, checks, lastChange] = await Promise.all([
    db.sourceSnapshot.findMany({
      where: { statementId },
      orderBy: { fetchedAt: "desc" },
      select: { id: true, origin: true, finalUrl: true, fileName: true, contentType: true, byteLength: true, sha256: true, fetchedAt: true },
    }),
    db.sourceWatch.findUnique({ where: { statementId } }),
    db.sourceCheck.findMany({ where: { statementId }, orderBy: [{ checkedAt: "desc" }, { id: "desc" }], take: 10 }),
    db.sourceCheck.findFirst({ where: { statementId, outcome: "changed" }, orderBy: [{ checkedAt: "desc" }, { id: "desc" }] }),
  ]);
  let change = null;
  if (lastChange?.beforeSnapshotId && lastChange.afterSnapshotId) {
    const [before, after] = await Promise.all(
      [lastChange.beforeSnapshotId, lastChange.afterSnapshotId].map((id) => db.sourceSnapshot.findUnique({ where: { id }, select: { extractedText: true } })),
    );
    if (before && after) change = { check: lastChange, before: before.extractedText, after: after.extractedText };
  }
  return { snapshots, watch, checks, change };
}
