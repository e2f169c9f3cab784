// Entry of the page's JavaScript bundle (dist/editor.*.js): the editor bridge
// and the share codec, both called by the Go UI controller.
import "./editor.js";
import "./share.js";
