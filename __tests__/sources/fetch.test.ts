/** @jest-environment node */
import zlib from "node:zlib";
import { embeddedIpv4, refusedAddressReason } from "@/lib/sources/address";
import { fetchSource, sha256Hex, SourceFetchError } from "@/lib/sources/fetch";
import { allowedHostsFromEnv, USER_AGENT } from "@/lib/sources/limits";
import { page, redirect, startSourceServer, type SourceServer } from "../helpers/source-server";

const LOCAL = ["127.0.0.1"]; // the test server; everything else keeps the default refusals

async function refusal(promise: Promise<unknown>): Promise<SourceFetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SourceFetchError) return error;
    throw error;
  }
  throw new Error("expected the fetch to be refused");
}

describe("which addresses the fetcher refuses", () => {
  it.each([
    ["127.0.0.1", "a loopback address"],
    ["127.255.0.9", "a loopback address"],
    ["10.1.2.3", "a private network address"],
    ["172.31.255.255", "a private network address"],
    ["192.168.0.10", "a private network address"],
    ["100.64.0.1", "a carrier-grade NAT (shared) address"],
    ["169.254.169.254", "a cloud metadata address"],
    ["169.254.10.10", "a link-local address"],
    ["0.0.0.0", 'an unspecified ("this network") address'],
    ["224.0.0.1", "a multicast address"],
    ["::1", "a loopback address"],
    ["::", "an unspecified address"],
    ["fd12:3456::1", "a private (unique local) address"],
    ["fe80::1", "a link-local address"],
    ["fd00:ec2::254", "a cloud metadata address"],
    ["::ffff:127.0.0.1", "a loopback address (127.0.0.1, inside an IPv6 address)"],
    ["::ffff:7f00:1", "a loopback address (127.0.0.1, inside an IPv6 address)"],
    ["::ffff:a9fe:a9fe", "a cloud metadata address (169.254.169.254, inside an IPv6 address)"],
    ["64:ff9b::10.0.0.1", "a private network address (10.0.0.1, inside an IPv6 address)"],
    ["2002:c0a8:0101::1", "a private network address (192.168.1.1, inside an IPv6 address)"],
  ])("%s is %s", (address, reason) => {
    expect(refusedAddressReason(address)).toBe(reason);
  });

  it.each(["93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:8.8.8.8", "2002:0808:0808::1"])("%s is public", (address) => {
    expect(refusedAddressReason(address)).toBeNull();
  });

  it("finds the IPv4 address in every IPv6 form that carries one, and none in others", () => {
    expect(embeddedIpv4("::ffff:1.2.3.4")).toBe("1.2.3.4");
    expect(embeddedIpv4("::ffff:0:1.2.3.4")).toBe("1.2.3.4");
    expect(embeddedIpv4("::1.2.3.4")).toBe("1.2.3.4");
    expect(embeddedIpv4("::1")).toBeNull();
    expect(embeddedIpv4("2001:db8::1")).toBeNull();
  });

  it("reads the allowed hosts from READOUT_FETCH_ALLOW_HOSTS", () => {
    expect(allowedHostsFromEnv({ READOUT_FETCH_ALLOW_HOSTS: " 127.0.0.1, Mirror.Internal ,[::1]," })).toEqual(["127.0.0.1", "mirror.internal", "::1"]);
    expect(allowedHostsFromEnv({})).toEqual([]);
  });
});

