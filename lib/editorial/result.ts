/** What every editorial write returns: typed, serialisable, safe to hand to a form as its state. */
export type Failure = {
  ok: false;
  status: "unauthorised" | "invalid" | "not_found" | "conflict";
  message: string;
  fieldErrors?: Record<string, string>;
  /** Every problem found (bundle imports list them all). */
  problems?: string[];
  /** Set when status is "conflict": what is stored now and what the editor tried to save. */
  conflict?: Conflict;
};

export interface Conflict {
  statementId: number;
  baseVersion: number;
  stored: { version: number; title: string; body: string; updatedAt: string };
  yours: { title: string; body: string; reason: string };
}
export type Result<T = object> = ({ ok: true } & T) | Failure;

export const UNAUTHORISED: Failure = { ok: false, status: "unauthorised", message: "Log in as an editor to make changes." };

export function invalid(message: string, fieldErrors?: Record<string, string>): Failure {
  return { ok: false, status: "invalid", message, fieldErrors };
}

export function notFound(message: string): Failure {
  return { ok: false, status: "not_found", message };
}

/** The signed-in editor, as the data layer needs it. */
export interface EditorIdentity {
  id: number;
  email: string;
  name: string;
}
