import type { PrismaClient } from "../../generated/prisma/client";
import type { Tx } from "../db";
import { extractSource } from "../sources/extract";
import { ExtractionError } from "../sources/extracted";
import { fetchSource, SourceFetchError, type FetchedSource, type FetchOptions } from "../sources/fetch";
import { reanchorAnnotations } from "./annotations";
import { eventSizeProblemWith } from "./event-size";
import { fetchedSnapshotData } from "./snapshots";

/**
 * Watching published sources for silent edits (issue 13). One pass fetches each watched statement's source URL once,
 * politely (If-None-Match / If-Modified-Since from the last answer, the fetcher's User-Agent, one source at a time,
 * one fetch per URL per pass), and records a check:
 * - baseline: no snapshot yet (a pasted statement newly watched): the first snapshot is kept, the text untouched;
 * - not_modified: the server answered 304;
 * - unchanged: the bytes, or the text extracted from them, are the same as in the latest snapshot;
 * - changed: the extracted text differs: the new response is kept as a snapshot, the statement's text becomes the
 *   new text (the previous one kept as a revision with no editor and a "changed at source" reason, so editors'
 *   own revisions stay as they were), annotations are re-anchored, and the statement is flagged "edited at source";
 * - failed: the fetch was refused or failed (404, 5xx, timeout…) or the page extracts to nothing: the text is
 *   never touched, a failed fetch is not a deletion.
 */

export type CheckOutcome = "baseline" | "unchanged" | "not_modified" | "changed" | "failed";

export interface CheckResult {
  statementId: number;
  outcome: CheckOutcome;
  message: string;
}

/** The reason stored on the revision a change at source makes (the history page shows it). */
export const CHANGED_AT_SOURCE_REASON = "Changed at source: the published text was edited.";

type Fetched = { ok: true; fetched: FetchedSource } | { ok: false; error: SourceFetchError };

async function fetchOnce(url: string, options: FetchOptions): Promise<Fetched> {
  try {
    return { ok: true, fetched: await fetchSource(url, options) };
  } catch (error) {
    if (error instanceof SourceFetchError) return { ok: false, error };
    throw error;
  }
}

async function record(db: PrismaClient | Tx, statementId: number, checkedAt: Date, outcome: CheckOutcome, message: string, extra: { httpStatus?: number | null } = {}) {
  await db.sourceCheck.create({ data: { statementId, checkedAt, outcome, message, httpStatus: extra.httpStatus ?? null } });
  await db.sourceWatch.update({ where: { statementId }, data: { lastCheckedAt: checkedAt } });
  return { statementId, outcome, message };
}


/**
 * Checks one watched statement's source and records the outcome (see the module comment). `fetchCache` lets a pass
 * fetch a URL shared by several statements once. Never throws for a network or extraction problem.
 */
