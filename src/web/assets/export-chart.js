// Draws the export report's bar chart from the figures the page put on the canvas (no inline script,
// so the page works the same with a strict CSP). The table next to it carries the same numbers for
// screen readers and for visitors without JavaScript.
(function () {
  const canvas = document.getElementById('export-chart');
  if (!canvas || typeof Chart === 'undefined') return;
  const data = JSON.parse(canvas.dataset.chart);
  const number = new Intl.NumberFormat(data.locale, { maximumFractionDigits: 2 });
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: data.labels, datasets: [{ label: data.label, data: data.values, backgroundColor: '#8a3b12', maxBarThickness: 64 }] },
    options: {
      locale: data.locale,
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { rtl: data.rtl }, tooltip: { rtl: data.rtl } },
      // In Arabic the categories run from the right, like the rest of the page.
      scales: {
        x: { reverse: data.rtl },
        y: { beginAtZero: true, position: data.rtl ? 'right' : 'left', ticks: { callback: (v) => number.format(v) } },
      },
    },
  });
  canvas.dataset.rendered = String(chart.data.labels.length);
})();
