import type { Metadata } from "next";
import Link from "next/link";
import { EditorNav } from "@/components/editor/EditorNav";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Readout", template: "%s · Readout" },
  description: "Compare each party's readout of the same call: who reported what, who left what out, who quotes whom faithfully.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
          Skip to content
        </a>
        <header className="site-header border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-screen-2xl items-baseline gap-4 px-4 py-3 sm:px-6">
            <Link href="/" className="font-serif text-xl font-bold tracking-tight text-slate-900">
              Readout
            </Link>
            <span className="hidden text-sm text-slate-600 sm:inline">Who reported what, who left what out, who quotes whom faithfully</span>
            <nav className="ml-auto flex items-baseline gap-4 text-sm">
              <Link href="/" className="text-slate-700 underline-offset-4 hover:underline">
                Events
              </Link>
              <Link href="/about" className="text-slate-700 underline-offset-4 hover:underline">
                How to read
              </Link>
              <EditorNav />
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-screen-2xl px-4 py-6 sm:px-6">
          {children}
        </main>
      </body>
    </html>
  );
}
