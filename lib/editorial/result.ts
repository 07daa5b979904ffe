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
  /** Set when an annotation edit lost the race: the judgement stored now and the editor's own. */
  annotationConflict?: AnnotationConflict;
};

export interface Conflict {
  statementId: number;
  baseVersion: number;
  stored: { version: number; title: string; body: string; updatedAt: string };
  yours: { title: string; body: string; reason: string };
}
/** An annotation's judgement as stored or as submitted (sources are http(s) links). */
export interface AnnotationJudgement {
  verdict: string;
  note: string;
  sources: string[];
}

export interface AnnotationConflict {
  annotationId: number;
  baseVersion: number;
  stored: AnnotationJudgement & { version: number; editedByName: string | null; updatedAt: string };
  yours: AnnotationJudgement;
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
