"use server";

import { redirect } from "next/navigation";
import { getSession } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { authenticate } from "@/lib/data/editors";
import { loginThrottle } from "@/lib/auth/throttle";
import { errorState, type FormState } from "@/lib/editorial/form-state";
import { invalid } from "@/lib/editorial/result";

/** Only same-site paths are followed after login (no open redirect). */
function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === "string" ? value : "";
  return next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/editor";
}

export async function loginAction(_: FormState, form: FormData): Promise<FormState> {
  const email = String(form.get("email") ?? "");
  const values = { email, next: String(form.get("next") ?? "") };
  const key = email.trim().toLowerCase();
  const wait = loginThrottle.retryAfter(key);
  if (wait > 0) {
    return errorState(invalid(`Too many failed attempts for this account. Try again in ${Math.ceil(wait / 60_000)} minute(s).`), values);
  }
  const result = await authenticate(prisma, { email, password: String(form.get("password") ?? "") });
  if (!result.ok) {
    loginThrottle.fail(key);
    return errorState(result, values);
  }
  loginThrottle.succeed(key);
  const session = await getSession();
  session.editorId = result.editor.id;
  await session.save();
  redirect(safeNext(form.get("next")));
}

export async function logoutAction(): Promise<void> {
  const session = await getSession();
  session.destroy();
  redirect("/");
}
