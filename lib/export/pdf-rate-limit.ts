/** PDFs one client may ask for per window; the export's other formats are not limited (they cost no browser). */
export const PDF_REQUESTS_PER_WINDOW = 6;
/** The window of the PDF rate limit (ms). */
export const PDF_WINDOW_MS = 60_000;

const windows = new Map<string, { start: number; count: number }>();

/**
 * Counts one PDF request of `client` at `now` (epoch ms, fixed windows of PDF_WINDOW_MS) and returns 0 when it is
 * allowed, else the seconds until the client's window ends. Per process: each app instance counts its own.
 */
export function pdfRetryAfter(client: string, now: number = Date.now()): number {
  let window = windows.get(client);
  if (!window || now - window.start >= PDF_WINDOW_MS) {
    if (windows.size > 10_000) windows.clear(); // bound the memory; a reset only forgives
    window = { start: now, count: 0 };
    windows.set(client, window);
  }
  if (window.count >= PDF_REQUESTS_PER_WINDOW) return Math.ceil((window.start + PDF_WINDOW_MS - now) / 1000);
  window.count++;
  return 0;
}
