import { redirect, unstable_rethrow } from "next/navigation";
import type { EditorIdentity } from "../editorial/result";
import { safeRedirectTarget } from "./redirect-target";
import { currentEditor } from "./session";

/** For editor pages: the signed-in editor, or a redirect to the login page that comes back to `path`. */
export async function requireEditor(path: string): Promise<EditorIdentity> {
  const editor = await currentEditor();
  if (!editor) redirect(`/login?next=${encodeURIComponent(safeRedirectTarget(path))}`);
  return editor;
}

/** For public pages: the editor when one is signed in, null otherwise (or when sessions are not configured). */
export async function optionalEditor(): Promise<EditorIdentity | null> {
  try {
    return await currentEditor();
  } catch (error) {
    unstable_rethrow(error); // Next's own signals (dynamic rendering, redirects) must pass through
    return null;
  }
}
