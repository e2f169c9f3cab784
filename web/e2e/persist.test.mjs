// Persistence in IndexedDB: drafts survive a reload, the history lists runs
// and replays one, a version-1 database is upgraded, and without IndexedDB
// the page still runs and says so once.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPlayground, editorText, run, setCode } from "./helpers.mjs";
import { CRASH, LOCKED, DEADLOCK } from "./names.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

// First, while this origin has no database yet: a version-1 database (one
// "drafts" store of plain strings) is upgraded and its draft restored.
test("a version-1 database is upgraded and keeps its drafts", async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url + "manifest.json"); // same origin, no app
  await page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open("interleave", 1);
    req.onupgradeneeded = () => req.result.createObjectStore("drafts").put('package main\n\nfunc main() {\n\tprintln("from v1")\n}\n', "example:cache");
    req.onsuccess = () => { req.result.close(); resolve(); };
    req.onerror = () => reject(req.error);
  }));
  await page.close();
  const app = await openPlayground(browser.context, server.url, "#example=" + LOCKED);
  await app.waitForFunction(() => /from v1/.test(globalThis.InterleaveEditor.active.text()));
  assert.match(await app.textContent("#status"), /Restored your draft/);
  const stores = await app.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.open("interleave");
    req.onsuccess = () => { resolve([req.result.version, [...req.result.objectStoreNames]]); req.result.close(); };
  }));
  assert.deepEqual(stores, [2, ["drafts", "runs", "settings"]]);
  await app.close();
});

test("a reload keeps the draft and its lock switches", async () => {
  const page = await openPlayground(browser.context, server.url, "#example=" + LOCKED);
  // The first test left a draft of this example: picking it again gives the original.
  await page.waitForFunction(() => /from v1/.test(globalThis.InterleaveEditor.active.text()));
  await page.click(`[data-example="${LOCKED}"]`);
  await page.waitForSelector(".lock-toggle");
  await setCode(page, (await editorText(page)) + "\n// my change\n");
  await page.waitForSelector(".lock-toggle");
  await page.click(".lock-toggle");
  const code = await editorText(page);
  await page.waitForTimeout(1200);
  await page.reload();
  await page.waitForFunction((c) => globalThis.InterleaveEditor?.active?.text() === c, code, { timeout: 20_000 });
  await page.waitForSelector(".lock-toggle.off", { timeout: 60_000 });
  // Picking the example again brings its original back.
  await page.click(`[data-example="${LOCKED}"]`);
  await page.waitForFunction(() => !/my change/.test(globalThis.InterleaveEditor.active.text()));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the history lists runs and replays one exactly", async () => {
  const page = await openPlayground(browser.context, server.url, "#example=" + CRASH);
  const outputs = [];
  for (const seed of [3, 4]) {
    await page.fill("#seed", String(seed));
    outputs.push(await run(page));
  }
  await page.waitForFunction(() => document.querySelectorAll("#history-list li").length >= 2);
  const first = page.locator("#history-list li").nth(1); // newest first
  assert.match(await first.textContent(), /seed 3/);
  await page.fill("#seed", "99");
  await first.locator(".h-replay").click();
  await page.waitForFunction(() => /replayed schedule/.test(document.getElementById("status").textContent));
  assert.equal(await page.textContent("#output"), outputs[0]);
  assert.equal(await page.inputValue("#seed"), "3");
  await page.waitForFunction(() => document.querySelectorAll("#history-list li").length >= 3, null, { timeout: 10_000 });
  await page.close();
});

test("without IndexedDB the page still runs and says so once", async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", { get() { throw new DOMException("IndexedDB is blocked here", "SecurityError"); } });
  });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(server.url + "#example=" + CRASH);
  await page.waitForFunction(() => performance.getEntriesByName("runner-ready").length > 0, null, { timeout: 60_000 });
  await page.waitForSelector("#notice:not([hidden])");
  assert.match(await page.textContent("#notice"), /last only until this tab closes/);
  assert.match(await run(page), /\S/);
  await page.waitForFunction(() => document.querySelectorAll("#history-list li").length === 1);
  assert.equal(await page.locator("#notice:not([hidden])").count(), 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test("settings survive a reload: theme, text size, default strategy and its options", async () => {
  const page = await openPlayground(browser.context, server.url, "#example=" + CRASH);
  await page.click("#theme"); // light
  await page.click("#theme"); // dark
  await page.selectOption("#font-size", "18");
  await page.selectOption("#strategy", "pct");
  await page.fill("#depth", "5");
  await page.press("#depth", "Tab");
  await page.fill("#time-limit", "30");
  await page.press("#time-limit", "Tab");
  const stored = () => page.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.open("interleave");
    req.onsuccess = () => {
      const get = req.result.transaction("settings").objectStore("settings").get("settings");
      get.onsuccess = () => { resolve(get.result || null); req.result.close(); };
    };
  }));
  let saved = null;
  for (let i = 0; i < 100 && (saved = await stored())?.timeLimit !== 30; i++) await page.waitForTimeout(100);
  assert.deepEqual([saved?.theme, saved?.fontSize, saved?.strategy, saved?.depth, saved?.timeLimit], ["dark", 18, "pct", 5, 30]);
  // Another example, with no draft of its own, opens with the defaults.
  await page.goto(server.url + "#example=" + DEADLOCK);
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName("runner-ready").length > 0, null, { timeout: 60_000 });
  await page.waitForFunction(() => document.getElementById("strategy").value === "pct", null, { timeout: 30_000 });
  assert.equal(await page.getAttribute("html", "data-theme"), "dark");
  assert.equal(await page.inputValue("#font-size"), "18");
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector(".cm-content")).fontSize), "18px");
  assert.ok(await page.isVisible("#depth"), "the PCT depth is hidden under PCT");
  assert.equal(await page.inputValue("#depth"), "5");
  assert.equal(await page.inputValue("#time-limit"), "30");
  assert.deepEqual(page.errors, []);
  await page.close();
});
