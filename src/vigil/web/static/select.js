/* The staff source page: selecting words of the text fills the start and end characters
   of the claim form (counted in characters as Vigil counts them: code points), and only
   the chosen kind's fields are shown. Without this script the form works as it is. */
(function () {
  "use strict";
  var text = document.getElementById("source-text");
  var form = document.getElementById("claim-form");
  if (!text || !form) { return; }
  var start = form.elements.namedItem("start");
  var end = form.elements.namedItem("end");
  var shown = document.getElementById("selected");
  var kind = form.elements.namedItem("kind");

  function points(s) { return Array.from(s).length; }

  function offset(node, at) {
    var range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(node, at);
    return points(range.toString());
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
    start.value = a;
    end.value = a + points(trimmed);
    shown.textContent = trimmed;
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
  kind.addEventListener("change", showKind);
  showKind();
}());
