import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/editor/LoginForm";
import { safeRedirectTarget } from "@/lib/auth/redirect-target";
import { optionalEditor } from "@/lib/auth/require";

export const metadata: Metadata = { title: "Editor login" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const target = safeRedirectTarget(next);
  if (await optionalEditor()) redirect(safeRedirectTarget(next));
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="font-serif text-2xl font-semibold">Editor login</h1>
      <p className="mt-1 text-sm text-slate-700">Reading is open to everyone; adding, editing, importing and annotating need an editor account.</p>
      <p className="mt-2 text-sm text-slate-700" data-testid="accounts-note">
        There is no sign-up: an administrator creates editor accounts. Ask yours for one.
      </p>
      <div className="mt-4">
        <LoginForm next={target} />
      </div>
    </div>
  );
}
