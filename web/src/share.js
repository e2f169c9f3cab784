// Share codec: the playground's state (code, switched-off locks, seed) packed
// into a URL fragment, deflated and base64url-encoded, so a link carries
// everything and works on a static host and offline.
const PREFIX = "#code=";

async function pipe(bytes, stream) {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64url(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text) {
  const s = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

// encode(state) resolves to a fragment "#code=…" for state {src, off, seed}.
async function encode(state) {
  const json = new TextEncoder().encode(JSON.stringify(state));
  return PREFIX + toBase64url(await pipe(json, new CompressionStream("deflate-raw")));
}

// decode(fragment) resolves to the state, or null when fragment holds none.
async function decode(fragment) {
  if (!fragment.startsWith(PREFIX)) return null;
  const bytes = await pipe(fromBase64url(fragment.slice(PREFIX.length)), new DecompressionStream("deflate-raw"));
  const state = JSON.parse(new TextDecoder().decode(bytes));
  return typeof state.src === "string" ? state : null;
}

globalThis.InterleaveShare = { encode, decode };