export async function checkWatchedSource(
  db: PrismaClient,
  statementId: number,
  options: { fetch?: FetchOptions; fetchCache?: Map<string, Promise<Fetched>> } = {},
): Promise<CheckResult> {
  const watch = await db.sourceWatch.findUnique({ where: { statementId }, include: { statement: { select: { sourceUrl: true } } } });
  if (!watch) throw new Error(`Statement ${statementId} is not watched`);
  const checkedAt = new Date();
  const url = watch.statement.sourceUrl;
  if (!url) return record(db, statementId, checkedAt, "failed", "The statement has no link to its source any more.");
  const previous = await db.sourceSnapshot.findFirst({
    where: { statementId },
    orderBy: [{ fetchedAt: "desc" }, { id: "desc" }],
    select: { id: true, sha256: true, extractedText: true },
  });
  // Validators only when there is a snapshot to fall back on: a 304 without one would leave nothing to compare.
  const validators = previous ? { etag: watch.etag, lastModified: watch.lastModified } : {};
  const key = `${url}\n${validators.etag ?? ""}\n${validators.lastModified ?? ""}`;
  const cache = options.fetchCache ?? new Map<string, Promise<Fetched>>();
  if (!cache.has(key)) cache.set(key, fetchOnce(url, { ...options.fetch, ...validators }));
  const answer = await cache.get(key)!;
  if (!answer.ok) return record(db, statementId, checkedAt, "failed", answer.error.message, { httpStatus: answer.error.status });
  const fetched = answer.fetched;
  const keepValidators = { etag: fetched.etag ?? watch.etag, lastModified: fetched.lastModified ?? watch.lastModified };
  if (fetched.notModified) return record(db, statementId, checkedAt, "not_modified", `${fetched.finalUrl} answered 304 Not Modified.`, { httpStatus: 304 });
  await db.sourceWatch.update({ where: { statementId }, data: keepValidators });
  if (previous && fetched.sha256 === previous.sha256) {
    return record(db, statementId, checkedAt, "unchanged", "The source is byte-for-byte the same.", { httpStatus: fetched.status });
  }
  let text: string;
  try {
    text = (await extractSource(fetched.bytes, fetched.contentType, fetched.finalUrl, fetched.contentLanguage)).body;
  } catch (error) {
    if (!(error instanceof ExtractionError)) throw error;
    return record(db, statementId, checkedAt, "failed", `The source now yields no statement text; the stored text is kept. ${error.message}`, { httpStatus: fetched.status });
  }
  if (!previous) {
    await db.sourceSnapshot.create({ data: fetchedSnapshotData(statementId, "watch", fetched, text) });
    return record(db, statementId, checkedAt, "baseline", "First snapshot of the source kept; later checks compare with it.", { httpStatus: fetched.status });
  }
  if (text === previous.extractedText) {
    return record(db, statementId, checkedAt, "unchanged", "The page changed but its statement text did not.", { httpStatus: fetched.status });
  }
  const { eventId } = await db.statement.findUniqueOrThrow({ where: { id: statementId }, select: { eventId: true } });
  const sizeProblem = await eventSizeProblemWith(db, eventId, text, statementId);
  if (sizeProblem) {
    return record(db, statementId, checkedAt, "failed", `The source's new text is not kept: ${sizeProblem}`, { httpStatus: fetched.status });
  }
  return db.$transaction(async (tx: Tx) => {
    const stored = await tx.statement.findUniqueOrThrow({ where: { id: statementId }, select: { version: true, title: true, body: true } });
    const snapshot = await tx.sourceSnapshot.create({ data: fetchedSnapshotData(statementId, "watch", fetched, text), select: { id: true } });
    const nextVersion = stored.version + 1;
    await tx.statementRevision.create({
      data: { statementId, version: stored.version, title: stored.title, body: stored.body, editorId: null, reason: CHANGED_AT_SOURCE_REASON },
    });
    const written = await tx.statement.updateMany({ where: { id: statementId, version: stored.version }, data: { body: text, version: nextVersion } });
    if (written.count !== 1) throw new Error("Statement changed during the source check");
    await reanchorAnnotations(tx, statementId, text, nextVersion);
    const message = `The text published at ${fetched.finalUrl} changed: version ${nextVersion} holds it, version ${stored.version} is kept.`;
    await tx.sourceCheck.create({
      data: {
        statementId,
        checkedAt,
        outcome: "changed",
        message,
        httpStatus: fetched.status,
        fromVersion: stored.version,
        toVersion: nextVersion,
        beforeSnapshotId: previous.id,
        afterSnapshotId: snapshot.id,
      },
    });
    await tx.sourceWatch.update({ where: { statementId }, data: { lastCheckedAt: checkedAt, changedAtSourceAt: checkedAt } });
    return { statementId, outcome: "changed" as const, message };
  });
}

export interface WatchPassSummary {
  checked: number;
  counts: Record<CheckOutcome, number>;
  results: CheckResult[];
}

/**
 * One watch pass over every active watch (oldest check first), one source at a time. Returns what happened to each.
 * `fetch` passes limits and allowed hosts to the fetcher (tests point it at their local server).
 */
export async function runWatchPass(db: PrismaClient, options: { fetch?: FetchOptions } = {}): Promise<WatchPassSummary> {
  const watches = await db.sourceWatch.findMany({ where: { active: true }, orderBy: [{ lastCheckedAt: { sort: "asc", nulls: "first" } }, { statementId: "asc" }], select: { statementId: true } });
  const fetchCache = new Map<string, Promise<Fetched>>();
  const results: CheckResult[] = [];
  for (const { statementId } of watches) results.push(await checkWatchedSource(db, statementId, { fetch: options.fetch, fetchCache }));
  const counts: Record<CheckOutcome, number> = { baseline: 0, unchanged: 0, not_modified: 0, changed: 0, failed: 0 };
  for (const result of results) counts[result.outcome] += 1;
  return { checked: results.length, counts, results };
}
