// Lock toggles: a gutter button for every Lock/Unlock pair the compiler
// reported, and a strike-through over every disabled call. Toggling never
// edits the text; it only tells the app which pair the person flipped.
import { StateEffect, StateField, RangeSet } from "@codemirror/state";
import { Decoration, EditorView, GutterMarker, gutter } from "@codemirror/view";

// setLocksEffect carries {sites, disabled: Set<id>} from the app.
export const setLocksEffect = StateEffect.define();

const locksField = StateField.define({
  create: () => ({ sites: [], disabled: new Set() }),
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setLocksEffect)) return e.value;
    // Positions are stale after an edit; the app recompiles and sends fresh sites.
    return tr.docChanged ? { sites: [], disabled: value.disabled } : value;
  },
});

function siteRange(doc, s) {
  if (s.line < 1 || s.line > doc.lines) return null;
  const line = doc.line(s.line);
  const from = Math.min(line.from + Math.max(s.col - 1, 0), line.to);
  const to = Math.min(line.from + Math.max(s.endCol - 1, s.col), line.to);
  return to > from ? { from, to } : null;
}

class LockMarker extends GutterMarker {
  constructor(site, off, onToggle) {
    super();
    this.site = site;
    this.off = off;
    this.onToggle = onToggle;
  }
  eq(other) {
    return other.site.id === this.site.id && other.off === this.off;
  }
  toDOM() {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "lock-toggle" + (this.off ? " off" : "");
    b.appendChild(lockIcon(this.off));
    const what = `${this.site.recv}.${this.site.op}() on line ${this.site.line}`;
    b.setAttribute("aria-pressed", String(!this.off));
    b.setAttribute("aria-label", (this.off ? "Enable " : "Disable ") + what + " and its pair");
    b.title = (this.off ? "Locking disabled: " : "Locking enabled: ") + what + ". Click to toggle the pair.";
    b.addEventListener("mousedown", (e) => e.preventDefault());
    b.addEventListener("click", (e) => {
      e.preventDefault();
      this.onToggle(this.site.id);
    });
    return b;
  }
}

const svgNS = "http://www.w3.org/2000/svg";

// lockIcon draws a padlock, open when off.
function lockIcon(off) {
  const svg = document.createElementNS(svgNS, "svg");
  svg.setAttribute("viewBox", "0 0 12 14");
  svg.setAttribute("width", "12");
  svg.setAttribute("height", "14");
  svg.setAttribute("aria-hidden", "true");
  const body = document.createElementNS(svgNS, "rect");
  for (const [k, v] of Object.entries({ x: 1, y: 6, width: 10, height: 7, rx: 1.5 })) body.setAttribute(k, v);
  const shackle = document.createElementNS(svgNS, "path");
  shackle.setAttribute("d", off ? "M3.5 6V3.5a2.5 2.5 0 0 1 5 0V4" : "M3.5 6V4a2.5 2.5 0 0 1 5 0v2");
  shackle.setAttribute("fill", "none");
  shackle.setAttribute("stroke-width", "1.6");
  svg.append(shackle, body);
  return svg;
}

// lockExtensions returns the gutter and decorations; onToggle(siteID) is the app's.
export function lockExtensions(onToggle) {
  const markers = (view) => {
    const { sites, disabled } = view.state.field(locksField);
    const seen = new Set();
    const list = [];
    for (const s of sites) {
      if (s.line < 1 || s.line > view.state.doc.lines || seen.has(s.line)) continue;
      seen.add(s.line);
      list.push(new LockMarker(s, disabled.has(s.id), onToggle).range(view.state.doc.line(s.line).from));
    }
    return RangeSet.of(list, true);
  };
  const strike = EditorView.decorations.compute([locksField], (state) => {
    const { sites, disabled } = state.field(locksField);
    const marks = [];
    for (const s of sites) {
      if (!disabled.has(s.id)) continue;
      const r = siteRange(state.doc, s);
      if (r) marks.push(Decoration.mark({ class: "cm-lock-off", attributes: { title: "disabled: this call is a no-op" } }).range(r.from, r.to));
    }
    return Decoration.set(marks, true);
  });
  return [locksField, gutter({ class: "cm-lock-gutter", markers }), strike];
}
