import Link from "next/link";
import { logoutAction } from "@/app/login/actions";
import { optionalEditor } from "@/lib/auth/require";

/** The header's editor links: "Log in" for readers; the editor's name, Editor and Log out once signed in. */
export async function EditorNav() {
  const editor = await optionalEditor();
  const link = "text-slate-700 underline-offset-4 hover:underline focus:outline-2 focus:outline-blue-700";
  if (!editor) {
    return (
      <Link href="/login" className={link}>
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
        {editor.name}
      </span>
      <form action={logoutAction} className="inline">
        <button type="submit" className={`${link} cursor-pointer`}>
          Log out
        </button>
      </form>
    </span>
  );
}
