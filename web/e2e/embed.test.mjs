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
