/**
 * The largest request body a server action reads: Next's `experimental.serverActions.bodySizeLimit` in
 * next.config.js must say the same (a test checks). It sits above every documented limit a single form can
 * reach, so the app answers those with its own message instead of the framework's 413 ("This page couldn't
 * load"): the worst case is the import form with a 5 MB file AND 5 MB of pasted JSON (refused as "not both"),
 * plus multipart overhead. Limits: lib/editorial/text.ts (MAX_UPLOAD_BYTES, MAX_STATEMENT_BYTES).
 */
export const MAX_ACTION_BODY_BYTES = 12 * 1024 * 1024;
