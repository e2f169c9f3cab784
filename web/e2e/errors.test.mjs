// Errors a person makes: code that does not compile keeps its text and
// shows the diagnostic where it is; a program that never ends is stopped.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPlayground, shot, setCode, editorText, run } from "./helpers.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const broken = `package main

func main() {
	x := 1 +
}
`;

test("a syntax error shows its diagnostic and keeps the code", async () => {
  const page = await openPlayground(browser.context, server.url);
  await setCode(page, broken);
  const out = await run(page);
  assert.match(out, /prog\.go:\d+:\d+: /);
  assert.equal(await editorText(page), broken);
  const range = await page.waitForSelector(".cm-lintRange-error");
  // Hover tooltips open after the pointer rests; move onto the mark until one shows.
  const box = await range.boundingBox();
  let tip = null;
  for (let i = 0; i < 5 && !tip; i++) {
    await page.mouse.move(box.x + box.width / 2 + i, box.y + box.height / 2);
    tip = await page.waitForSelector(".cm-tooltip-lint", { timeout: 2_000 }).catch(() => null);
  }
  assert.ok(tip, "no tooltip on hover over the diagnostic");
  assert.ok((await tip.textContent()).length > 0, "no message on hover");
  const width = (await tip.boundingBox()).width;
  assert.ok(width < 0.6 * 1440, `the tooltip is ${width}px wide in a 1440px window`);
  await shot(page, "20-syntax-error");
  await page.close();
});

test("Stop ends an infinite loop and a fresh runner takes over", async () => {
  const page = await openPlayground(browser.context, server.url);
  await setCode(page, "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n");
  await page.fill("#budget", "100000"); // far more than the test waits for
  await page.click("#run");
  // Compiling comes first (Stop waits for it); on a loaded machine it takes a while.
  await page.waitForFunction(() => /^Running/.test(document.getElementById("status").textContent), null, { timeout: 60_000 });
  await page.waitForTimeout(500);
  assert.ok(await page.isEnabled("#stop"), "Stop is not available while running");
  // The page stays responsive while the loop runs.
  const t0 = Date.now();
  await page.evaluate(() => 1);
  assert.ok(Date.now() - t0 < 1000, "the page froze");
  await shot(page, "21-running-forever");
  await page.click("#stop");
  // "Stopped…" in the status lasts only until the fresh runner is ready,
  // which can be sooner than the test looks; the output keeps saying so.
  await page.waitForFunction(() => /Stopped by you/.test(document.getElementById("output").textContent));
  await page.waitForFunction(() => /ready/i.test(document.getElementById("status").textContent), null, { timeout: 30_000 }).catch(async (e) => { console.log("STATUS", await page.textContent("#status"), await page.textContent("#output")); throw e; });
  await setCode(page, 'package main\n\nfunc main() {\n\tprintln("after stop")\n}\n');
  assert.match(await run(page), /after stop/);
  await shot(page, "22-after-stop");
  await page.close();
});

test("Stop during Explore keeps what was found so far", async () => {
  const page = await openPlayground(browser.context, server.url, "#example=cache");
  await page.fill("#runs", "1000000");
  await page.click("#explore");
  await page.waitForFunction(() => document.getElementById("progress").value > 0, null, { timeout: 30_000 });
  await page.click("#stop");
  await page.waitForFunction(() => /Stopped early/.test(document.getElementById("verdict").textContent), null, { timeout: 10_000 });
  assert.ok(await page.isEnabled("#run"), "the page is still busy after Stop");
  await page.close();
});
