"use server";

import { redirect } from "next/navigation";
import { getSession } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { authenticate } from "@/lib/data/editors";
import { errorState, type FormState } from "@/lib/editorial/form-state";

/** Only same-site paths are followed after login (no open redirect). */
function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === "string" ? value : "";
  return next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/editor";
}

export async function loginAction(_: FormState, form: FormData): Promise<FormState> {
  const email = String(form.get("email") ?? "");
  const result = await authenticate(prisma, { email, password: String(form.get("password") ?? "") });
  if (!result.ok) return errorState(result, { email, next: String(form.get("next") ?? "") });
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
