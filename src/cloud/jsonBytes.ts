/**
 * The size in UTF-8 of `JSON.stringify(value)`, counted without building that string. The cloud
 * weighs every backup part and text history this way; for the heavy phone's 10,000 texts the
 * string and its encoding cost this browser more than 100 ms of the main thread, on every load.
 * The count is exact (a test checks it against JSON.stringify); what is not plain data (an
 * object with toJSON, a class instance) is measured by JSON.stringify itself.
 */
const encoder = new TextEncoder();
/** Characters JSON writes unescaped, one byte each in UTF-8. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

export function jsonBytes(value: unknown): number {
  // Texts repeat ("On my way"): each distinct string is measured once.
  const strings = new Map<string, number>();
  const path = new Set<object>();
  const stringBytes = (s: string): number => {
    let n = strings.get(s);
    if (n === undefined) {
      n = PLAIN.test(s) ? s.length + 2 : encoder.encode(JSON.stringify(s)).length;
      strings.set(s, n);
    }
    return n;
  };
  /** Bytes of `v` as JSON writes it; undefined where JSON leaves it out (undefined, functions). */
  const bytes = (v: unknown): number | undefined => {
    switch (typeof v) {
      case 'string':
        return stringBytes(v);
      case 'number':
        return Number.isFinite(v) ? String(v).length : 4; // NaN and Infinity are written null
      case 'boolean':
        return v ? 4 : 5;
      case 'object':
        return v === null ? 4 : objectBytes(v);
      case 'bigint':
        return encoder.encode(JSON.stringify(v)).length; // throws, as JSON.stringify does
      default:
        return undefined;
    }
  };
  const objectBytes = (o: object): number | undefined => {
    const proto = Object.getPrototypeOf(o) as unknown;
    const plain = Array.isArray(o) || proto === Object.prototype || proto === null;
    if (!plain || typeof (o as { toJSON?: unknown }).toJSON === 'function') {
      const json = JSON.stringify(o);
      return json === undefined ? undefined : encoder.encode(json).length;
    }
    if (path.has(o)) throw new TypeError('Converting circular structure to JSON');
    path.add(o);
    let n = 2; // the brackets
    if (Array.isArray(o)) {
      for (let i = 0; i < o.length; i++) n += (i > 0 ? 1 : 0) + (bytes(o[i]) ?? 4); // left out: null
    } else {
      let first = true;
      for (const key of Object.keys(o)) {
        const b = bytes((o as Record<string, unknown>)[key]);
        if (b === undefined) continue;
        n += (first ? 0 : 1) + stringBytes(key) + 1 + b; // comma, "key", colon, value
        first = false;
      }
    }
    path.delete(o);
    return n;
  };
  return bytes(value) ?? 0;
}
