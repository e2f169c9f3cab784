// The editor's keys: Ctrl+Enter runs, Ctrl+Shift+Enter explores, Format
// runs gofmt in the worker, and prog.go:LINE links lead back to the code.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPlayground, setCode, editorText } from "./helpers.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const messy = `package main

import "fmt"

func main() {
fmt.Println("hello,",   "playground")
}
`;

test("Format, Ctrl+Enter and Ctrl+Shift+Enter", async () => {
  const page = await openPlayground(browser.context, server.url);
  await setCode(page, messy);
  await page.click("#format");
  await page.waitForFunction(() => /Formatted/.test(document.getElementById("status").textContent));
  assert.equal(await editorText(page), messy.replace('fmt.Println("hello,",   "playground")', '\tfmt.Println("hello,", "playground")'));

  await page.click(".cm-content");
  await page.keyboard.press("Control+Enter");
  await page.waitForFunction(() => /hello, playground/.test(document.getElementById("output").textContent));
  assert.match(await page.textContent("#output"), /stdout\s*hello, playground/);

  await page.fill("#runs", "20");
  await page.click(".cm-content");
  await page.keyboard.press("Control+Shift+Enter");
  await page.waitForFunction(() => /no failure/.test(document.getElementById("verdict").textContent));
  await page.close();
});
