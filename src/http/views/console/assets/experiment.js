// Draws the experiment page's charts from its JSON blocks (no inline script: the CSP
// allows scripts from 'self' only). Without JavaScript the table stays.
/* global Chart */
(function () {
  'use strict';
  if (typeof Chart === 'undefined') return;
  var read = function (id) {
    var el = document.getElementById(id);
    return el === null ? null : JSON.parse(el.textContent || 'null');
  };
  var cure = read('data-cure');
  var cureCanvas = document.getElementById('chart-cure');
  if (cure !== null && cureCanvas !== null) {
    new Chart(cureCanvas, {
      type: 'line',
      data: { labels: cure.labels, datasets: cure.datasets.map(function (d) { return { label: d.label, data: d.data, spanGaps: false }; }) },
      options: { animation: false, responsive: true, scales: { x: { title: { display: true, text: 'days since entry' } }, y: { beginAtZero: true, ticks: { format: { style: 'percent' } } } } },
    });
  }
  var c = read('data-complaints');
  var cCanvas = document.getElementById('chart-complaints');
  if (c !== null && cCanvas !== null) {
    new Chart(cCanvas, {
      data: {
        labels: c.labels,
        datasets: [
          { type: 'bar', label: 'interval', data: c.interval },
          { type: 'line', label: 'rate', data: c.rate, showLine: false, pointRadius: 6 },
        ],
      },
      options: { animation: false, responsive: true, scales: { y: { beginAtZero: true, title: { display: true, text: 'per 1,000 accounts' } } } },
    });
  }
})();
