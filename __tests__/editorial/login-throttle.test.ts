/** @jest-environment node */
import { LoginThrottle } from "@/lib/auth/throttle";

test("five failures lock an email for the window; a success or the window's end lets it in again", () => {
  let now = 1_000_000;
  const throttle = new LoginThrottle(5, 60_000, () => now);
  for (let i = 0; i < 4; i++) throttle.fail("ana@example.org");
  expect(throttle.retryAfter("ana@example.org")).toBe(0);
  throttle.fail("ana@example.org");
  expect(throttle.retryAfter("ana@example.org")).toBe(60_000);
  expect(throttle.retryAfter("bob@example.org")).toBe(0);

  now += 30_000;
  expect(throttle.retryAfter("ana@example.org")).toBe(30_000);
  now += 30_001;
  expect(throttle.retryAfter("ana@example.org")).toBe(0);

  for (let i = 0; i < 5; i++) throttle.fail("bob@example.org");
  throttle.succeed("bob@example.org");
  expect(throttle.retryAfter("bob@example.org")).toBe(0);
});
