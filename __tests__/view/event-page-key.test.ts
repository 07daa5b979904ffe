import fc from "fast-check";
import { CACHEABLE_QUERY_MAX_CHARS, isCacheableQuery, queryToSegment, segmentToQuery } from "@/lib/view/event-page-key";

describe("event page query as a cache-route segment", () => {
  test("the empty query is '-', and a query survives the round trip with repeated names as arrays", () => {
    expect(queryToSegment("")).toBe("-");
    expect(segmentToQuery("-")).toEqual({});
    expect(segmentToQuery(queryToSegment("?view=coverage&show=a,b&q=caf%C3%A9&show=c"))).toEqual({ view: "coverage", show: ["a,b", "c"], q: "café" });
  });

  test("any single-valued query round-trips, and the segment holds no '/', '?', '#' or '='", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.string()), (query) => {
        const segment = queryToSegment(new URLSearchParams(query).toString());
        expect(segment).not.toMatch(/[/?#=]/);
        expect(segmentToQuery(segment)).toEqual(Object.keys(query).length ? query : {});
      }),
    );
  });

  test("only the page's own names, once each (statement= may repeat), and a bounded length are served from cache", () => {
    expect(isCacheableQuery("")).toBe(true);
    expect(isCacheableQuery("?view=coverage&page=2&sort=reach")).toBe(true);
    expect(isCacheableQuery("statement=a&statement=b&base=a")).toBe(true);
    expect(isCacheableQuery("view=aligned&utm_source=x")).toBe(false);
    expect(isCacheableQuery("page=1&page=2")).toBe(false);
    expect(isCacheableQuery(`q=${"x".repeat(CACHEABLE_QUERY_MAX_CHARS)}`)).toBe(false);
    expect(isCacheableQuery(`q=${"x".repeat(CACHEABLE_QUERY_MAX_CHARS - 2)}`)).toBe(true);
  });
});
