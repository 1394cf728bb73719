// KPI trend charts. Each <canvas data-chart='{"type":"kpi-trend",...}'> carries its data as JSON (the CSP forbids
// inline scripts): one line per handler, its 95% interval drawn as a filled band between low and high.
(function () {
  const palette = ["#0b5cad", "#d9822b", "#2e8540", "#8e44ad", "#c0392b", "#16a085", "#b7950b"];
  const inhouseColor = "#1d2733";

  function rgba(hex, alpha) {
    const n = parseInt(hex.slice(1), 16);
    return "rgba(" + ((n >> 16) & 255) + ", " + ((n >> 8) & 255) + ", " + (n & 255) + ", " + alpha + ")";
  }

  function trend(canvas, d) {
    const datasets = [];
    let colour = 0;
    d.series.forEach((s) => {
      const c = s.inhouse ? inhouseColor : palette[colour++ % palette.length];
      const label = s.inhouse ? s.label + " (in-house)" : s.label;
      datasets.push({ label: label + " high", data: s.high, borderWidth: 0, pointRadius: 0, fill: false,
        band: true, spanGaps: false });
      datasets.push({ label: label + " low", data: s.low, borderWidth: 0, pointRadius: 0, fill: "-1",
        backgroundColor: rgba(c, 0.15), band: true, spanGaps: false });
      datasets.push({ label: label, data: s.values, borderColor: c, backgroundColor: c, tension: 0.2,
        borderDash: s.inhouse ? [6, 4] : [], spanGaps: false });
    });
    return new Chart(canvas, {
      type: "line",
      data: { labels: d.labels, datasets },
      options: {
        responsive: true,
        interaction: { mode: "index", intersect: false },
        plugins: {
          legend: { labels: { filter: (item, data) => !data.datasets[item.datasetIndex].band } },
          tooltip: {
            filter: (item) => !item.dataset.band,
            callbacks: { label: (c) => c.dataset.label + ": " + Number(c.parsed.y).toFixed(1) + (d.unit === "%" ? " %" : "") }
          },
          subtitle: { display: true, text: d.metric + " · shaded: 95% interval" }
        },
        scales: { y: { title: { display: true, text: d.unit } } }
      }
    });
  }

  function draw() {
    if (typeof Chart === "undefined") {
      return;
    }
    document.querySelectorAll("canvas[data-chart]").forEach((canvas) => {
      if (canvas.dataset.drawn) {
        return;
      }
      const d = JSON.parse(canvas.dataset.chart);
      if (d.type === "kpi-trend") {
        trend(canvas, d);
        canvas.dataset.drawn = "true";
      }
    });
  }

  document.addEventListener("DOMContentLoaded", draw);
  document.addEventListener("htmx:afterSettle", draw);
})();
