/**
 * The size in bytes of `value` as UTF-8 JSON, which is what the cloud stores and counts: the
 * length of `JSON.stringify(value)` encoded as UTF-8 (0 when that is undefined), and the same
 * errors (a BigInt, a cycle).
 *
 * Counted without making the JSON: a heavy phone's 10,000 texts are 1 MB of it, and writing that
 * string out and counting it took the phone's load 70 to 130 ms on this machine; this walk takes
 * 20 to 35 ms (cold) and leaves no megabyte string for the garbage collector.
 */
export function jsonBytes(value: unknown): number {
  const size = new JsonSizer().property(value, '');
  return size < 0 ? 0 : size;
}

/** Sizes known without a walk: lists that were weighed as they were made (device/recipes.ts). */
const known = new WeakMap<object, number>();

/**
 * Records that `value`, which must not change from now on (a frozen list of values nothing
 * mutates), is `bytes` long as JSON, so that jsonBytes need not walk it.
 */
export function rememberJsonBytes(value: object, bytes: number): void {
  known.set(value, bytes);
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Control characters JSON.stringify writes as a two-character escape (\b \t \n \f \r). */
const SHORT_ESCAPES = new Set([0x08, 0x09, 0x0a, 0x0c, 0x0d]);

/** Follows JSON.stringify's steps (ECMA-262 SerializeJSONProperty), adding up lengths. */
class JsonSizer {
  /** The arrays and objects being walked, outermost first: a cycle meets one again. */
  private readonly open: object[] = [];

  /** The bytes `value` takes as the property `key`, or -1 when JSON leaves it out. */
  property(value: unknown, key: string | number): number {
    if ((typeof value === 'object' && value !== null) || typeof value === 'bigint') {
      const toJSON = (value as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') value = (toJSON as (k: string) => unknown).call(value, String(key));
    }
    switch (typeof value) {
      case 'string':
        return quotedBytes(value);
      case 'number':
        return numberBytes(value);
      case 'boolean':
        return value ? 4 : 5;
      case 'bigint':
        throw new TypeError('Do not know how to serialize a BigInt');
      case 'object':
        if (value === null) return 4;
        if (value instanceof Number) return numberBytes(Number(value));
        if (value instanceof String) return quotedBytes(String(value));
        if (value instanceof Boolean) return value.valueOf() ? 4 : 5;
        return Array.isArray(value) ? this.array(value) : this.object(value);
      default:
        return -1; // undefined, a function, a symbol
    }
  }

  private array(values: unknown[]): number {
    const size = known.get(values);
    if (size !== undefined) return size;
    this.enter(values);
    let bytes = 2 + Math.max(0, values.length - 1); // brackets and commas
    for (let i = 0; i < values.length; i++) {
      const size = this.property(values[i], i);
      bytes += size < 0 ? 4 : size; // left out in an array: null
    }
    this.open.pop();
    return bytes;
  }

  private object(value: object): number {
    this.enter(value);
    let bytes = 2; // braces
    let members = 0;
    // for-in over own keys walks them in Object.keys' order without making an array per object
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const size = this.property((value as Record<string, unknown>)[key], key);
      if (size < 0) continue;
      bytes += this.keyBytes(key) + 1 + size; // "key":value
      members++;
    }
    this.open.pop();
    return bytes + Math.max(0, members - 1); // commas
  }

  /** Keys repeat in every item of a list (10,000 texts, 7 keys): each is measured once. */
  private readonly keys = new Map<string, number>();
  private keyBytes(key: string): number {
    let bytes = this.keys.get(key);
    if (bytes === undefined) this.keys.set(key, (bytes = quotedBytes(key)));
    return bytes;
  }

  private enter(value: object): void {
    if (this.open.includes(value)) throw new TypeError('Converting circular structure to JSON');
    this.open.push(value);
  }
}

/** `text` quoted and escaped as JSON.stringify writes it, in UTF-8 bytes. */
export function quotedBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x20) bytes += c === QUOTE || c === BACKSLASH ? 2 : 1;
      else bytes += SHORT_ESCAPES.has(c) ? 2 : 6; // \u00XX
    } else if (c < 0x800) {
      bytes += 2;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4; // a pair: one character of 4 bytes
        i++;
      } else bytes += 6; // a lone surrogate is written \uXXXX
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      bytes += 6;
    } else {
      bytes += 3;
    }
  }
  return bytes;
}

export function numberBytes(n: number): number {
  if (!Number.isFinite(n)) return 4; // null
  if (!Number.isSafeInteger(n)) return String(n).length;
  let digits = n < 0 ? 2 : 1;
  for (let rest = Math.abs(n); rest >= 10; rest = Math.floor(rest / 10)) digits++;
  return digits;
}
