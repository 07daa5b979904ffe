import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import { renderDoc } from "@/lib/view/markdown-doc";

export const metadata: Metadata = { title: "Bundle format" };

/** docs/import-format.md as a page of the app, linked from the import page. */
export default function ImportFormatPage() {
  return (
    <div className="max-w-3xl space-y-4">
      <BackLink href="/editor/import" label="Import" />
      <article
        data-testid="import-format-doc"
        className="prose-doc space-y-3 rounded-lg border border-slate-200 bg-white p-6 leading-relaxed shadow-sm [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h1]:font-serif [&_h1]:text-3xl [&_h1]:font-semibold [&_h2]:mt-6 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-4 [&_h3]:font-semibold [&_li]:ml-5 [&_li]:list-disc [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-3 [&_pre]:text-sm [&_table]:text-sm [&_td]:border [&_td]:border-slate-200 [&_td]:px-2 [&_th]:border [&_th]:border-slate-200 [&_th]:px-2"
        dangerouslySetInnerHTML={{ __html: renderDoc("import-format") }}
      />
    </div>
  );
}
