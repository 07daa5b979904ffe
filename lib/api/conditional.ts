import crypto from "node:crypto";

export interface Validators {
  etag: string;
  lastModified: Date;
}

/**
 * Validators from what the response is built of: statement ids and versions plus update times, so any edit
 * changes the ETag. HTTP dates have second precision, so Last-Modified is rounded down to the second.
 */
export function validatorsFor(parts: (string | number)[], updatedAt: Date[]): Validators {
  const hash = crypto.createHash("sha256").update(parts.join("|")).digest("base64url").slice(0, 27);
  const newest = updatedAt.reduce((max, d) => Math.max(max, d.getTime()), 0);
  return { etag: `"${hash}"`, lastModified: new Date(Math.floor(newest / 1000) * 1000) };
}

/** True when the client's copy is current (If-None-Match wins over If-Modified-Since, as RFC 9110 says). */
export function isNotModified(headers: Headers, validators: Validators): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch) {
    const tags = ifNoneMatch.split(",").map((t) => t.trim().replace(/^W\//, ""));
    return tags.includes("*") || tags.includes(validators.etag);
  }
  const ifModifiedSince = headers.get("if-modified-since");
  if (ifModifiedSince) {
    const since = Date.parse(ifModifiedSince);
    return !Number.isNaN(since) && validators.lastModified.getTime() <= since;
  }
  return false;
}

export function validatorHeaders(validators: Validators): Record<string, string> {
  return {
    ETag: validators.etag,
    "Last-Modified": validators.lastModified.toUTCString(),
    // Readers may keep a copy but must check it is current before using it.
    "Cache-Control": "public, no-cache",
  };
}
