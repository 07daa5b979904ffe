import fc from "fast-check";
import { CACHEABLE_QUERY_MAX_CHARS, isCacheableQuery, MalformedPageKeyError, queryToSegment, segmentToQuery } from "@/lib/view/event-page-key";

const GEN = "mi6x2k3a_0";

describe("event page query and write generation as a cache-route segment", () => {
  test("the empty query is '-' after the generation, and a query survives the round trip with repeated names as arrays", () => {
    expect(queryToSegment("", GEN)).toBe("mi6x2k3a_0~-");
    expect(segmentToQuery("mi6x2k3a_0~-")).toEqual({ generation: GEN, query: {} });
    expect(segmentToQuery(queryToSegment("?view=coverage&show=a,b&q=caf%C3%A9&show=c", "k_1z"))).toEqual({
      generation: "k_1z",
      query: { view: "coverage", show: ["a,b", "c"], q: "café" },
    });
    // Next may hand the segment over percent-encoded.
    expect(segmentToQuery("mi6x2k3a_0%7E-")).toEqual({ generation: GEN, query: {} });
  });

  test("any single-valued query round-trips, and the segment holds no '/', '?', '#' or '='", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.string()), (query) => {
        const segment = queryToSegment(new URLSearchParams(query).toString(), GEN);
        expect(segment).not.toMatch(/[/?#=]/);
        expect(segmentToQuery(segment)).toEqual({ generation: GEN, query: Object.keys(query).length ? query : {} });
      }),
    );
  });

  test("keys of different generations never coincide, for any query", () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.nat(), (search, a, b) => {
        fc.pre(a !== b);
        const query = new URLSearchParams({ q: search }).toString();
        expect(queryToSegment(query, `k_${a.toString(36)}`)).not.toBe(queryToSegment(query, `k_${b.toString(36)}`));
      }),
    );
  });

  test("a segment without a well-formed generation and query is refused", () => {
    for (const bad of ["-", "dmlldz1jb3ZlcmFnZQ", "~-", "k~-", "_1~-", "K_1~-", "k_1~", "k_1~a=b", "k_1~-~-", "k_1-~-", "k_1~a/b"]) {
      expect(() => segmentToQuery(bad)).toThrow(MalformedPageKeyError);
    }
    expect(() => queryToSegment("", "k~1")).toThrow("Not a write generation");
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
