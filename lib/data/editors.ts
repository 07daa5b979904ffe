import type { PrismaClient } from "../../generated/prisma/client";
import { hashPassword, verifyPassword } from "../auth/password";
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
    update: { name, passwordHash },
    select: identity,
  });
  return { ok: true, editor, created: !existing };
}

/** Email + password → the editor, or a failure that does not say which of the two was wrong. */
export async function authenticate(db: PrismaClient, input: unknown): Promise<Result<{ editor: EditorIdentity }>> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return invalid("Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const stored = await db.editor.findUnique({ where: { email: parsed.data.email } });
  const ok = await verifyPassword(parsed.data.password, stored?.passwordHash ?? null);
  if (!ok || !stored) return invalid("That email and password do not match an editor account.");
  return { ok: true, editor: { id: stored.id, email: stored.email, name: stored.name } };
}
