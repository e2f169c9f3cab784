// Goroutine position marks: while stepping, each goroutine's current line is
// tinted in its timeline lane's colour and labelled "g7" at the line's end.
import { StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, WidgetType } from "@codemirror/view";

// setMarksEffect carries [{line, g, hue}] from the app; [] clears. hue is a
// class (style.css) that sets --g-color: the CSP allows no style attributes.
export const setMarksEffect = StateEffect.define();

class Label extends WidgetType {
  constructor(g, hue) {
    super();
    this.g = g;
    this.hue = hue;
  }
  eq(o) {
    return o.g === this.g && o.hue === this.hue;
  }
  toDOM() {
    const s = document.createElement("span");
    s.className = "cm-g-label " + this.hue;
    s.textContent = "g" + this.g;
    s.setAttribute("aria-label", "goroutine " + this.g + " is here");
    return s;
  }
}

export const marksField = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    for (const e of tr.effects) {
      if (!e.is(setMarksEffect)) continue;
      const doc = tr.state.doc;
      const ranges = [];
      const tinted = new Set();
      const marks = [...e.value].filter((m) => m.line >= 1 && m.line <= doc.lines).sort((a, b) => a.line - b.line || a.g - b.g);
      for (const m of marks) {
        const line = doc.line(m.line);
        if (!tinted.has(m.line)) {
          tinted.add(m.line);
          ranges.push(Decoration.line({ class: "cm-g-line " + m.hue }).range(line.from));
        }
        ranges.push(Decoration.widget({ widget: new Label(m.g, m.hue), side: 1 }).range(line.to));
      }
      return Decoration.set(ranges, true);
    }
    return tr.docChanged ? Decoration.none : deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});
