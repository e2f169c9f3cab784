// Embedding: a page on another origin includes embed.js; its two code
// blocks become players that run and size themselves. docs.html is built
// with embed.js too.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { startServer, launch } from "./helpers.mjs";

let server, browser, host;
before(async () => {
  server = await startServer();
  browser = await launch();
  const page = `<!doctype html><title>host</title>
<p>Two players:</p>
<pre data-interleave data-autorun data-theme="dark">
package main

func main() {
	println("first player")
}
</pre>
<pre><code class="language-go" data-interleave data-read-only data-strategy="pct">package main

func main() {
	println("second player")
}
</code></pre>
<script src="${server.url}embed.js"></script>`;
  host = createServer((req, res) => res.writeHead(200, { "Content-Type": "text/html" }).end(page));
  await new Promise((r) => host.listen(0, "127.0.0.1", r));
});
after(async () => {
  await browser?.close();
  await server?.stop();
  host?.close();
});

test("embed.js turns two code blocks on another site into players that run and size themselves", async () => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${host.address().port}/`);
  await page.waitForSelector("iframe.interleave-player >> nth=1");
  assert.equal(await page.locator("pre").count(), 0, "a code block was left in place");
  const [a, b] = [page.frameLocator("iframe >> nth=0"), page.frameLocator("iframe >> nth=1")];
  // The first autoruns; the second runs on click.
  await a.locator("#output").filter({ hasText: "first player" }).waitFor({ timeout: 120_000 });
  await b.locator("#run:not([disabled])").waitFor({ timeout: 120_000 });
  await b.locator("#run").click();
  await b.locator("#output").filter({ hasText: "second player" }).waitFor({ timeout: 30_000 });
  assert.equal(await b.locator("#strategy").inputValue(), "pct");
  assert.equal(await b.locator(".cm-content").getAttribute("contenteditable"), "false");
  assert.equal(await a.locator("html").getAttribute("data-theme"), "dark");
  assert.match(await a.locator("#open-playground").getAttribute("href"), /index\.html#v1\./);
  // Each iframe is as tall as its player.
  for (const [i, frame] of [a, b].entries()) {
    let inner, outer;
    for (let tries = 0; tries < 50; tries++) {
      inner = await frame.locator("#embed-root").evaluate((e) => e.getBoundingClientRect().height);
      outer = await page.locator("iframe").nth(i).evaluate((f) => f.clientHeight);
      if (Math.abs(inner - outer) <= 2) break;
      await page.waitForTimeout(100);
    }
    assert.ok(Math.abs(inner - outer) <= 2, `player ${i + 1} is ${inner}px tall in an iframe of ${outer}px`);
  }
  // A message from anyone else is ignored.
  const before = await page.locator("iframe").first().evaluate((f) => f.style.height);
  await page.evaluate(() => postMessage({ type: "interleave:size", id: "interleave-1", height: 999 }, "*"));
  await page.waitForTimeout(200);
  assert.equal(await page.locator("iframe").first().evaluate((f) => f.style.height), before);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a player: truthful status and Locks, Run only once ready, tap targets, and blocks added after load mount too", async () => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${host.address().port}/`);
  await page.waitForSelector("iframe.interleave-player >> nth=1");
  const b = page.frameLocator("iframe >> nth=1");
  await b.locator("#run:not([disabled])").waitFor({ timeout: 120_000 });
  await b.locator("#locks-state").filter({ hasText: "(none in this code)" }).waitFor({ timeout: 30_000 });
  assert.ok(await b.locator("#locks").isDisabled());
  assert.doesNotMatch(await b.locator("#status").textContent(), /shared program/i);
  const small = await b.locator("#embed-root").evaluate((root) => {
    const out = [];
    for (const e of root.querySelectorAll("button, select, input, a")) {
      if (e.closest("[hidden]") || e.offsetParent === null || e.closest(".cm-content, #output")) continue;
      const t = e.matches("input[type=checkbox]") && e.closest("label") ? e.closest("label") : e;
      const r = t.getBoundingClientRect();
      if (r.width < 24 || r.height < 24) out.push(`${e.id || e.tagName} ${r.width.toFixed(0)}×${r.height.toFixed(0)}`);
    }
    return out;
  });
  assert.deepEqual(small, []);

  // A block the page adds later becomes a player too; its Run waits for
  // its runner, held back here.
  let release;
  const held = new Promise((r) => (release = r));
  await browser.context.route(/\/assets\/runner\.[0-9a-f]+\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  try {
    await page.evaluate(() => {
      const pre = document.createElement("pre");
      pre.dataset.interleave = "";
      pre.textContent = 'package main\n\n// ' + "a long comment in a player wraps instead of hiding past the edge ".repeat(4) + '\nfunc main() {\n\tprintln("added later")\n}\n';
      document.body.append(pre);
    });
    await page.waitForSelector("iframe.interleave-player >> nth=2", { timeout: 10_000 }).catch(() => assert.fail("a block added after load was not mounted"));
    const c = page.frameLocator("iframe >> nth=2");
    await c.locator(".cm-content").waitFor();
    await c.locator("#status").filter({ hasText: /Loading the runner/ }).waitFor({ timeout: 60_000 });
    assert.ok(await c.locator("#run").isDisabled(), "Run is enabled before the player's runner is ready");
    const overflow = await c.locator(".cm-scroller").evaluate((s) => s.scrollWidth - s.clientWidth);
    assert.ok(overflow <= 1, `the player's editor scrolls sideways by ${overflow}px`);
    release();
    await c.locator("#run:not([disabled])").waitFor({ timeout: 120_000 });
    await c.locator("#run").click();
    await c.locator("#output").filter({ hasText: "added later" }).waitFor({ timeout: 60_000 });
  } finally {
    release();
    await browser.context.unroute(/\/assets\/runner\.[0-9a-f]+\.wasm$/);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("docs.html shows how to embed, with live players, and only embed.html may be framed elsewhere", async () => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(server.url + "docs.html");
  await page.waitForSelector("iframe.interleave-player >> nth=1");
  assert.match(await page.textContent(".docs-code"), /data-interleave/);
  await page.frameLocator("iframe >> nth=0").locator("#output").filter({ hasText: "len 3" }).waitFor({ timeout: 120_000 });
  assert.deepEqual(errors, [], errors.join("\n"));
  const csp = async (p) => (await fetch(server.url + p)).headers.get("content-security-policy");
  assert.match(await csp("embed.html"), /frame-ancestors \*/);
  assert.match(await csp("index.html"), /frame-ancestors 'self'/);
  assert.doesNotMatch(await csp("index.html"), /script-src[^;]*'unsafe-inline'/);
  await page.close();
});
