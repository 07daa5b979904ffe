import { isNotModified, validatorHeaders, type Validators } from "./conditional";

export function jsonError(status: 400 | 404 | 406 | 500 | 503, error: string, details?: unknown): Response {
  return Response.json({ error, ...(details === undefined ? {} : { details }) }, { status });
}

/** A JSON body with ETag/Last-Modified, or 304 with no body when the client already has it. */
export function conditionalJson(request: Request, validators: Validators, body: () => unknown): Response {
  const headers = validatorHeaders(validators);
  if (isNotModified(request.headers, validators)) return new Response(null, { status: 304, headers });
  return Response.json(body(), { headers });
}
