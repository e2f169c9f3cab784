// Start-up in both orders: the UI binary ready before the runner's "ready"
// arrives, and the runner ready (its message waiting in boot.js) before the
// UI binary has even started. Each order is forced by holding one binary
// back in a route handler, in a fresh browser (no service worker yet).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, setCode, run } from "./helpers.mjs";

let server;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.stop();
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// load opens the playground with the named binary ("app" or "runner")
// delayed by ms, and returns the page once Run is enabled.
async function load(context, delayed, ms) {
  let released = false;
  await context.route(new RegExp(`/assets/${delayed}\\.[0-9a-f]+\\.wasm$`), async (route) => {
    await sleep(ms);
    released = true;
    await route.continue();
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.errors = errors;
  await page.goto(server.url + "#example=crashmap");
  return { page, released: () => released };
}

const marks = (page) => page.evaluate(() => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
  return { app: at("app-ready"), runner: at("runner-ready") };
});

async function startsCleanly(page) {
  await page.waitForSelector("#run:not([disabled])", { timeout: 90_000 }).catch(async (e) => {
    throw new Error(`Run never enabled; status: ${await page.textContent("#status")}; errors: ${page.errors.join(" | ")}`, { cause: e });
  });
  assert.doesNotMatch(await page.textContent("#status"), /could not start|TypeError/);
  await setCode(page, 'package main\n\nfunc main() {\n\tprintln("started")\n}\n');
  assert.match(await run(page), /started/);
  assert.deepEqual(page.errors, []);
}

test("the UI first: Run waits, disabled, for the runner", async () => {
  const browser = await launch();
  try {
    const { page, released } = await load(browser.context, "runner", 4000);
    await page.waitForFunction(() => performance.getEntriesByName("app-ready").length > 0, null, { timeout: 60_000 });
    assert.ok(!released(), "the runner arrived before the UI was ready; the test did not force the order");
    assert.ok(await page.isDisabled("#run"), "Run is enabled before the runner is ready");
    assert.ok(await page.isDisabled("#explore"), "Explore is enabled before the runner is ready");
    assert.match(await page.textContent("#status"), /Loading the runner/);
    await startsCleanly(page);
    const t = await marks(page);
    assert.ok(t.app < t.runner, `UI ready at ${t.app} ms, runner at ${t.runner} ms`);
  } finally {
    await browser.close();
  }
});

test("the runner first: its waiting ready message starts the UI cleanly", async () => {
  const browser = await launch();
  try {
    const { page } = await load(browser.context, "app", 6000);
    await page.waitForFunction(() => performance.getEntriesByName("runner-ready").length > 0, null, { timeout: 60_000 });
    assert.equal(await page.evaluate(() => performance.getEntriesByName("app-ready").length), 0, "the UI started before the runner was ready; the test did not force the order");
    await startsCleanly(page);
    const t = await marks(page);
    assert.ok(t.runner < t.app, `runner ready at ${t.runner} ms, UI at ${t.app} ms`);
  } finally {
    await browser.close();
  }
});
