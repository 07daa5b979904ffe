"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/auth/client-address";
import { safeRedirectTarget } from "@/lib/auth/redirect-target";
import { endSession, startSession } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { authenticate } from "@/lib/data/editors";
import { errorState, type FormState } from "@/lib/editorial/form-state";

export async function loginAction(_: FormState, form: FormData): Promise<FormState> {
  const email = String(form.get("email") ?? "");
  const values = { email, next: String(form.get("next") ?? "") };
  const address = clientAddress(await headers());
  const result = await authenticate(prisma, { email, password: String(form.get("password") ?? "") }, address);
  if (!result.ok) return errorState(result, values);
  await startSession(result.editor);
  redirect(safeRedirectTarget(form.get("next")));
}

export async function logoutAction(): Promise<void> {
  await endSession();
  redirect("/");
}
