// The page loads, paints before the runner is ready, and is usable by
// keyboard, in both themes and on a phone.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPlayground, shot } from "./helpers.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test("the page paints first and the runner loads behind it", async () => {
  const page = await openPlayground(browser.context, server.url);
  const t = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
    return { firstPaint: at("first-paint"), firstContentfulPaint: at("first-contentful-paint"), appReady: at("app-ready"), runnerReady: at("runner-ready") };
  });
  console.log(`timings (ms): first paint ${t.firstPaint?.toFixed(0)}, first contentful paint ${t.firstContentfulPaint?.toFixed(0)}, UI ready ${t.appReady?.toFixed(0)}, runner ready ${t.runnerReady?.toFixed(0)}`);
  assert.ok(t.firstContentfulPaint > 0, "no first contentful paint recorded");
  assert.ok(t.firstContentfulPaint < t.runnerReady, "the page did not paint before the runner was ready");
  assert.equal(await page.title(), "Interleave — Go concurrency playground");
  assert.ok((await page.locator(".cm-line").count()) > 3, "the editor shows no code");
  assert.ok((await page.locator("#examples-list [data-example]").count()) > 0, "no examples listed");
  assert.ok((await page.locator(".cm-lineNumbers .cm-gutterElement").count()) > 3, "no line numbers");
  assert.deepEqual(page.errors, []);
  await shot(page, "01-loaded");
  await page.close();
});

test("wasm is served compressed with the right type and caching", async () => {
  const manifest = await (await fetch(server.url + "manifest.json")).json();
  const wasm = await fetch(server.url + manifest.runner, { headers: { "Accept-Encoding": "gzip" } });
  assert.equal(wasm.headers.get("content-type"), "application/wasm");
  assert.equal(wasm.headers.get("cache-control"), "public, max-age=31536000, immutable");
  const html = await fetch(server.url);
  assert.equal(html.headers.get("cache-control"), "no-cache");
  await wasm.arrayBuffer();
});

test("everything is reachable by keyboard with visible labels", async () => {
  const page = await openPlayground(browser.context, server.url, "#example=cache");
  await page.waitForSelector(".lock-toggle");
  const reached = new Set();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => document.activeElement?.id || document.activeElement?.className || "");
    reached.add(id);
  }
  for (const id of ["run", "explore", "format", "share", "seed", "new-seed", "locks", "strategy", "runs", "time-limit", "theme", "lock-toggle"]) {
    assert.ok(reached.has(id), `Tab never reached #${id}`);
  }
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll("button, input, select")].filter((e) => e.offsetParent !== null && !(e.getAttribute("aria-label") || e.labels?.length || e.textContent.trim())).map((e) => e.id || e.outerHTML.slice(0, 60)));
  assert.deepEqual(unlabelled, []);
  await page.close();
});

test("dark theme and a phone in portrait", async () => {
  const page = await openPlayground(browser.context, server.url);
  await page.click("#theme"); // light
  await page.click("#theme"); // dark
  assert.equal(await page.getAttribute("html", "data-theme"), "dark");
  await shot(page, "02-dark");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(100);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways on a phone by ${overflow}px`);
  await shot(page, "03-phone");
  await page.click("#theme"); // back to auto
  await page.close();
});

test("a share link carries the code and the lock switches", async () => {
  const page = await openPlayground(browser.context, server.url, "#example=cache");
  await page.waitForSelector(".lock-toggle");
  await page.click(".lock-toggle"); // one pair off
  await page.click(".cm-content");
  await page.keyboard.press("Control+End");
  await page.keyboard.insertText("\n// shared\n");
  const code = await page.evaluate(() => globalThis.InterleaveEditor.active.text());
  await page.click("#share");
  await page.waitForFunction(() => location.hash.startsWith("#v1."));
  const link = page.url();
  const other = await openPlayground(browser.context, link);
  await other.waitForFunction((c) => globalThis.InterleaveEditor.active.text() === c, code);
  await other.waitForSelector(".lock-toggle.off");
  assert.equal((await other.textContent("#locks-state")).trim(), "partly off");
  await other.close();
  await page.close();
});
