// embed.js: include it in a docs page and every
//
//	<pre data-interleave>…Go code…</pre>
//	<pre><code class="language-go" data-interleave>…</code></pre>
//
// becomes an embedded Interleave player: an iframe of embed.html, on the
// site that serves this script, with the code in its URL fragment (the
// share-link format). Options, as data attributes on the element:
//
//	data-height="240"          editor height in px (default: fits the code)
//	data-theme="dark"          light or dark (default: the reader's system)
//	data-read-only             the code cannot be edited
//	data-autorun               run once the player is ready
//	data-strategy="pct"        Explore's strategy: random, pct or dfs
//
// Blocks the page adds later (a docs site rendered on the client) become
// players too: a MutationObserver watches for them.
//
// Each player reports its height with postMessage so the iframe fits its
// content. Only messages from the player's origin and from one of our own
// iframes, shaped as expected, are believed.
import { encode } from "./share.js";

(() => {
  const script = document.currentScript;
  if (!script || !script.src) return;
  const base = new URL(".", script.src);
  const mounted = new WeakSet();
  const frames = new Map(); // id → iframe
  let next = 0;

  async function mount(el) {
    const box = el.tagName === "CODE" && el.parentElement && el.parentElement.tagName === "PRE" ? el.parentElement : el;
    if (mounted.has(box)) return;
    mounted.add(box);
    const d = el.dataset;
    const id = "interleave-" + ++next;
    const params = new URLSearchParams({ id, parent: location.origin });
    if (d.theme === "light" || d.theme === "dark") params.set("theme", d.theme);
    if (d.readOnly !== undefined && d.readOnly !== "false") params.set("readonly", "1");
    if (d.autorun !== undefined && d.autorun !== "false") params.set("autorun", "1");
    if (/^\d{2,4}$/.test(d.height || "")) params.set("height", d.height);
    const strategy = ["random", "pct", "dfs"].includes(d.strategy) ? d.strategy : undefined;
    const code = el.textContent.replace(/^\n/, "");
    const frame = document.createElement("iframe");
    frame.src = new URL("embed.html?" + params + (await encode({ src: code, strategy })), base).href;
    frame.title = "Interleave: a runnable Go program";
    frame.className = "interleave-player";
    frame.setAttribute("allow", "clipboard-write");
    frame.style.width = "100%";
    frame.style.border = "1px solid #d5d5d0";
    frame.style.borderRadius = "6px";
    frame.style.height = Math.min(600, 140 + 21 * code.split("\n").length) + "px";
    frames.set(id, frame);
    box.replaceWith(frame);
  }

  addEventListener("message", (e) => {
    if (e.origin !== base.origin) return;
    const m = e.data;
    if (!m || typeof m !== "object" || m.type !== "interleave:size" || typeof m.id !== "string") return;
    const frame = frames.get(m.id);
    if (!frame || e.source !== frame.contentWindow) return;
    const h = m.height;
    if (typeof h !== "number" || !Number.isFinite(h) || h < 40 || h > 5000) return;
    frame.style.height = Math.ceil(h) + "px";
  });

  const selector = "pre[data-interleave], code.language-go[data-interleave]";
  const all = (root) => {
    if (root.matches && root.matches(selector)) mount(root);
    if (root.querySelectorAll) root.querySelectorAll(selector).forEach((el) => mount(el));
  };
  // Blocks added later too: a docs site that renders its pages on the
  // client puts them in after this script ran.
  const watch = () => {
    all(document);
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) all(n);
    }).observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch);
  else watch();
  globalThis.InterleaveEmbed = { mount };
})();
