// Step-through and play the scheduler both reach the crash.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPlayground, shot, pickExample, explore } from "./helpers.mjs";
import { CRASH } from "./names.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const crashWithLocksOff = (page) => pickExample(page, CRASH);

test("the scrubber walks the failing schedule to the crash", async () => {
  const page = await openPlayground(browser.context, server.url);
  await crashWithLocksOff(page);
  await explore(page, { strategy: "random", runs: 1000 });
  await page.click("#open-failure");
  await page.waitForSelector("#timeline[data-steps] canvas:not([hidden])");
  await page.waitForFunction(() => !document.getElementById("step-through").disabled);
  await page.click("#step-through");
  assert.equal(await page.inputValue("#scrubber"), "0");
  // What happens at a step comes from the worker, which keeps the timeline.
  const label = (re) => page.waitForFunction((s) => new RegExp(s).test(document.getElementById("step-label").textContent), re.source, { timeout: 10_000 })
    .catch(async () => assert.fail(`step label ${JSON.stringify(await page.textContent("#step-label"))}, want ${re}`));
  await label(/^step 1 of \d+/);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await label(/^step 3 of/);
  await page.waitForSelector(".cm-g-label", { timeout: 10_000 }).catch(() => assert.fail("no goroutine marked in the editor"));
  await shot(page, "30-step-through");
  await page.keyboard.press("End");
  // The last step is the crash itself (the fatal error is printed in steps
  // of its own since audit15), or the map operation that meets the other.
  await label(/crash at line \d+|map\.(read|write)/);
  await page.waitForSelector('#timeline[data-conflict="true"]', { timeout: 10_000 }).catch(() => assert.fail("the conflicting pair is not highlighted"));
  await shot(page, "31-step-through-crash");
  await page.close();
});

test("playing the scheduler by hand reaches the crash, with undo", async () => {
  const page = await openPlayground(browser.context, server.url);
  await crashWithLocksOff(page);
  await page.click("#play");
  await page.waitForSelector("#goroutines .g-button");
  // Undo returns to where we were.
  const first = await page.textContent("#goroutines");
  await page.click("#goroutines .g-button:not([disabled])");
  await page.waitForFunction(() => !document.getElementById("undo").disabled);
  await page.click("#undo");
  await page.waitForFunction(() => document.getElementById("undo").disabled);
  assert.equal(await page.textContent("#goroutines"), first);

  // Take turns among the runnable goroutines: a writer's window opens and
  // the reader walks into it.
  for (let i = 0; i < 500; i++) {
    const status = await page.textContent("#play-status");
    if (/concurrent map|finished/.test(status)) break;
    const buttons = page.locator("#goroutines .g-button:not([disabled])");
    const n = await buttons.count();
    if (n === 0) break;
    const before = await page.textContent("#play-status");
    await buttons.nth(i % n).click();
    await page.waitForFunction((b) => document.getElementById("play-status").textContent !== b, before);
  }
  assert.match(await page.textContent("#play-status"), /concurrent map (read and map write|writes)/);
  assert.match(await page.textContent("#output"), /fatal error: concurrent map/);
  await shot(page, "32-played-to-crash");
  await page.close();
});
