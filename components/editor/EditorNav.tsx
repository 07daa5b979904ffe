"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { logoutAction } from "@/app/login/actions";

type Session = { editor: { name: string } | null };

/**
 * The header's editor links: "Log in" for readers; the editor's name, Editor and Log out once signed in. A client
 * island asking /api/session, so the root layout reads no cookie and every public page stays cacheable. Asked again
 * on each navigation, so logging in or out shows at once.
 */
export function EditorNav() {
  const pathname = usePathname();
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    let live = true;
    fetch("/api/session", { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<Session>) : { editor: null }))
      .then((value) => live && setSession(value))
      .catch(() => live && setSession({ editor: null }));
    return () => {
      live = false;
    };
  }, [pathname]);
  const link = "text-slate-700 underline-offset-4 hover:underline focus:outline-2 focus:outline-blue-700";
  if (!session?.editor) {
    return (
      <Link href="/login" className={link} aria-busy={session === null}>
        Log in
      </Link>
    );
  }
  return (
    <span className="inline-flex items-baseline gap-4">
      <Link href="/editor" className={link}>
        Editor
      </Link>
      <span className="hidden text-slate-600 md:inline" data-testid="signed-in-as">
        {session.editor.name}
      </span>
      <form action={logoutAction} className="inline">
        <button type="submit" className={`${link} cursor-pointer`}>
          Log out
        </button>
      </form>
    </span>
  );
}
