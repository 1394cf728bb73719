// Contract score chart. The <canvas data-chart='{"type":"contract-score",...}'> carries its data as JSON (the CSP
// forbids inline scripts): the overall score per month, and the threshold score as a dashed line.
(function () {
  function draw() {
    if (typeof Chart === "undefined") {
      return;
    }
    document.querySelectorAll("canvas[data-chart]").forEach((canvas) => {
      const d = JSON.parse(canvas.dataset.chart);
      if (d.type !== "contract-score" || canvas.dataset.drawn) {
        return;
      }
      canvas.dataset.drawn = "true";
      new Chart(canvas, {
        type: "line",
        data: {
          labels: d.labels,
          datasets: [
            { label: "Overall score", data: d.scores, borderColor: "#0b5cad", backgroundColor: "#0b5cad",
              tension: 0.2, spanGaps: false },
            { label: "Threshold", data: d.labels.map(() => d.threshold), borderColor: "#c0392b",
              borderDash: [6, 4], pointRadius: 0, fill: false }
          ]
        },
        options: {
          responsive: true,
          interaction: { mode: "index", intersect: false },
          scales: { y: { min: 0, max: 100, title: { display: true, text: "score (0–100)" } } }
        }
      });
    });
  }
  document.addEventListener("DOMContentLoaded", draw);
})();
