// QA calibration charts. Each <canvas data-chart='{"type":...}'> carries its data as JSON (the CSP forbids inline
// scripts): the trend of reliability and alignment across sessions, and raw vs calibrated QA per vendor.
(function () {
  function trend(canvas, d) {
    return new Chart(canvas, {
      type: "line",
      data: {
        labels: d.labels,
        datasets: [
          { label: "ICC(2,1)", data: d.icc, borderColor: "#0b5cad", backgroundColor: "#0b5cad", yAxisID: "r" },
          { label: "Ordinal alpha", data: d.alpha, borderColor: "#6f42c1", backgroundColor: "#6f42c1",
            borderDash: [5, 4], yAxisID: "r" },
          { label: "Mean |grader − expert| (points)", data: d.mad, borderColor: "#d9822b",
            backgroundColor: "#d9822b", yAxisID: "p" }
        ]
      },
      options: {
        responsive: true,
        scales: {
          r: { position: "left", min: 0, max: 1, title: { display: true, text: "reliability" } },
          p: { position: "right", min: 0, title: { display: true, text: "score points" },
            grid: { drawOnChartArea: false } }
        },
        plugins: { legend: { position: "bottom" } }
      }
    });
  }

  function qa(canvas, d) {
    return new Chart(canvas, {
      type: "bar",
      data: {
        labels: d.labels,
        datasets: [
          { label: "Vendor-reported QA (raw)", data: d.raw, backgroundColor: "#9aa5b1" },
          { label: "Calibrated to the expert", data: d.calibrated, backgroundColor: "#0b5cad" }
        ]
      },
      options: {
        responsive: true,
        scales: { y: { min: 0, max: 100, title: { display: true, text: "QA score" } } },
        plugins: { legend: { position: "bottom" } }
      }
    });
  }

  document.querySelectorAll("canvas[data-chart]").forEach((canvas) => {
    const d = JSON.parse(canvas.getAttribute("data-chart"));
    if (!window.Chart) {
      return;
    }
    if (d.type === "calibration-trend") {
      trend(canvas, d);
    } else if (d.type === "calibration-qa") {
      qa(canvas, d);
    }
  });
})();
