// Live lint for the strategy and template editors: on typing (debounced), posts the text
// to the console's lint endpoint with the session's CSRF header and shows the findings
// and, for SMS templates, the segment preview. Without JavaScript the form still saves
// and the page shows the lint results of the save.
(function () {
  'use strict';
  var form = document.querySelector('form[data-lint]');
  if (form === null) return;
  var url = form.getAttribute('data-lint');
  var out = document.getElementById('lint-live');
  var meta = document.querySelector('meta[name="csrf-token"]');
  var token = meta === null ? '' : meta.getAttribute('content');
  var timer = null;
  var text = function (tag, value) {
    var el = document.createElement(tag);
    el.textContent = value;
    return el;
  };
  var show = function (result) {
    out.replaceChildren();
    if (result.sms) {
      out.appendChild(text('p', 'SMS: ' + result.sms.encoding.toUpperCase() + ', ' + result.sms.characters + ' characters, ' + result.sms.units + ' units, ' + result.sms.segments + ' segment(s)'));
    }
    if (result.findings.length === 0) {
      out.appendChild(text('p', 'No lint findings.'));
      return;
    }
    var list = document.createElement('ul');
    result.findings.forEach(function (f) {
      list.appendChild(text('li', f.rule + ': ' + f.message + (f.at ? ' (' + f.at + ')' : '')));
    });
    out.appendChild(list);
  };
  var run = function () {
    var body = {};
    new FormData(form).forEach(function (v, k) { if (k !== '_csrf') body[k] = String(v); });
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': token }, body: JSON.stringify(body), credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (result) { if (result !== null) show(result); })
      .catch(function () { /* offline: the save still lints */ });
  };
  form.addEventListener('input', function () {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(run, 300);
  });
  run();
})();
