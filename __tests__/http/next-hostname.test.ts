import { nextHostnameFor } from "@/lib/http/next-hostname";

// Next writes loopback addresses as "localhost" in proxy.ts's rewrites; the host name Next is given must match, or
// the rewrite goes out through Next's HTTP proxy (a second request per event page).
describe("nextHostnameFor", () => {
  test("loopback addresses and localhost become localhost", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost", "LOCALHOST"]) expect(nextHostnameFor(host)).toBe("localhost");
  });
  test("other addresses and host names are given as they are", () => {
    for (const host of ["0.0.0.0", "::", "192.168.1.20", "readout.example.org", "128.0.0.1", "localhost.example.org"]) expect(nextHostnameFor(host)).toBe(host);
  });
});
