import Link from "next/link";
import type { ExchangeWithParticipants } from "@/lib/data/events";
import { exchangeKindLabel } from "@/lib/domain/kinds";
import { formatDate } from "@/lib/format";

interface ExchangeChooserProps {
  exchanges: ExchangeWithParticipants[];
  current: string | null;
  /** The page's URL with the exchange set (null: every exchange). */
  href: (exchange: string | null) => string;
}

/** Which exchange of the event to compare: its statements only, gaps only among them. Part of the URL. */
export function ExchangeChooser({ exchanges, current, href }: ExchangeChooserProps) {
  if (exchanges.length < 2) return null;
  const item = (key: string | null, label: React.ReactNode) => (
    <li key={key ?? "all"}>
      <Link
        href={href(key)}
        aria-current={current === key ? "page" : undefined}
        className={`inline-block rounded-full border px-3 py-1 text-sm ${current === key ? "border-slate-800 bg-slate-800 text-white" : "border-slate-300 bg-white text-slate-800 hover:border-slate-500"}`}
      >
        {label}
      </Link>
    </li>
  );
  return (
    <nav aria-label="Exchanges" className="no-print" data-testid="exchange-chooser">
      <ul className="flex flex-wrap items-center gap-2">
        <li className="text-sm font-semibold text-slate-700">Exchange:</li>
        {item(null, "All exchanges")}
        {exchanges.map((exchange) =>
          item(
            exchange.slug,
            <>
              {exchange.title}{" "}
              <span className="opacity-80">
                ({exchangeKindLabel(exchange.kind).toLowerCase()}
                {exchange.occurredOn ? `, ${formatDate(exchange.occurredOn)}` : ""})
              </span>
            </>,
          ),
        )}
      </ul>
    </nav>
  );
}
