/** @jest-environment node */
import fc from "fast-check";
import { safeRedirectTarget } from "@/lib/auth/redirect-target";

const FALLBACK = "/editor";

describe("safeRedirectTarget", () => {
  test.each([
    ["/editor/events/3", "/editor/events/3"],
    ["/statements/12?saved=text", "/statements/12?saved=text"],
    ["/events/sample-call?view=coverage#row-2", "/events/sample-call?view=coverage#row-2"],
    ["/editor/./parties/../events", "/editor/events"],
    ["/search?q=caf%C3%A9", "/search?q=caf%C3%A9"],
  ])("keeps the same-origin path %j", (value, expected) => {
    expect(safeRedirectTarget(value)).toBe(expected);
  });

  test.each([
    ["backslash after the slash", "/\\evil.example/"],
    ["encoded backslash", "/%5Cevil.example/"],
    ["double-encoded backslash", "/%255Cevil.example/"],
    ["tab", "/\t/evil.example/"],
    ["encoded tab", "/%09/evil.example/"],
    ["newline", "/\n/evil.example/"],
    ["encoded newline", "/%0A/evil.example"],
    ["carriage return", "/\r\nSet-Cookie: x=1"],
    ["NUL", "/\u0000/evil.example"],
    ["C1 control (NEL)", "/\u0085/evil.example"],
    ["line separator", "/\u2028/evil.example"],
    ["protocol-relative", "//evil.example/"],
    ["encoded protocol-relative", "/%2Fevil.example/"],
    ["double-encoded protocol-relative", "/%252F%252Fevil.example/"],
    ["absolute http", "http://evil.example/"],
    ["absolute https", "https://evil.example/editor"],
    ["scheme without slashes", "https:evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["relative path", "editor"],
    ["leading space", " //evil.example"],
    ["malformed escape", "/%E0%A4%A"],
    ["empty", ""],
    ["too long", `/${"a".repeat(2000)}`],
  ])("refuses %s", (_name, value) => {
    expect(safeRedirectTarget(value)).toBe(FALLBACK);
  });

  test("non-strings (FormData files, arrays, null) give the fallback", () => {
    expect(safeRedirectTarget(null)).toBe(FALLBACK);
    expect(safeRedirectTarget(["/editor/parties"])).toBe(FALLBACK);
    expect(safeRedirectTarget(new Blob(["/editor"]))).toBe(FALLBACK);
    expect(safeRedirectTarget(undefined, "/")).toBe("/");
  });

  test("whatever it returns, a browser resolves to this origin (property)", () => {
    const origin = "https://readout.example";
    const pieces = fc.constantFrom("/", "\\", "%5C", "%2F", "%09", "\t", "\n", "%0A", ".", "..", "evil.example", ":", "@", "?", "#", "%", "%25", "a");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join("")), (value) => {
        const target = safeRedirectTarget(value);
        // WHATWG URL parsing is what browsers do with a Location header.
        expect(new URL(target, origin).origin).toBe(origin);
        expect(/[\\\u0000-\u001F]/.test(target)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});

test("every redirect in app/ and lib/ goes through safeRedirectTarget (the next redirect added must too)", () => {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const fs = require("node:fs") as typeof import("node:fs");
  const path = require("node:path") as typeof import("node:path");
  /* eslint-enable @typescript-eslint/no-require-imports */
  const root = path.join(__dirname, "..", "..");
  const offenders: string[] = [];
  let redirects = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        fs.readFileSync(full, "utf8")
          .split("\n")
          .forEach((line, i) => {
            if (!/\b(redirect|permanentRedirect)\(/.test(line) || /^\s*(import|\*|\/\/)/.test(line)) return;
            redirects += 1;
            if (!/\b(redirect|permanentRedirect)\((`\/login\?next=\$\{encodeURIComponent\()?safeRedirectTarget\(/.test(line) && !/redirect\("\/[^"]*"\)/.test(line)) {
              offenders.push(`${path.relative(root, full)}:${i + 1}: ${line.trim()}`);
            }
          });
      }
    }
  };
  walk(path.join(root, "app"));
  walk(path.join(root, "lib"));
  expect(redirects).toBeGreaterThanOrEqual(10);
  expect(offenders).toEqual([]);
});
