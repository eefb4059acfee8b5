// Draws the dashboard's charts from the data each canvas carries (the page's policy allows no inline script).
(function () {
  "use strict";
  if (typeof Chart === "undefined") { return; }
  var kinds = { registrations: "line", alerts: "bar" };
  var colours = ["#198754", "#0d6efd", "#fd7e14", "#dc3545", "#6f42c1", "#20c997"];
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var chart = JSON.parse(canvas.dataset.chart);
    var key = canvas.id.replace("chart-", "");
    new Chart(canvas, {
      type: kinds[key] || "bar",
      data: { labels: chart.labels, datasets: [{ label: chart.label, data: chart.values,
        backgroundColor: colours, borderColor: "#198754", tension: 0.2 }] },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  });
})();
