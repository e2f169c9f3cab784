// Share codec: the playground's state packed into a URL fragment, so a link
// carries everything and works on a static host and offline:
//
//	#v1.<base64url(deflate-raw(JSON))>
//
// JSON is {src, off, seed, strategy, schedule}: the code, the keys of the
// switched-off lock pairs (wasm/app/model.Locks), the seed, the exploration
// strategy and an optional schedule token to replay. The version lets a
// later format refuse or convert old links; "#code=" links from before the
// version decode as v1.
//
// A link is input from anyone: decode checks its size before and after
// inflating (a small link can inflate to gigabytes), its shape and every
// field, and rejects with a message a person can act on. Nothing decoded is
// ever treated as HTML.
const PREFIX = "#v1.";
const LEGACY = "#code=";
export const MAX_FRAGMENT = 64 * 1024; // characters of the fragment
const MAX_JSON = 256 * 1024; // bytes after inflating
const MAX_SRC = 100 * 1024; // characters of code
const STRATEGIES = ["random", "pct", "dfs"];

// ShareError is a link that cannot be opened; its message says why.
export class ShareError extends Error {}

async function pipe(bytes, stream, limit) {
  const reader = new Blob([bytes]).stream().pipeThrough(stream).getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (limit && size > limit) {
      reader.cancel().catch(() => {});
      throw new ShareError("it unpacks to more than " + (limit >> 10) + " KB, more than any program it could carry");
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function toBase64url(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ShareError("it holds characters a share link never has (was it cut or edited?)");
  const s = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

// encode(state) resolves to a fragment "#v1.…" for state {src, off, seed,
// strategy, schedule}; empty fields are left out.
export async function encode(state) {
  const s = { src: String(state.src ?? "") };
  if (state.off && state.off.length) s.off = Array.from(state.off, String);
  if (Number.isSafeInteger(state.seed)) s.seed = state.seed;
  if (STRATEGIES.includes(state.strategy)) s.strategy = state.strategy;
  if (state.schedule) s.schedule = String(state.schedule);
  const json = new TextEncoder().encode(JSON.stringify(s));
  return PREFIX + toBase64url(await pipe(json, new CompressionStream("deflate-raw")));
}

// isShare reports whether fragment is meant as a share link (it may still
// be damaged).
export function isShare(fragment) {
  return /^#v\d+\./.test(fragment) || fragment.startsWith(LEGACY);
}

// decode(fragment) resolves to a checked state {src, off, seed, strategy,
// schedule}, or rejects with a ShareError that says what is wrong.
export async function decode(fragment) {
  if (typeof fragment !== "string" || !isShare(fragment)) throw new ShareError("it is not a share link");
  if (fragment.length > MAX_FRAGMENT) throw new ShareError(`it is ${Math.round(fragment.length / 1024)} KB long; share links hold at most ${MAX_FRAGMENT >> 10} KB`);
  let payload;
  if (fragment.startsWith(PREFIX)) payload = fragment.slice(PREFIX.length);
  else if (fragment.startsWith(LEGACY)) payload = fragment.slice(LEGACY.length);
  else throw new ShareError("it was made by a newer version of Interleave (" + fragment.slice(1, fragment.indexOf(".")) + "); reload the page to update");
  let state;
  try {
    const bytes = await pipe(fromBase64url(payload), new DecompressionStream("deflate-raw"), MAX_JSON);
    state = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (err) {
    if (err instanceof ShareError) throw err;
    throw new ShareError("it is damaged or cut short (was all of it copied?)");
  }
  return check(state);
}

function check(x) {
  if (!x || typeof x !== "object" || Array.isArray(x) || typeof x.src !== "string") throw new ShareError("it does not hold a program");
  if (x.src.length > MAX_SRC) throw new ShareError(`its program is longer than ${MAX_SRC >> 10} KB`);
  const state = { src: x.src, off: [], seed: null, strategy: null, schedule: "" };
  if (x.off !== undefined) {
    if (!Array.isArray(x.off) || x.off.length > 1000 || !x.off.every((k) => typeof k === "string" && k.length <= 500)) {
      throw new ShareError("its lock switches are damaged");
    }
    state.off = x.off;
  }
  if (x.seed !== undefined) {
    if (!Number.isSafeInteger(x.seed) || x.seed < 0) throw new ShareError("its seed is not a whole number");
    state.seed = x.seed;
  }
  if (x.strategy !== undefined) {
    if (!STRATEGIES.includes(x.strategy)) throw new ShareError("its strategy is not one of " + STRATEGIES.join(", "));
    state.strategy = x.strategy;
  }
  if (x.schedule !== undefined) {
    if (typeof x.schedule !== "string" || x.schedule.length > 32 * 1024 || !/^[A-Za-z0-9._-]*$/.test(x.schedule)) {
      throw new ShareError("its schedule token is damaged");
    }
    state.schedule = x.schedule;
  }
  return state;
}

globalThis.InterleaveShare = { encode, decode, isShare };
