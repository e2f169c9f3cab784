// Runner worker bootstrap: receives the compiled runner module from boot.js,
// loads Go's wasm_exec.js and runs wasm/worker, which then owns onmessage.
"use strict";
self.onmessage = async (e) => {
  const boot = e.data && e.data.boot;
  if (!boot) return;
  try {
    importScripts(boot.wasmExec);
    const go = new Go();
    const instance = await WebAssembly.instantiate(boot.module, go.importObject);
    await go.run(instance);
    // wasm/worker never returns on its own: it crashed or ran out of memory.
    self.postMessage(JSON.stringify({ id: 0, error: "the runner stopped unexpectedly; a fresh one is starting" }));
  } catch (err) {
    self.postMessage(JSON.stringify({ id: 0, error: "the runner could not start: " + err }));
  }
};
