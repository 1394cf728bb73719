// Charts of the Decide pages. Each <canvas data-chart="{...}"> carries its data as JSON (the CSP
// forbids inline scripts); "type" picks the drawing: plan, cumulative or tornado.
(function () {
  const palette = ["#0b5cad", "#d9822b", "#2e8540", "#8e44ad", "#c0392b", "#16a085", "#7f8c8d", "#b7950b"];
  const money = (v) => Number(v).toLocaleString(undefined, { maximumFractionDigits: 0 });
  const percent = (v) => (100 * Number(v)).toFixed(1) + " %";

  function plan(canvas, d) {
    return new Chart(canvas, {
      data: {
        labels: d.labels.map((s) => s.replace("T", " ")),
        datasets: [
          { type: "bar", label: "Agents", data: d.agents, backgroundColor: "rgba(11, 92, 173, 0.6)", yAxisID: "agents" },
          { type: "line", label: "Contacts", data: d.contacts, borderColor: "#d9822b", backgroundColor: "#d9822b",
            tension: 0.25, yAxisID: "contacts" }
        ]
      },
      options: {
        responsive: true,
        interaction: { mode: "index", intersect: false },
        scales: {
          agents: { type: "linear", position: "left", beginAtZero: true, title: { display: true, text: "agents" } },
          contacts: { type: "linear", position: "right", beginAtZero: true, grid: { drawOnChartArea: false },
            title: { display: true, text: "contacts" } }
        }
      }
    });
  }

  function cumulative(canvas, d) {
    return new Chart(canvas, {
      type: "line",
      data: {
        labels: d.labels,
        datasets: d.series.map((s, i) => ({
          label: s.label, data: s.data, borderColor: palette[i % palette.length],
          backgroundColor: palette[i % palette.length], borderDash: s.dashed ? [6, 4] : [], pointRadius: 0, tension: 0
        }))
      },
      options: {
        responsive: true,
        interaction: { mode: "index", intersect: false },
        plugins: { tooltip: { callbacks: { label: (c) => c.dataset.label + ": " + money(c.parsed.y) } } },
        scales: {
          x: { title: { display: true, text: "month" } },
          y: { beginAtZero: true, title: { display: true, text: "cumulative cost" }, ticks: { callback: money } }
        }
      }
    });
  }

  function tornado(canvas, d) {
    return new Chart(canvas, {
      type: "bar",
      data: {
        labels: d.labels,
        datasets: [
          { label: "Savings, input at P10 … P90", data: d.low.map((lo, i) => [lo, d.high[i]]),
            backgroundColor: d.low.map((lo, i) => (d.high[i] >= lo ? "rgba(46, 133, 64, 0.7)" : "rgba(192, 57, 43, 0.7)")) }
        ]
      },
      options: {
        indexAxis: "y",
        responsive: true,
        plugins: {
          tooltip: { callbacks: { label: (c) => "P10: " + percent(c.raw[0]) + " · P90: " + percent(c.raw[1]) } },
          subtitle: { display: true, text: "savings target " + percent(d.target) }
        },
        scales: { x: { ticks: { callback: percent }, title: { display: true, text: "savings vs in-house" } } }
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
      const kinds = { plan, cumulative, tornado };
      if (kinds[d.type]) {
        kinds[d.type](canvas, d);
        canvas.dataset.drawn = "true";
      }
    });
  }

  document.addEventListener("DOMContentLoaded", draw);
  document.addEventListener("htmx:afterSettle", draw);
})();
