// Relationship health trend. The <canvas data-chart='{"type":"health-trend",...}'> carries its data as JSON (the CSP
// forbids inline scripts): the index per quarter as a bold line, each component as a thin dashed line; gaps where a
// quarter has no value.
(function () {
  const colours = ["#0b5cad", "#6f42c1", "#2e8540", "#d9822b", "#b3261e"];

  function draw(canvas, d) {
    const datasets = [{ label: "Health index", data: d.index, borderColor: "#1b1b1b", backgroundColor: "#1b1b1b",
      borderWidth: 3, spanGaps: false, tension: 0.2 }];
    d.components.forEach((c, i) => {
      datasets.push({ label: c.label, data: c.values, borderColor: colours[i % colours.length],
        backgroundColor: colours[i % colours.length], borderWidth: 1.5, borderDash: [5, 4], spanGaps: false,
        pointRadius: 2 });
    });
    return new Chart(canvas, {
      type: "line",
      data: { labels: d.quarters, datasets },
      options: {
        responsive: true,
        scales: { y: { min: 0, max: 100, title: { display: true, text: "0–100 (higher is healthier)" } } },
        plugins: { legend: { position: "bottom" } }
      }
    });
  }

  document.querySelectorAll("canvas[data-chart]").forEach((canvas) => {
    const d = JSON.parse(canvas.getAttribute("data-chart"));
    if (d.type === "health-trend" && window.Chart) {
      draw(canvas, d);
    }
  });
})();
