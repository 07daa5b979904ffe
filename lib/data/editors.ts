import type { PrismaClient } from "../../generated/prisma/client";
import { hashPassword, verifyPassword } from "../auth/password";
import { admitLoginAttempt, forgetOldLoginAttempts, settleLoginAttempt } from "../auth/throttle";
import { editorSchema, fieldErrorsOf, loginSchema } from "../editorial/schemas";
import { invalid, type EditorIdentity, type Result } from "../editorial/result";

const identity = { id: true, email: true, name: true } as const;

/**
 * Creates an editor, or with `replace` resets an existing editor's name and password (for the CLI script and the
 * environment bootstrap). Not reachable from the web UI: only someone with shell access can add editors.
 */
export async function createEditor(
  db: PrismaClient,
  input: { email: string; name: string; password: string },
  { replace = false } = {},
): Promise<Result<{ editor: EditorIdentity; created: boolean }>> {
  const parsed = editorSchema.safeParse(input);
  if (!parsed.success) return invalid("The editor's details are not valid.", fieldErrorsOf(parsed.error));
  const { email, name, password } = parsed.data;
  const existing = await db.editor.findUnique({ where: { email }, select: identity });
  if (existing && !replace) return invalid(`An editor with the email ${email} already exists.`, { email: "Already registered." });
  const passwordHash = await hashPassword(password);
  const editor = await db.editor.upsert({
    where: { email },
    create: { email, name, passwordHash },
    // A reset ends every session the editor had (see lib/auth/session.ts).
    update: { name, passwordHash, sessionVersion: { increment: 1 } },
    select: identity,
  });
  return { ok: true, editor, created: !existing };
}

/** Removes an editor; their sessions end with the row (lib/auth/session.ts finds no editor). */
export async function removeEditor(db: PrismaClient, email: string): Promise<boolean> {
  const { count } = await db.editor.deleteMany({ where: { email: email.trim().toLowerCase() } });
  return count === 1;
}

/**
 * Email + password from client `address` → the editor (with the sessionVersion a new session must carry), or a
 * failure that does not say which of the two was wrong. The attempt is counted by the login throttle before the
 * password is checked (lib/auth/throttle.ts); a refused attempt never reaches bcrypt.
 */
export async function authenticate(
  db: PrismaClient,
  input: unknown,
  address: string,
): Promise<Result<{ editor: EditorIdentity & { sessionVersion: number } }>> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return invalid("Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const { email, password } = parsed.data;
  const verdict = await admitLoginAttempt(db, email, address);
  if (!verdict.admitted) return invalid(verdict.message);
  const stored = await db.editor.findUnique({ where: { email } });
  const ok = (await verifyPassword(password, stored?.passwordHash ?? null)) && stored !== null;
  await settleLoginAttempt(db, email, address, ok);
  if (!ok || !stored) return invalid("That email and password do not match an editor account.");
  await forgetOldLoginAttempts(db);
  return { ok: true, editor: { id: stored.id, email: stored.email, name: stored.name, sessionVersion: stored.sessionVersion } };
}
