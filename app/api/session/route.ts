import { optionalEditor } from "@/lib/auth/require";

export const dynamic = "force-dynamic";

/**
 * Who is signed in, for the header's client island (components/editor/EditorNav): `{ editor: { name } | null }`.
 * The pages themselves never read the session cookie, so they can be rendered once and served from cache.
 */
export async function GET() {
  const editor = await optionalEditor();
  return Response.json(
    { editor: editor ? { name: editor.name } : null },
    { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } },
  );
}
