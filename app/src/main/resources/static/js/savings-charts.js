// Savings charts. Each <canvas data-chart='{"type":...}'> carries its data as JSON (the CSP forbids inline scripts):
//   ledger-categories   hidden costs per month stacked by category
//   governance-hours    governance hours per person per month
//   savings-realization cumulative savings: plan, realised, forecast, with the forecast's interval at term end
(function () {
  const palette = ["#0b5cad", "#d9822b", "#a3231f", "#2e8540", "#6b4fa3", "#5a6b7d", "#c2a300"];

  function stacked(canvas, d, yTitle) {
    const datasets = Object.keys(d.series).map((name, i) => ({
      label: name, data: d.series[name].map(Number), backgroundColor: palette[i % palette.length] }));
    return new Chart(canvas, {
      type: "bar",
      data: { labels: d.months, datasets },
      options: { responsive: true, animation: false, scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: yTitle } } },
        plugins: { legend: { position: "bottom" } } }
    });
  }

  function realization(canvas, d) {
    const datasets = [
      { label: "Plan (cumulative)", data: d.plan, borderColor: "#5a6b7d", borderDash: [6, 4], fill: false, pointRadius: 0 },
      { label: "Realised (cumulative)", data: d.realized, borderColor: "#0b5cad", backgroundColor: "#0b5cad", fill: false },
      { label: "Forecast (cumulative)", data: d.forecast, borderColor: "#d9822b", borderDash: [2, 3], fill: false, pointRadius: 0 }
    ];
    if (d.low !== undefined) {
      const n = d.months.length;
      const end = (value) => d.months.map((_, i) => (i === n - 1 ? value : null));
      datasets.push({ label: "90% interval at term end", data: end(d.high), borderColor: "#d9822b", backgroundColor: "#d9822b",
        showLine: false, pointStyle: "line", pointRadius: 10 });
      datasets.push({ label: "", data: end(d.low), borderColor: "#d9822b", backgroundColor: "#d9822b",
        showLine: false, pointStyle: "line", pointRadius: 10 });
    }
    return new Chart(canvas, {
      type: "line",
      data: { labels: d.months, datasets },
      options: { responsive: true, animation: false, spanGaps: false,
        scales: { y: { title: { display: true, text: "cumulative savings" } } },
        plugins: { legend: { position: "bottom", labels: { filter: (item) => item.text !== "" } } } }
    });
  }

  document.querySelectorAll("canvas[data-chart]").forEach((canvas) => {
    const d = JSON.parse(canvas.getAttribute("data-chart"));
    if (!window.Chart || canvas.dataset.drawn) {
      return;
    }
    if (d.type === "ledger-categories") {
      stacked(canvas, d, "money");
    } else if (d.type === "governance-hours") {
      stacked(canvas, d, "hours");
    } else if (d.type === "savings-realization") {
      realization(canvas, d);
    } else {
      return;
    }
    canvas.dataset.drawn = "true";
  });
})();
