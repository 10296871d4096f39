/* The staff source page: selecting words of the text fills the start and end characters
   of the claim form (counted as Vigil counts characters: code points, not UTF-16 units),
   the chosen span stays marked in the text, typed positions mark it too, and only the
   chosen kind's fields are shown. Without this script the form works as it is. */
(function () {
  "use strict";
  var text = document.getElementById("source-text");
  var form = document.getElementById("claim-form");
  if (!text || !form) { return; }
  var start = form.elements.namedItem("start");
  var end = form.elements.namedItem("end");
  var shown = document.getElementById("selected");
  var kind = form.elements.namedItem("kind");
  var canMark = typeof Highlight === "function" && window.CSS && CSS.highlights;

  function points(s) { return Array.from(s).length; }

  function offset(node, at) {
    var range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(node, at);
    return points(range.toString());
  }

  /* The text node and UTF-16 offset of code point ``n`` of the text. */
  function place(n) {
    var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    var node = walker.nextNode();
    var left = n;
    while (node) {
      var chars = Array.from(node.data);
      if (left <= chars.length) { return [node, chars.slice(0, left).join("").length]; }
      left -= chars.length;
      node = walker.nextNode();
    }
    return null;
  }

  function mark(a, b) {
    if (!canMark) { return; }
    CSS.highlights.delete("claim-span");
    var from = place(a);
    var to = place(b);
    if (!from || !to || a >= b) { return; }
    var range = document.createRange();
    range.setStart(from[0], from[1]);
    range.setEnd(to[0], to[1]);
    CSS.highlights.set("claim-span", new Highlight(range));
  }

  function selected() {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { return; }
    var range = sel.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) { return; }
    var words = range.toString();
    var trimmed = words.trim();
    if (!trimmed) { return; }
    var lead = points(words) - points(words.replace(/^\s+/, ""));
    var a = offset(range.startContainer, range.startOffset) + lead;
    var b = a + points(trimmed);
    start.value = a;
    end.value = b;
    shown.textContent = trimmed;
    mark(a, b);
  }

  function typed() {
    var a = parseInt(start.value, 10);
    var b = parseInt(end.value, 10);
    var all = Array.from(text.textContent);
    if (isNaN(a) || isNaN(b) || a < 0 || a >= b || b > all.length) { return; }
    shown.textContent = all.slice(a, b).join("");
    mark(a, b);
  }

  function showKind() {
    var sets = form.querySelectorAll("fieldset.kind-fields");
    for (var i = 0; i < sets.length; i++) {
      sets[i].hidden = sets[i].getAttribute("data-kind") !== kind.value;
    }
  }

  text.addEventListener("mouseup", selected);
  text.addEventListener("keyup", selected);
  document.addEventListener("selectionchange", selected);
  start.addEventListener("input", typed);
  end.addEventListener("input", typed);
  kind.addEventListener("change", showKind);
  showKind();
  typed();
}());