describe("fetching a source from a local HTTP server", () => {
  let server: SourceServer;
  const article = "<html><body><p>A page written for the fetcher test.</p></body></html>";

  beforeAll(async () => {
    server = await startSourceServer({
      "/readout": page(article),
      "/hop1": redirect("/hop2", 301),
      "/hop2": redirect("/hop3", 307),
      "/hop3": redirect("/readout", 302),
      "/loop": redirect("/loop"),
      "/to-localhost": (_, res) => void res.writeHead(302, { location: `http://localhost:${server.port}/readout` }).end(),
      "/to-private": redirect("http://192.168.1.1/admin"),
      "/to-metadata": redirect("http://169.254.169.254/latest/meta-data/"),
      "/to-file": redirect("file:///etc/passwd"),
      "/big": (_, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = Buffer.alloc(64 * 1024, "a");
        let sent = 0;
        const pump = () => {
          while (sent < 8 * 1024 * 1024 && !res.destroyed) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once("drain", pump);
          }
          res.end();
        };
        pump();
      },
      "/big-declared": (_, res) => void res.writeHead(200, { "content-type": "text/html", "content-length": String(6 * 1024 * 1024) }).end(),
      "/gzip-bomb": (_, res) => void res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(zlib.gzipSync(Buffer.alloc(6 * 1024 * 1024, "b"))),
      "/gzipped": (_, res) => void res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(zlib.gzipSync(article)),
      "/slow": (_, res) => void setTimeout(() => !res.destroyed && res.writeHead(200, { "content-type": "text/html" }).end(article), 3000).unref(),
      "/slow-body": (_, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        res.write("<html><body>");
        setTimeout(() => !res.destroyed && res.end("</body></html>"), 3000).unref();
      },
      "/gone": (_, res) => void res.writeHead(410, { "content-type": "text/plain" }).end("gone"),
      "/validated": page(article, "text/html", { etag: '"v1"' }),
    });
  });
  afterAll(() => server.close());

  it("follows redirects to the final page, keeps its bytes, type and SHA-256, and says who is asking", async () => {
    const fetched = await fetchSource(`${server.origin}/hop1`, { allowHosts: LOCAL });
    expect(fetched.finalUrl).toBe(`${server.origin}/readout`);
    expect(fetched.requestedUrl).toBe(`${server.origin}/hop1`);
    expect(fetched.redirects).toBe(3);
    expect(fetched.status).toBe(200);
    expect(fetched.contentType).toBe("text/html; charset=utf-8");
    expect(Buffer.from(fetched.bytes).toString("utf8")).toBe(article);
    expect(fetched.sha256).toBe(sha256Hex(new Uint8Array(Buffer.from(article))));
    expect(fetched.sha256).toMatch(/^[0-9a-f]{64}$/);
    const last = server.requests.at(-1)!;
    expect(last.headers["user-agent"]).toBe(USER_AGENT);
  });

  it("decodes a gzipped body", async () => {
    const fetched = await fetchSource(`${server.origin}/gzipped`, { allowHosts: LOCAL });
    expect(Buffer.from(fetched.bytes).toString("utf8")).toBe(article);
  });

  it("gives up after 5 redirects", async () => {
    const error = await refusal(fetchSource(`${server.origin}/loop`, { allowHosts: LOCAL }));
    expect(error.refusal).toBe("too_many_redirects");
    expect(error.message).toBe(`${server.origin}/loop redirected more than 5 times; gave up at ${server.origin}/loop.`);
  });

  it("refuses loopback, private and metadata addresses, given directly or by a name that resolves to them", async () => {
    for (const [url, message] of [
      [`${server.origin}/readout`, `Refused to fetch ${server.origin}/readout: it is a loopback address. Only public internet addresses are fetched.`],
      [`http://localhost:${server.port}/readout`, `Refused to fetch http://localhost:${server.port}/readout: localhost resolves to 127.0.0.1, a loopback address. Only public internet addresses are fetched.`],
      ["http://10.0.0.5/", "Refused to fetch http://10.0.0.5/: it is a private network address. Only public internet addresses are fetched."],
      ["http://169.254.169.254/latest/meta-data/", "Refused to fetch http://169.254.169.254/latest/meta-data/: it is a cloud metadata address. Only public internet addresses are fetched."],
      ["http://[::1]:80/", "Refused to fetch http://[::1]/: it is a loopback address. Only public internet addresses are fetched."],
      ["http://[::ffff:127.0.0.1]/", "Refused to fetch http://[::ffff:7f00:1]/: it is a loopback address (127.0.0.1, inside an IPv6 address). Only public internet addresses are fetched."],
      ["http://2130706433/", "Refused to fetch http://127.0.0.1/: it is a loopback address. Only public internet addresses are fetched."],
    ]) {
      const error = await refusal(fetchSource(url)); // no allowed hosts at all
      expect([error.refusal, error.message]).toEqual(["refused_address", message]);
    }
  });

  it("refuses a redirect to loopback (by name), a private range, the metadata address or another scheme, checked at each hop", async () => {
    const before = server.requests.length;
    const toLocalhost = await refusal(fetchSource(`${server.origin}/to-localhost`, { allowHosts: LOCAL }));
    expect(toLocalhost.message).toBe(
      `Refused to fetch http://localhost:${server.port}/readout: localhost resolves to 127.0.0.1, a loopback address. Only public internet addresses are fetched.`,
    );
    expect((await refusal(fetchSource(`${server.origin}/to-private`, { allowHosts: LOCAL }))).message).toBe(
      "Refused to fetch http://192.168.1.1/admin: it is a private network address. Only public internet addresses are fetched.",
    );
    expect((await refusal(fetchSource(`${server.origin}/to-metadata`, { allowHosts: LOCAL }))).refusal).toBe("refused_address");
    const toFile = await refusal(fetchSource(`${server.origin}/to-file`, { allowHosts: LOCAL }));
    expect([toFile.refusal, toFile.message]).toEqual(["scheme", "Only http:// and https:// addresses can be fetched, not file:// (file:///etc/passwd)."]);
    // Only the four first hops reached the server; the refused targets were never requested.
    expect(server.requests.slice(before).map((r) => r.path)).toEqual(["/to-localhost", "/to-private", "/to-metadata", "/to-file"]);
  });

  it("refuses non-HTTP schemes, credentials and malformed addresses before any connection", async () => {
    expect((await refusal(fetchSource("file:///etc/passwd"))).message).toBe("Only http:// and https:// addresses can be fetched, not file:// (file:///etc/passwd).");
    expect((await refusal(fetchSource("ftp://example.org/x"))).refusal).toBe("scheme");
    expect((await refusal(fetchSource("javascript:alert(1)"))).refusal).toBe("scheme");
    expect((await refusal(fetchSource(`http://user:pw@127.0.0.1:${server.port}/readout`, { allowHosts: LOCAL }))).refusal).toBe("credentials");
    expect((await refusal(fetchSource("not a url"))).message).toBe("“not a url” is not a valid web address.");
  });

  it("stops reading a body past 5 MB, whether announced, streamed or compressed", async () => {
    for (const path of ["/big", "/big-declared", "/gzip-bomb"]) {
      const error = await refusal(fetchSource(`${server.origin}${path}`, { allowHosts: LOCAL }));
      expect([path, error.refusal, error.message]).toEqual([path, "too_large", `${server.origin}${path} is larger than 5 MB; nothing was kept.`]);
    }
  });

  it("stops waiting at the time limit, for the headers or for the body", async () => {
    for (const path of ["/slow", "/slow-body"]) {
      const started = Date.now();
      const error = await refusal(fetchSource(`${server.origin}${path}`, { allowHosts: LOCAL, timeoutMs: 500 }));
      expect([error.refusal, error.message]).toEqual(["timeout", `${server.origin}${path} did not answer within 0.5 s.`]);
      expect(Date.now() - started).toBeLessThan(2500);
    }
  });

  it("reports an HTTP error status with the status", async () => {
    const error = await refusal(fetchSource(`${server.origin}/gone`, { allowHosts: LOCAL }));
    expect([error.refusal, error.status, error.message]).toEqual(["http_status", 410, `${server.origin}/gone answered HTTP 410.`]);
    expect((await refusal(fetchSource(`${server.origin}/nowhere`, { allowHosts: LOCAL }))).message).toBe(`${server.origin}/nowhere answered HTTP 404 (not found).`);
  });

  it("sends the validators it was given and reports a 304 as not modified", async () => {
    const first = await fetchSource(`${server.origin}/validated`, { allowHosts: LOCAL });
    expect(first.etag).toBe('"v1"');
    const again = await fetchSource(`${server.origin}/validated`, { allowHosts: LOCAL, etag: first.etag });
    expect([again.status, again.notModified, again.bytes.length]).toEqual([304, true, 0]);
    expect(server.requests.at(-1)!.headers["if-none-match"]).toBe('"v1"');
  });
});
