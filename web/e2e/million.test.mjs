// Issue 12: a million goroutines that each block once run to completion in
// the page, within the default memory cap (the run's Go bytes and the
// interpreter's heap, which in the browser may not pass the cap itself:
// runner/vm/memory.go hostCap). The same program natively is runner's
// BenchmarkMillionGoroutines. Slow: minutes on a loaded machine. Its timeline
// holds the run's first 1,048,576 trace events, and the status says so.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPlayground, setCode, run } from "./helpers.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const MILLION = `package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 1 << 20
	var wg sync.WaitGroup
	start := make(chan struct{})
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			defer wg.Done()
			<-start
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println("done", n)
}
`;

test("a million goroutines that each block once run within the default cap", async () => {
  const page = await openPlayground(browser.context, server.url);
  await setCode(page, MILLION);
  const t0 = Date.now();
  const out = await run(page, 1_500_000);
  const status = await page.textContent("#status");
  console.log(`# a million goroutines: ${((Date.now() - t0) / 1000).toFixed(1)} s in the page; status "${status}"`);
  assert.match(out, /done 1048576/, `output: ${out.slice(0, 500)}`);
  assert.doesNotMatch(out, /out of memory|memory cap|heap passed/);
  // The page keeps a run's first 1,048,576 trace events (the worker's
  // pageTraceEvents); these goroutines make 4 each, and 6 more.
  assert.match(status, /the timeline shows the first 1,048,576 of the run's 4,194,310 trace events/);
  assert.deepEqual(page.errors, []);
  await page.close();
});
