import type { Metadata } from "next";
import { BackLink } from "@/components/BackLink";
import Link from "next/link";
import { ImportForm } from "@/components/editor/ImportForm";
import { requireEditor } from "@/lib/auth/require";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  await requireEditor("/editor/import");
  return (
    <div className="max-w-3xl space-y-4">
      <BackLink href="/editor" label="Editor" />
      <h1 className="font-serif text-3xl font-semibold">Import a bundle</h1>
      <p className="text-slate-700">
        A JSON bundle holds one or more events with their parties and statements. It is imported all-or-nothing: any problem and nothing is
        written. The format is described in{" "}
        <Link href="/about/import-format" className="text-blue-800 underline">
          the bundle format
        </Link>
        ; <code>docs/samples/sample-bundle.json</code> is an example.
        To add a single statement from pasted text or a .txt, .md or .html file, open an event and use “Add a statement”, or{" "}
        <Link href="/editor/events/new" className="text-blue-800 underline">
          create a new event
        </Link>
        .
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <ImportForm />
      </div>
    </div>
  );
}
