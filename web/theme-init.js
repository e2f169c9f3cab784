// Applies the saved colour theme and editor text size before the first
// paint, so the page never flashes the wrong theme. A file of its own, not an
// inline script: the Content-Security-Policy allows no inline script. An
// embedded player (embed.html?theme=dark) takes the theme from its URL.
"use strict";
try {
  const root = document.documentElement;
  const asked = new URLSearchParams(location.search).get("theme");
  const theme = asked === "light" || asked === "dark" ? asked : localStorage.getItem("interleave-theme");
  if (theme) root.setAttribute("data-theme", theme);
  const size = Number(localStorage.getItem("interleave-font-size"));
  if (size >= 10 && size <= 24) root.style.setProperty("--editor-font-size", size + "px");
} catch (e) {
  // Storage can be unavailable (privacy modes); the defaults apply.
}
