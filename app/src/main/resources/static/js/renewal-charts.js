// Renewal charts. "renewal-history": the one figure per month (published runs and months recorded by hand as two series) against
// the threshold (dashed).
// Renewal options chart. The <canvas data-chart='{"type":"renewal-cumulative","labels":[1..T],"series":[...]}'> carries
// its data as JSON (the CSP forbids inline scripts): the cumulative cost of each option by month; where a line crosses
// RENEW's is the break-even month.
(function () {
  const colours = { RENEW: "#0b5cad", SWITCH: "#d9822b", IN_HOUSE: "#2e8540" };

  function draw() {
    if (typeof Chart === "undefined") {
      return;
    }
    document.querySelectorAll("canvas[data-chart]").forEach((canvas) => {
      const d = JSON.parse(canvas.dataset.chart);
      if (d.type === "renewal-history" && !canvas.dataset.drawn) {
        canvas.dataset.drawn = "true";
        history(canvas, d);
        return;
      }
      if (d.type !== "renewal-cumulative" || canvas.dataset.drawn) {
        return;
      }
      canvas.dataset.drawn = "true";
      new Chart(canvas, {
        type: "line",
        data: {
          labels: d.labels,
          datasets: d.series.map((s) => ({
            label: s.kind + " · " + s.name,
            data: s.values,
            borderColor: colours[s.kind] || "#555",
            backgroundColor: colours[s.kind] || "#555",
            pointRadius: 0,
            tension: 0
          }))
        },
        options: {
          responsive: true,
          interaction: { mode: "index", intersect: false },
          scales: {
            x: { title: { display: true, text: "month" } },
            y: { title: { display: true, text: "cumulative cost" } }
          },
          plugins: { legend: { position: "bottom" } }
        }
      });
    });
  }
  function history(canvas, d) {
    const datasets = [
      { label: "Recorded by hand", data: d.recorded, borderColor: "#0b5cad", backgroundColor: "#0b5cad",
        tension: 0.2, spanGaps: false },
      { label: "Threshold", data: d.labels.map(() => d.threshold), borderColor: "#c0392b",
        borderDash: [6, 4], pointRadius: 0, fill: false }
    ];
    if (d.published.some((v) => v !== null)) {
      datasets.splice(1, 0, { label: "Published scorecard run", data: d.published, borderColor: "#2e8540",
        backgroundColor: "#2e8540", tension: 0.2, spanGaps: false });
    }
    new Chart(canvas, {
      type: "line",
      data: { labels: d.labels, datasets },
      options: {
        responsive: true,
        interaction: { mode: "index", intersect: false },
        scales: { y: { min: 0, max: 100, title: { display: true, text: "score (0–100)" } } },
        plugins: { legend: { position: "bottom" } }
      }
    });
  }

  document.addEventListener("DOMContentLoaded", draw);
})();
