/**
 * An approximate heap size in bytes of a plain data structure (what a cached comparison is): 2 bytes per UTF-16
 * code unit of each distinct string, 8 bytes per array slot or property value, plus a fixed 32-byte header per
 * object, array, Map or Set (V8's pointer-compressed layout rounded up). Shared objects and strings count once.
 * Walked iteratively, so depth cannot overflow the stack. Good to within a small factor, which is what a cache
 * budget needs; not a measurement.
 */
export function approximateBytes(root: unknown): number {
  const HEADER = 32;
  const SLOT = 8;
  const seenObjects = new Set<object>();
  const seenStrings = new Set<string>();
  const stack: unknown[] = [root];
  let bytes = 0;
  while (stack.length) {
    const value = stack.pop();
    if (typeof value === "string") {
      if (!seenStrings.has(value)) {
        seenStrings.add(value);
        bytes += HEADER + value.length * 2;
      }
      continue;
    }
    if (!value || typeof value !== "object" || seenObjects.has(value)) continue;
    seenObjects.add(value);
    bytes += HEADER;
    if (ArrayBuffer.isView(value)) {
      bytes += value.byteLength;
    } else if (value instanceof Map) {
      bytes += value.size * 2 * SLOT;
      for (const [key, item] of value) stack.push(key, item);
    } else if (value instanceof Set) {
      bytes += value.size * SLOT;
      for (const item of value) stack.push(item);
    } else if (Array.isArray(value)) {
      bytes += value.length * SLOT;
      for (const item of value) stack.push(item);
    } else {
      for (const key in value) {
        bytes += SLOT;
        stack.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return bytes;
}
