const EXTENSIONS: Record<string, string> = {
  "text/html": "html",
  "application/xhtml+xml": "xhtml",
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "text/plain": "txt",
  "text/markdown": "md",
};

/** The file name a snapshot downloads as: snapshot-<id>-<first 12 hex of its SHA-256>.<extension of its type>. */
export function snapshotFileName(snapshot: { id: number; sha256: string; contentType: string; fileName: string | null }): string {
  const type = snapshot.contentType.split(";")[0].trim().toLowerCase();
  const extension = EXTENSIONS[type] ?? snapshot.fileName?.match(/\.([A-Za-z0-9]{1,8})$/)?.[1]?.toLowerCase() ?? "bin";
  return `snapshot-${snapshot.id}-${snapshot.sha256.slice(0, 12)}.${extension}`;
}

/**
 * Headers for a snapshot download: its own content type, but always as an attachment, never sniffed, and sandboxed
 * by CSP, so a stored page's scripts can never run on Readout's origin. The SHA-256, fetch time and final URL travel
 * with it so a citation can be checked.
 */
export function snapshotDownloadHeaders(snapshot: { id: number; sha256: string; contentType: string; fileName: string | null; finalUrl: string | null; fetchedAt: Date }): Headers {
  const headers = new Headers({
    "content-type": snapshot.contentType,
    "content-disposition": `attachment; filename="${snapshotFileName(snapshot)}"`,
    "x-content-type-options": "nosniff",
    "content-security-policy": "sandbox; default-src 'none'",
    "cache-control": "public, max-age=31536000, immutable",
    "x-snapshot-sha256": snapshot.sha256,
    "x-snapshot-fetched-at": snapshot.fetchedAt.toISOString(),
  });
  if (snapshot.finalUrl) headers.set("x-snapshot-url", snapshot.finalUrl); // a serialised URL: ASCII only
  return headers;
}
