/**
 * The report's script, plain ES2017 run as it is written: links the panes both ways through the ids and
 * `data-from`/`data-to` line ranges that the renderer writes, and steps through diagnostics with `n`/`p`.
 * It reads no data of its own, so no text of the gazette is ever inside a script.
 */
export const SCRIPT = `"use strict";
(function () {
  var lit = [];
  var current = -1;
  function clear() { lit.forEach(function (el) { el.classList.remove("hl"); }); lit = []; }
  function light(el) { el.classList.add("hl"); lit.push(el); }
  function line(n) { return document.getElementById("L" + n); }
  function lightLines(from, to, scroll) {
    for (var n = from; n <= to; n += 1) { var el = line(n); if (el) light(el); }
    var first = line(from);
    if (first && scroll) first.scrollIntoView({ block: to - from > 12 ? "start" : "center" });
  }
  function openAround(el) {
    for (var p = el.parentElement; p; p = p.parentElement) if (p.tagName === "DETAILS") p.open = true;
  }
  function showValue(el) {
    openAround(el);
    light(el);
    // A value taller than its pane (a whole document) shows from its start.
    var tall = el.getBoundingClientRect().height > el.closest(".pane").clientHeight;
    el.scrollIntoView({ block: tall ? "start" : "center" });
    // A document's lines are the pane's whole stretch: only a part's lines are worth lighting.
    if (!el.matches(".document, .forwarded")) lightLines(Number(el.dataset.from), Number(el.dataset.to), false);
  }
  function showDiagnostic(link) {
    clear();
    document.querySelectorAll("a.dg.current").forEach(function (el) { el.classList.remove("current"); });
    link.classList.add("current");
    link.scrollIntoView({ block: "nearest" });
    lightLines(Number(link.dataset.line), Number(link.dataset.to), true);
  }
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element) || target.closest("summary")) return;
    if (String(window.getSelection()) !== "") return;
    var link = target.closest("a.dg[data-line]");
    if (link) {
      event.preventDefault();
      var links = Array.prototype.slice.call(document.querySelectorAll("a.dg[data-line]"));
      current = links.indexOf(link);
      showDiagnostic(link);
      return;
    }
    var row = target.closest("#source .l");
    if (row) {
      clear();
      light(row);
      var value = row.dataset.v && document.getElementById(row.dataset.v);
      if (value) showValue(value);
      return;
    }
    var valued = target.closest("#data [data-from]");
    if (valued) {
      clear();
      light(valued);
      lightLines(Number(valued.dataset.from), Number(valued.dataset.to), true);
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || (event.key !== "n" && event.key !== "p")) return;
    var links = document.querySelectorAll("a.dg[data-line]");
    if (links.length === 0) return;
    current = event.key === "n" ? (current + 1) % links.length : (current - 1 + links.length) % links.length;
    showDiagnostic(links[current]);
  });
})();
`;
