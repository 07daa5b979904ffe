import { MAX_QUERY_LENGTH } from "@/lib/data/search";

export function SearchForm({ query }: { query: string }) {
  return (
    <form action="/" method="get" role="search" className="flex max-w-xl gap-2">
      <label htmlFor="search-q" className="sr-only">
        Search titles and statement text
      </label>
      <input
        id="search-q"
        name="q"
        type="search"
        defaultValue={query}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Search titles and statement text…"
        className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-3 py-1.5 focus:outline-2 focus:outline-blue-700"
      />
      <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-slate-700">
        Search
      </button>
    </form>
  );
}
