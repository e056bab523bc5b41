// Type-ahead for the search page: as a person types, names of commitments, areas, stakeholders, missions, indicators
// and survey rounds that start so are listed as links under the box. Text goes into the page as text nodes only.
(function () {
  var input = document.getElementById('q');
  var list = document.getElementById('q-suggestions');
  var status = document.getElementById('q-status');
  if (!input || !list || !window.fetch) { return; }
  var timer = null;
  var asked = '';

  function clear() { list.textContent = ''; list.hidden = true; }

  function render(hits) {
    list.textContent = '';
    hits.forEach(function (hit) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = hit.url;
      hit.title.parts.forEach(function (part) {
        var node = part.match ? document.createElement('mark') : document.createTextNode(part.text);
        if (part.match) { node.textContent = part.text; }
        link.appendChild(node);
      });
      item.appendChild(link);
      list.appendChild(item);
    });
    list.hidden = hits.length === 0;
    if (status) { status.textContent = (status.getAttribute('data-count') || '{0}').replace('{0}', hits.length); }
  }

  function ask() {
    var words = input.value.trim();
    if (words.length < 2) { clear(); return; }
    asked = words;
    fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(words), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (hits) { if (asked === words) { render(hits); } })
      .catch(clear);
  }

  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(ask, 200); });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { clear(); }
    if (e.key === 'ArrowDown' && !list.hidden && list.firstChild) { e.preventDefault(); list.firstChild.firstChild.focus(); }
  });
}());
