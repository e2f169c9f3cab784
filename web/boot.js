// Boot: starts the runner (wasm/worker) in a Web Worker and the UI controller
// (wasm/app) on the page, both at once, so the page can be used while the
// larger runner is still loading. The runner module is compiled once here and
// handed to every worker, so a fresh worker after Stop starts in a moment.
"use strict";
(() => {
  const manifest = JSON.parse(document.getElementById("manifest").textContent);
  const abs = (name) => new URL(name, location.href).href;
  const runnerModule = WebAssembly.compileStreaming(fetch(manifest.runner));

  // spawnWorker starts a runner worker. Its messages wait in a queue until
  // the app calls listen, so an early "ready" is never lost.
  function spawnWorker() {
    const worker = new Worker(manifest.worker);
    const queue = [];
    let handler = null;
    const deliver = (msg) => (handler ? handler(msg) : queue.push(msg));
    worker.onmessage = (e) => {
      if (!performance.getEntriesByName("runner-ready").length && String(e.data).includes('"ready":true')) {
        performance.mark("runner-ready");
      }
      deliver(e.data);
    };
    worker.onerror = (e) => deliver(JSON.stringify({ id: 0, error: "the runner stopped: " + (e.message || "unknown error") }));
    runnerModule.then(
      (module) => worker.postMessage({ boot: { wasmExec: abs(manifest.wasmExec), module } }),
      (err) => deliver(JSON.stringify({ id: 0, error: "the runner could not be loaded: " + err })),
    );
    return {
      listen(fn) { handler = fn; queue.splice(0).forEach(fn); },
      post(msg) { worker.postMessage(msg); },
      port(kind, port) { worker.postMessage({ connect: kind, port }, [port]); },
      terminate() { handler = null; worker.terminate(); },
    };
  }

  // connect gives the lead runner a direct channel to a helper runner, so
  // that parallel exploration's batches never pass through the page.
  function connect(lead, helper) {
    const ch = new MessageChannel();
    lead.port("helper", ch.port1);
    helper.port("lead", ch.port2);
  }

  globalThis.InterleaveBoot = { manifest, spawnWorker, connect, firstWorker: spawnWorker() };

  // The service worker (sw.js) keeps every file for offline use: for the
  // playground, not for a player embedded in someone's docs, whose readers
  // should not download the whole playground in the background.
  if ("serviceWorker" in navigator && !document.getElementById("embed-root")) {
    navigator.serviceWorker.register(new URL("sw.js", location.href).href).catch(() => {});
  }

  const go = new Go();
  WebAssembly.instantiateStreaming(fetch(manifest.app), go.importObject)
    .then((r) => go.run(r.instance))
    .catch((err) => {
      const status = document.getElementById("status");
      status.textContent = "The playground could not start: " + err;
      status.classList.add("error");
    });
})();
