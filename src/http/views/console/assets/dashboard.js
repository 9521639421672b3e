// Draws the dashboard's charts from the JSON blocks of the page (no inline script: the
// CSP allows scripts from 'self' only). Without JavaScript the tables stay visible.
/* global Chart */
(function () {
  'use strict';
  if (typeof Chart === 'undefined') return;
  document.documentElement.classList.add('js');
  var read = function (id) {
    var el = document.getElementById(id);
    return el === null ? null : JSON.parse(el.textContent || 'null');
  };
  var draw = function (canvasId, dataId, type, stacked) {
    var data = read(dataId);
    var canvas = document.getElementById(canvasId);
    if (data === null || canvas === null) return;
    new Chart(canvas, {
      type: type,
      data: { labels: data.labels, datasets: data.datasets.map(function (d) { return { label: d.label, data: d.data }; }) },
      options: { animation: false, responsive: true, scales: stacked ? { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } : { y: { beginAtZero: true } } },
    });
  };
  draw('chart-per-day', 'data-per-day', 'bar', true);
  draw('chart-blocked', 'data-blocked', 'bar', false);
  draw('chart-third-party', 'data-third-party', 'bar', false);
})();
