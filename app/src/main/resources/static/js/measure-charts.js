// Measure charts: the SPC control chart (<canvas data-spc>) and scorecard trends (<div data-trend>). Data travel as
// JSON in data attributes because the CSP forbids inline scripts.
(function () {
  function spc(canvas) {
    const d = JSON.parse(canvas.dataset.spc);
    const p = d.points;
    new Chart(canvas, {
      type: "line",
      data: {
        labels: p.map((x) => x.week),
        datasets: [
          { label: "Observed", data: p.map((x) => x.value), borderColor: "#9aa5b1", pointRadius: 2, showLine: false },
          { label: "EWMA", data: p.map((x) => x.ewma), borderColor: "#0b5cad", backgroundColor: "#0b5cad",
            pointBackgroundColor: p.map((x) => (x.signal === "NONE" ? "#0b5cad" : "#c0392b")),
            pointRadius: p.map((x) => (x.signal === "NONE" ? 2 : 5)) },
          { label: "Centre", data: p.map((x) => x.centre), borderColor: "#2e7d32", pointRadius: 0 },
          { label: "UCL", data: p.map((x) => x.ucl), borderColor: "#c0392b", borderDash: [6, 4], pointRadius: 0 },
          { label: "LCL", data: p.map((x) => x.lcl), borderColor: "#c0392b", borderDash: [6, 4], pointRadius: 0 }
        ]
      },
      options: { responsive: true, animation: false, interaction: { mode: "index", intersect: false } }
    });
  }

  function trend(box) {
    const d = JSON.parse(box.dataset.trend);
    Object.entries(d.metrics).forEach(([name, m]) => {
      const figure = document.createElement("figure");
      figure.className = "measure-trend";
      const caption = document.createElement("figcaption");
      caption.textContent = name;
      const canvas = document.createElement("canvas");
      canvas.setAttribute("role", "img");
      canvas.setAttribute("aria-label", name + ": vendor vs in-house vs target");
      figure.append(caption, canvas);
      box.append(figure);
      new Chart(canvas, {
        type: "line",
        data: {
          labels: d.labels,
          datasets: [
            { label: "95 % high", data: m.high, borderColor: "rgba(11,92,173,0.15)", pointRadius: 0, fill: false },
            { label: "95 % low", data: m.low, borderColor: "rgba(11,92,173,0.15)",
              backgroundColor: "rgba(11,92,173,0.12)", pointRadius: 0, fill: "-1" },
            { label: "Vendor", data: m.vendor, borderColor: "#0b5cad", backgroundColor: "#0b5cad" },
            { label: "In-house", data: m.inHouse, borderColor: "#6d4c41", backgroundColor: "#6d4c41" },
            { label: "Target", data: m.target, borderColor: "#2e7d32", borderDash: [6, 4], pointRadius: 0 }
          ]
        },
        options: { responsive: true, animation: false, spanGaps: false }
      });
    });
  }

  function draw() {
    if (typeof Chart === "undefined") {
      return;
    }
    document.querySelectorAll("canvas[data-spc]").forEach((c) => {
      if (!c.dataset.drawn) {
        c.dataset.drawn = "true";
        spc(c);
      }
    });
    document.querySelectorAll("div[data-trend]").forEach((b) => {
      if (!b.dataset.drawn) {
        b.dataset.drawn = "true";
        trend(b);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
