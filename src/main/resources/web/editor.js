// The SPARQL editor: Yasgui pointed at this server's /sparql, with the named queries as tabs.
(function () {
  var endpoint = window.location.origin + "/sparql";
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null
  });
  fetch("/api/queries?limit=100").then(function (r) { return r.json(); }).then(function (list) {
    var examples = document.getElementById("examples");
    list.items.forEach(function (q) {
      var li = document.createElement("li");
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = q.title;
      b.title = q.description;
      b.addEventListener("click", function () {
        var tab = yasgui.addTab(true, { name: q.title });
        tab.setQuery(q.sparql);
        tab.query();
      });
      li.appendChild(b);
      examples.appendChild(li);
    });
  });
})();
