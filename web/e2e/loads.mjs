// Fresh loads in a row: each in a new browser context (no cache, no service
// worker), one binary held back by a varying delay so that both arrival
// orders occur, and each must end with Run enabled, no error and a run that
// prints. Not part of the suite (it takes minutes); run after `make dist`:
//
//	node web/e2e/loads.mjs [N]      # N defaults to 50
import { chromium } from "playwright-core";
import { startServer } from "./helpers.mjs";

const n = Number(process.argv[2] || 50);
const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic"],
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let clean = 0;
const orders = { "UI first": 0, "runner first": 0 };
const failures = [];
try {
  for (let i = 0; i < n; i++) {
    const context = await browser.newContext({ serviceWorkers: "block" });
    // Loads alternate: nothing held back, the runner held back, the UI held back.
    const held = ["", "runner", "app"][i % 3];
    const delay = held ? 300 + ((i * 397) % 2500) : 0;
    if (held) {
      await context.route(new RegExp(`/assets/${held}\\.[0-9a-f]+\\.wasm$`), async (route) => {
        await sleep(delay);
        await route.continue();
      });
    }
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    let ok = false;
    let why = "";
    try {
      await page.goto(server.url);
      await page.waitForSelector("#run:not([disabled])", { timeout: 90_000 });
      await page.click(".cm-content");
      await page.keyboard.press("Control+A");
      await page.keyboard.insertText(`package main\n\nfunc main() {\n\tprintln("load ${i}")\n}\n`);
      await page.click("#run");
      await page.waitForFunction((i) => document.getElementById("output").textContent.includes("load " + i), i, { timeout: 60_000 });
      const status = await page.textContent("#status");
      ok = errors.length === 0 && !/could not start/.test(status);
      why = errors.join(" | ") || status;
      const t = await page.evaluate(() => ["app-ready", "runner-ready"].map((m) => performance.getEntriesByName(m)[0]?.startTime));
      orders[t[0] < t[1] ? "UI first" : "runner first"]++;
    } catch (e) {
      why = `${e.message.split("\n")[0]}; status: ${await page.textContent("#status").catch(() => "?")}; errors: ${errors.join(" | ")}`;
    }
    if (ok) clean++;
    else failures.push(`load ${i + 1} (${held || "nothing"} held ${delay} ms): ${why}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
for (const f of failures) console.log("FAILED", f);
console.log(`${clean} of ${n} fresh loads started cleanly (${orders["UI first"]} with the UI first, ${orders["runner first"]} with the runner first)`);
process.exit(clean === n ? 0 : 1);
