// Opens the evidence a link points at (a heatmap cell links to #norms-13c on a State page).
(function () {
  function open() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (el && el.tagName === "DETAILS") { el.open = true; el.scrollIntoView(); }
  }
  window.addEventListener("hashchange", open);
  open();
})();
