/**
 * What a PDF read of the model, recorded while it is made, and checked again on the next
 * build's model. A job runs against a proxy of the model that notes every property it reads
 * (values, key lists, `in` tests), so its cache key is exactly the slice it used — no
 * hand-written list of what each kind of PDF prints, which could miss a field and reuse a stale
 * PDF. The proxy must sit on a tree (the model after a JSON round trip): with an object reached
 * by two paths, a read through the second would be noted under the first.
 */

import { digest } from './compact.ts';

/** One object the job looked into: what it read of each key, which keys it tested, its key list. */
export interface ReadNode {
  /** Key → what the read gave: a primitive ('p'), nothing ('u'), a function ('f'), or an object or array read further. */
  c?: Record<string, ReadValue>;
  /** `key in object` results. */
  h?: Record<string, boolean>;
  /** Own-property tests (spread, Object.entries: their descriptors). */
  d?: Record<string, boolean>;
  /** The own keys, when the job listed them (Object.keys, for…in, spread). */
  k?: string[];
}
export type ReadValue =
  | { t: 'p'; v: string | number | boolean | null }
  | { t: 'u' }
  | { t: 'f' }
  | ({ t: 'o' | 'a' } & ReadNode)
  /** Kept (compact.ts): a long string as its digest ('l'); a part of the record kept in a file of its own ('r'). */
  | { t: 'l' | 'r'; s: string };

function describe(value: unknown): ReadValue {
  if (value === undefined) return { t: 'u' };
  if (typeof value === 'function') return { t: 'f' };
  if (value !== null && typeof value === 'object') return { t: Array.isArray(value) ? 'a' : 'o' };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null)
    return { t: 'p', v: value };
  // A bigint or a symbol never comes out of JSON: mark it so it never matches.
  return { t: 'p', v: `\u0000${typeof value}` };
}

export class ReadTracer<T extends object> {
  readonly root: ReadValue & ReadNode;
  /** The proxy to hand the job. */
  readonly value: T;
  /** Set when the job wrote to the model: its output may depend on the order of jobs, so it is not cached. */
  wrote: string | undefined;
  private readonly proxies = new WeakMap<object, object>();
  /** Each object's node in the record (one handler for every proxy: a job may look into thousands of objects). */
  private readonly nodes = new WeakMap<object, ReadNode>();
  private readonly handler: ProxyHandler<object>;

  constructor(target: T) {
    this.root = { t: Array.isArray(target) ? 'a' : 'o' };
    const nodes = this.nodes;
    const wrap = (t: object, node: ReadNode): object => this.wrap(t, node);
    const wrote = (what: string, key: string | symbol): void => {
      this.wrote ??= `${what} ${String(key)}`;
    };
    this.handler = {
      get(t, key, receiver) {
        const value: unknown = Reflect.get(t, key, receiver);
        if (typeof key === 'symbol') return value;
        const node = nodes.get(t)!;
        const children = (node.c ??= {});
        let child = children[key];
        if (child === undefined) children[key] = child = describe(value);
        if ((child.t === 'o' || child.t === 'a') && value !== null && typeof value === 'object')
          return wrap(value, child);
        return value;
      },
      has(t, key) {
        const has = Reflect.has(t, key);
        if (typeof key !== 'symbol') (nodes.get(t)!.h ??= {})[key] = has;
        return has;
      },
      getOwnPropertyDescriptor(t, key) {
        const d = Reflect.getOwnPropertyDescriptor(t, key);
        if (typeof key !== 'symbol') (nodes.get(t)!.d ??= {})[key] = d !== undefined;
        return d;
      },
      ownKeys(t) {
        const keys = Reflect.ownKeys(t);
        nodes.get(t)!.k ??= keys.filter((k): k is string => typeof k === 'string');
        return keys;
      },
      // A job that changes the model (shared by every job of a thread) is done as before, but its
      // output may then depend on the jobs before it: it is not cached.
      set: (t, key, v) => (wrote('set', key), Reflect.set(t, key, v)),
      deleteProperty: (t, key) => (wrote('delete', key), Reflect.deleteProperty(t, key)),
      defineProperty: (t, key, d) => (wrote('define', key), Reflect.defineProperty(t, key, d)),
      preventExtensions: (t) => (wrote('preventExtensions', ''), Reflect.preventExtensions(t)),
      setPrototypeOf: (t, p) => (wrote('setPrototypeOf', ''), Reflect.setPrototypeOf(t, p)),
    };
    this.value = this.wrap(target, this.root) as T;
  }

  private wrap(target: object, node: ReadNode): object {
    let proxy = this.proxies.get(target);
    if (proxy === undefined) {
      this.nodes.set(target, node);
      proxy = new Proxy(target, this.handler);
      this.proxies.set(target, proxy);
    }
    return proxy;
  }
}

/** The parts of records kept in files of their own (compact.ts), each checked once against a model. */
export interface RecordParts {
  /** Whether `value` reads the same as the part named `s` (false when the part cannot be read). */
  matches(s: string, value: unknown): boolean;
}

/** Whether `value` (a new build's model) reads the same as `recorded` everywhere the job looked. */
export function readsTheSame(recorded: ReadValue, value: unknown, parts?: RecordParts): boolean {
  if (recorded.t === 'l') return typeof value === 'string' && digest(value) === recorded.s;
  if (recorded.t === 'r') return parts?.matches(recorded.s, value) === true;
  const now = describe(value);
  if (now.t !== recorded.t) return false;
  if (recorded.t === 'p') return (now as { v: unknown }).v === recorded.v;
  if (recorded.t !== 'o' && recorded.t !== 'a') return true;
  const object = value as Record<string, unknown>;
  if (recorded.k) {
    const own = Reflect.ownKeys(object).filter((k): k is string => typeof k === 'string');
    if (own.length !== recorded.k.length || own.some((k, i) => k !== recorded.k![i])) return false;
  }
  if (recorded.h) for (const [k, has] of Object.entries(recorded.h)) if (k in object !== has) return false;
  if (recorded.d) for (const [k, own] of Object.entries(recorded.d)) if (Object.hasOwn(object, k) !== own) return false;
  if (recorded.c)
    for (const [k, child] of Object.entries(recorded.c)) if (!readsTheSame(child, object[k], parts)) return false;
  return true;
}
