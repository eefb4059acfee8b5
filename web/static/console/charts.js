// Draws the dashboard's charts from the JSON the page carries (no inline script: the page's CSP allows none).
(function () {
  "use strict";
  var source = document.getElementById("chart-data");
  if (!source || typeof Chart === "undefined") { return; }
  var data = JSON.parse(source.textContent);
  var kinds = { registrations: "line", alerts: "bar", stages: "bar", messages: "bar", checkups: "bar" };
  var colours = ["#198754", "#0d6efd", "#fd7e14", "#dc3545", "#6f42c1", "#20c997"];
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var chart = data[canvas.dataset.chart];
    new Chart(canvas, {
      type: kinds[canvas.dataset.chart] || "bar",
      data: { labels: chart.labels, datasets: [{ label: chart.label, data: chart.values,
        backgroundColor: colours, borderColor: "#198754", tension: 0.2 }] },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  });
})();
