import fc from "fast-check";
import { eventViewQuery, parseEventViewState } from "@/lib/view/event-view-state";
import { pageLinks, pageOf, pageOfIndex, pagesTogether, parsePageParam } from "@/lib/view/row-page";

describe("pages of rows", () => {
  const rows = Array.from({ length: 250 }, (_, i) => `row-${i}`);

  test("page 2 holds the rows right after page 1, and the last page the rest", () => {
    const first = pageOf(rows, 1);
    const second = pageOf(rows, 2);
    const third = pageOf(rows, 3);
    expect(first).toMatchObject({ page: 1, pages: 3, total: 250, first: 0 });
    expect(first.items).toEqual(rows.slice(0, 100));
    expect(second.items[0]).toBe("row-100");
    expect(second.items).toEqual(rows.slice(100, 200));
    expect(third.items).toEqual(rows.slice(200));
    expect(pageOf(rows, 99)).toMatchObject({ page: 3, first: 200 }); // past the end: the last page
    expect(pageOf([], 4)).toMatchObject({ page: 1, pages: 1, items: [], total: 0 });
  });

  test("every row is on exactly one page, in order, and pageOfIndex finds it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 1, max: 60 }), (length, size) => {
        const list = Array.from({ length }, (_, i) => i);
        const { pages } = pageOf(list, 1, size);
        const joined: number[] = [];
        for (let p = 1; p <= pages; p++) for (const item of pageOf(list, p, size).items) joined.push(item);
        expect(joined).toEqual(list);
        for (let i = 0; i < length; i += 7) expect(pageOf(list, pageOfIndex(i, size), size).items).toContain(i);
      }),
    );
  });

  test("lists paged together share the page count of the longest; a shorter one is empty past its end", () => {
    const [claims, names] = pagesTogether([rows, rows.slice(0, 30)], 2);
    expect(claims).toMatchObject({ page: 2, pages: 3, total: 250 });
    expect(claims.items[0]).toBe("row-100");
    expect(names).toMatchObject({ page: 2, pages: 3, total: 30, items: [] });
  });

  test("page links: first, last and two either side, gaps as null", () => {
    expect(pageLinks(7, 20)).toEqual([1, null, 5, 6, 7, 8, 9, null, 20]);
    expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(2, 9)).toEqual([1, 2, 3, 4, null, 9]);
  });
});

describe("page= in the URL (zod)", () => {
  test("a whole number from 1 is taken; anything else is ignored with a notice", () => {
    expect(parsePageParam("3")).toEqual({ page: 3, notice: null });
    expect(parsePageParam(undefined)).toEqual({ page: 1, notice: null });
    for (const bad of ["0", "-2", "1.5", "two", "1e400"]) {
      expect(parsePageParam(bad)).toEqual({ page: 1, notice: `The page must be a whole number from 1; “${bad}” was ignored.` });
    }
  });

  test("the event view state keeps the page; any other change goes back to page 1; only aligned and coverage carry it", () => {
    const slugs = ["a", "b", "c"];
    const state = parseEventViewState(slugs, { page: "4" });
    expect(state.page).toBe(4);
    expect(eventViewQuery(state, slugs)).toBe("?page=4");
    expect(eventViewQuery(state, slugs, { page: 5 })).toBe("?page=5");
    expect(eventViewQuery(state, slugs, { filter: { kind: "unique", statement: "b" } })).toBe("?filter=unique%3Ab");
    expect(eventViewQuery(state, slugs, { view: "quotes", page: 2 })).toBe("?view=quotes");
    expect(eventViewQuery(parseEventViewState(slugs, { view: "coverage", page: "2" }), slugs)).toBe("?view=coverage&page=2");
    expect(parseEventViewState(slugs, { page: "x" }).notices).toEqual(["The page must be a whole number from 1; “x” was ignored."]);
  });
});
