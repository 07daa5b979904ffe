import Link from "next/link";
import { pageLinks, type RowPage } from "@/lib/view/row-page";

interface PageLinksProps {
  page: RowPage<unknown>;
  href: (page: number) => string;
  /** What a row is called, plural: "claims", "lines". */
  noun: string;
  label: string;
}

/** "Rows 101–200 of 5,312" with links to the first, last and nearby pages; nothing when everything fits on one page. */
export function PageLinks({ page, href, noun, label }: PageLinksProps) {
  if (page.pages <= 1) return null;
  const last = page.first + page.items.length;
  const link = "rounded border border-slate-300 bg-white px-2 py-0.5 hover:bg-slate-100";
  return (
    <nav aria-label={label} className="no-print flex flex-wrap items-center gap-2 text-sm" data-testid="row-pages">
      <span className="text-slate-700">
        {noun[0].toUpperCase() + noun.slice(1)} {(page.first + 1).toLocaleString("en-US")}–{last.toLocaleString("en-US")} of{" "}
        {page.total.toLocaleString("en-US")} · page {page.page} of {page.pages}
      </span>
      {page.page > 1 && (
        <Link href={href(page.page - 1)} className={link} rel="prev">
          Previous
        </Link>
      )}
      {pageLinks(page.page, page.pages).map((p, i) =>
        p === null ? (
          <span key={`gap-${i}`} aria-hidden>
            …
          </span>
        ) : p === page.page ? (
          <span key={p} aria-current="page" className="rounded bg-slate-900 px-2 py-0.5 font-semibold text-white">
            {p}
          </span>
        ) : (
          <Link key={p} href={href(p)} className={link} aria-label={`Page ${p}`}>
            {p}
          </Link>
        ),
      )}
      {page.page < page.pages && (
        <Link href={href(page.page + 1)} className={link} rel="next">
          Next
        </Link>
      )}
    </nav>
  );
}
