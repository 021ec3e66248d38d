"use strict";
(function () {
  var items = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.hl"));
  var boxes = Array.prototype.slice.call(document.querySelectorAll(".filters input[type=checkbox]"));
  var counter = document.getElementById("visible-count");

  function selected(facet) {
    var values = {};
    boxes.forEach(function (box) { if (box.name === facet && box.checked) { values[box.value] = true; } });
    return values;
  }

  function applyFilters() {
    var severity = selected("severity"), category = selected("category"), rule = selected("rule");
    var shown = {}, count = 0;
    items.forEach(function (item) {
      var visible = !!(severity[item.dataset.severity] && category[item.dataset.category] && rule[item.dataset.rule]);
      item.hidden = !visible;
      if (visible) { shown[item.dataset.id] = true; count += 1; }
    });
    marks.forEach(function (mark) {
      var on = mark.dataset.ids.split(" ").some(function (id) { return shown[id]; });
      mark.classList.toggle("off", !on);
      if (mark.hasAttribute("id")) { mark.tabIndex = on ? 0 : -1; }
    });
    document.querySelectorAll("section.document").forEach(function (section) {
      var visible = section.querySelectorAll("li.finding:not([hidden])").length;
      var cell = section.querySelector(".doc-count");
      if (cell) { cell.textContent = String(visible); }
    });
    counter.textContent = String(count);
  }

  boxes.forEach(function (box) { box.addEventListener("change", applyFilters); });

  // A click or Enter on a highlight selects its entry in the side list, and back.
  function flash(element) {
    element.classList.remove("flash");
    void element.offsetWidth;
    element.classList.add("flash");
  }
  marks.forEach(function (mark) {
    function reveal() {
      var first = mark.dataset.ids.split(" ")[0];
      var item = document.getElementById("item-" + first);
      if (item && !item.hidden) { item.scrollIntoView({ block: "nearest" }); flash(item); }
    }
    mark.addEventListener("click", reveal);
    mark.addEventListener("keydown", function (event) { if (event.key === "Enter") { reveal(); } });
  });
  document.querySelectorAll("a.jump").forEach(function (link) {
    link.addEventListener("click", function () {
      var target = document.getElementById(link.getAttribute("href").slice(1));
      if (target) { target.focus({ preventScroll: true }); flash(target); }
    });
  });

  // Reviewer decisions, exported in the format `mtqa check --baseline` reads.
  function decisions() {
    var out = [];
    items.forEach(function (item) {
      var decision = item.querySelector("select.decision").value;
      if (!decision) { return; }
      var comment = item.querySelector("input.comment").value.trim();
      var entry = { rule: item.dataset.rule, fingerprint: item.dataset.fingerprint, decision: decision, document: item.dataset.document };
      if (comment) { entry.comment = comment; }
      out.push(entry);
    });
    return { schema: 1, kind: "mtqa-decisions", decisions: out };
  }
  document.getElementById("export").addEventListener("click", function () {
    var json = JSON.stringify(decisions(), null, 2) + "\n";
    document.getElementById("decisions-json").value = json;
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    link.download = "mtqa-decisions.json";
    document.body.appendChild(link);
    link.click();
    link.remove();
  });

  applyFilters();
})();
