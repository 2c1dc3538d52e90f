// The SPARQL editor: YASGUI on this server's endpoint, with the queries the page lists. Without this script (or
// without YASGUI) the page's plain form is what remains, and it works on its own.
(function () {
  "use strict";
  var configElement = document.getElementById("editor-config");
  var editorElement = document.getElementById("editor");
  if (!configElement || !editorElement || typeof Yasgui === "undefined") return;
  var config = JSON.parse(configElement.textContent);
  var endpoint = new URL(config.endpoint, window.location.href).href;
  var queries = {};
  config.queries.forEach(function (query) { queries[query.name] = query; });

  // Nothing is looked up elsewhere: YASQE's property and class completions ask LOV and its prefix completion asks
  // prefix.cc, so only prefixes (from this data, handed over as a blob: URL) and variables are completed.
  var completers = ["prefixes", "variables"];
  Yasgui.Yasqe.defaults.autocompleters = completers.slice();
  Yasgui.defaults.yasqe.autocompleters = completers.slice();
  var prefixes = URL.createObjectURL(new Blob([JSON.stringify(config.prefixes)], { type: "application/json" }));

  var yasgui = new Yasgui(editorElement, {
    persistenceId: "parley-editor",
    copyEndpointOnNewTab: true,
    requestConfig: {
      endpoint: endpoint,
      method: "POST",
      acceptHeaderSelect: "application/sparql-results+json",
      acceptHeaderGraph: "text/turtle"
    },
    endpointCatalogueOptions: {
      getData: function () { return [{ endpoint: endpoint }]; }
    },
    yasqe: {
      value: config.queries[0].query,
      prefixCcApi: prefixes,
      autocompleters: completers.slice()
    }
  });
  window.yasgui = yasgui;
  // Tabs kept from an earlier visit may name the endpoint as it was then (another port, another host).
  Object.keys(yasgui._tabs).forEach(function (id) {
    var tab = yasgui.getTab(id);
    if (tab && tab.getEndpoint() !== endpoint) tab.setEndpoint(endpoint);
  });

  function open(name) {
    var query = queries[name];
    var existing = Object.keys(yasgui._tabs)
      .map(function (id) { return yasgui.getTab(id); })
      .filter(function (tab) { return tab && tab.getName() === query.title; })[0];
    if (existing) {
      yasgui.selectTabId(existing.getId());
      existing.setQuery(query.query);
    } else {
      yasgui.addTab(true, { name: query.title, yasqe: { value: query.query }, requestConfig: { endpoint: endpoint } });
    }
    editorElement.scrollIntoView({ behavior: "smooth", block: "start" });
  }

  document.querySelectorAll("a[data-query]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      // a new window or tab of the browser gets the link itself: the results as a page
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      open(link.getAttribute("data-query"));
    });
  });
  // YASGUI leaves its endpoint box and CodeMirror's input unnamed, and puts its "add tab" button inside the tablist,
  // where only tabs may be (YASGUI inserts new tabs before it, so it stays there, hidden, and a button of ours beside
  // the editor adds tabs instead); each render is repaired, so the page passes the same accessibility check as
  // every other page.
  var newTab = document.createElement("button");
  newTab.type = "button";
  newTab.textContent = "New tab";
  newTab.addEventListener("click", function () { yasgui.addTab(true, { requestConfig: { endpoint: endpoint } }); });
  editorElement.parentNode.insertBefore(newTab, editorElement);
  function repair() {
    editorElement.querySelectorAll("input.autocomplete:not([aria-label])").forEach(function (input) {
      input.setAttribute("aria-label", "SPARQL endpoint");
    });
    editorElement.querySelectorAll(".CodeMirror textarea:not([aria-label])").forEach(function (input) {
      input.setAttribute("aria-label", "SPARQL query");
    });
    editorElement.querySelectorAll("[role=tablist] button").forEach(function (button) {
      if (button.closest("[role=tab]")) return;
      var list = button.closest("[role=tablist]");
      var child = button;
      while (child.parentNode !== list) child = child.parentNode;
      if (!child.hidden) child.hidden = true;
    });
  }
  repair();
  new MutationObserver(repair).observe(editorElement, { childList: true, subtree: true });
  editorElement.hidden = false;
  document.getElementById("query-form").hidden = true;
})();
