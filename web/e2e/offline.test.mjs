// After one visit the service worker has every file: with the network off
// the playground reloads and runs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPlayground, run, setCode } from "./helpers.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test("offline reload works once the service worker is active", async () => {
  const page = await openPlayground(browser.context, server.url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
  });
  await browser.context.setOffline(true);
  try {
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName("runner-ready").length > 0, null, { timeout: 60_000 });
    await page.waitForSelector("#run:not([disabled])");
    await setCode(page, 'package main\n\nfunc main() {\n\tprintln("offline")\n}\n');
    assert.match(await run(page), /offline/);
  } finally {
    await browser.context.setOffline(false);
  }
  await page.close();
});
