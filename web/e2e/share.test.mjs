// Share links: the whole state in the URL fragment, a round trip into a
// fresh browser that replays the same interleaving, ?example=, and links
// that are damaged, huge or hostile.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { deflateRawSync } from "node:zlib";
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

// link packs state the way web/src/share.js does.
const link = (state) => "#v1." + deflateRawSync(Buffer.from(JSON.stringify(state))).toString("base64url");

// The worker's digest of the run's trace: equal exactly when two runs interleaved alike.
const traceDigest = (page) => page.getAttribute("#timeline", "data-digest");

test("share round trip: code, lock switches, seed, strategy and the run's schedule", async () => {
  const page = await openPlayground(browser.context, server.url, "#example=" + LOCKED);
  await page.waitForSelector(".lock-toggle");
  await page.click(".lock-toggle"); // one pair off
  await page.click(".cm-content");
  await page.keyboard.press("Control+End");
  await page.keyboard.insertText("\n// shared\n");
  await page.fill("#seed", "7");
  await page.selectOption("#strategy", "pct");
  const out = await run(page);
  const events = await traceDigest(page);
  assert.ok(events, "the run has no timeline");
  const code = await editorText(page);
  await page.click("#share");
  await page.waitForFunction(() => location.hash.startsWith("#v1.") && /Copied/.test(document.getElementById("share").textContent));
  assert.match(await page.textContent("#status"), /Share link \(with this run's schedule\)/);
  const url = page.url();

  const fresh = await launch();
  try {
    const other = await openPlayground(fresh.context, url);
    await other.waitForFunction(() => /replayed schedule/.test(document.getElementById("status").textContent), null, { timeout: 60_000 });
    assert.equal(await editorText(other), code);
    assert.equal(await other.locator(".lock-toggle.off").count(), await page.locator(".lock-toggle.off").count());
    assert.equal((await other.textContent("#locks-state")).trim(), "partly off");
    assert.equal(await other.inputValue("#seed"), "7");
    assert.equal(await other.inputValue("#strategy"), "pct");
    assert.equal(await other.textContent("#output"), out);
    assert.equal(await traceDigest(other), events, "the replay took another interleaving");
    assert.deepEqual(other.errors, []);
  } finally {
    await fresh.close();
  }
  await page.close();
});

test("the shared schedule replays the exact crashing interleaving", async () => {
  const page = await openPlayground(browser.context, server.url, "#example=" + CRASH);
  let out = "";
  for (let seed = 1; seed < 40 && !/fatal error/.test(out); seed++) {
    await page.fill("#seed", String(seed));
    out = await run(page);
  }
  assert.match(out, /fatal error: concurrent map/);
  const trace = await traceDigest(page);
  assert.ok(trace, "the crashing run has no timeline");
  await page.click("#share");
  await page.waitForFunction(() => location.hash.startsWith("#v1."));
  const other = await openPlayground(browser.context, page.url());
  await other.waitForFunction(() => /replayed schedule/.test(document.getElementById("status").textContent), null, { timeout: 60_000 });
  assert.equal(await other.textContent("#output"), await page.textContent("#output"));
  assert.equal(await traceDigest(other), trace, "the replay took another interleaving");
  await other.close();
  await page.close();
});

test("?example=NAME opens a built-in example", async () => {
  const page = await openPlayground(browser.context, server.url + "?example=" + DEADLOCK);
  await page.waitForFunction((n) => document.querySelector(`[data-example="${n}"]`)?.getAttribute("aria-current") === "true", DEADLOCK);
  assert.match(await editorText(page), /package main/);
  await page.close();
});

test("damaged, huge and hostile links say so, keep the draft and render nothing as HTML", async () => {
  const page = await openPlayground(browser.context, server.url);
  const draft = 'package main\n\nfunc main() {\n\tprintln("my draft")\n}\n';
  await setCode(page, draft);
  await page.waitForTimeout(1200); // the draft is saved after a pause
  const valid = link({ src: "package main\n\nfunc main() {}\n" });
  const bomb = "#v1." + deflateRawSync(Buffer.alloc(20 << 20, 32)).toString("base64url");
  const cases = {
    garbage: "#v1.%%%not*base64%%%",
    truncated: valid.slice(0, valid.length - 6),
    huge: "#v1." + "A".repeat(200_000),
    bomb,
    "not a program": link({ nope: 1 }),
    "bad token": link({ src: "package main", schedule: "<script>" }),
    "newer version": "#v9.AAAA",
  };
  let reload = false;
  for (const [what, hash] of Object.entries(cases)) {
    // Half open as a new page, half as a link pasted into the open page.
    if ((reload = !reload)) await page.goto("about:blank");
    await page.evaluate(() => (document.getElementById("status").textContent = "")).catch(() => {});
    await page.goto(server.url + hash);
    // A fresh load: the app starts first, which takes a while on a loaded machine.
    await page.waitForFunction(() => /cannot be opened/.test(document.getElementById("status").textContent), null, { timeout: 60_000 })
      .catch(() => assert.fail(`${what}: no message`));
    await page.waitForFunction((d) => globalThis.InterleaveEditor.active?.text() === d, draft, { timeout: 10_000 })
      .catch(async () => assert.fail(`${what}: the draft is gone: ${JSON.stringify(await editorText(page))}`));
    // Restoring the draft must not hide why the link did not open.
    assert.match(await page.textContent("#status"), /cannot be opened/, `${what}: the message went away`);
  }

  // Script and markup in the code stay text.
  const evil = 'package main\n\n// </script><img src=x onerror="window.pwned=1"><b id="bold">b</b>\nfunc main() {\n\tprintln("<img src=y onerror=window.pwned=2>")\n}\n';
  const other = await openPlayground(browser.context, server.url + link({ src: evil, off: ["<b>x</b>"] }));
  await other.waitForFunction((e) => globalThis.InterleaveEditor.active.text() === e, evil);
  const out = await run(other);
  assert.match(out, /<img src=y onerror=window.pwned=2>/);
  assert.equal(await other.evaluate(() => window.pwned), undefined);
  assert.equal(await other.locator("img, #bold").count(), 0);
  assert.deepEqual(other.errors, []);
  await other.close();
  await page.close();
});
