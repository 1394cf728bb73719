// Pilot-vs-in-house chart. The <canvas data-chart='{"type":"pilot-differences","rows":[...]}'> carries its data as
// JSON (the CSP forbids inline scripts): per rate metric a floating bar from the 95% low to high of vendor − in-house
// (and of the DiD and mix-adjusted difference), with the point estimate as a dot.
(function () {
  const series = [
    { key: "difference", label: "Vendor − in-house", colour: "#0b5cad" },
    { key: "did", label: "Difference-in-differences", colour: "#d9822b" },
    { key: "mix", label: "Mix-adjusted", colour: "#2e8540" }
  ];

  function rgba(hex, alpha) {
    const n = parseInt(hex.slice(1), 16);
    return "rgba(" + ((n >> 16) & 255) + ", " + ((n >> 8) & 255) + ", " + (n & 255) + ", " + alpha + ")";
  }

  function draw(canvas, d) {
    const labels = d.rows.map((r) => r.metric);
    const datasets = [];
    series.forEach((s) => {
      datasets.push({ type: "bar", label: s.label + " (95%)", backgroundColor: rgba(s.colour, 0.3),
        borderColor: s.colour, borderWidth: 1,
        data: d.rows.map((r) => (r[s.key] ? [r[s.key][1], r[s.key][2]] : null)) });
    });
    return new Chart(canvas, {
      type: "bar",
      data: { labels, datasets },
      options: {
        indexAxis: "y",
        responsive: true,
        scales: { x: { title: { display: true, text: "percentage points (vendor − in-house)" } } },
        plugins: { legend: { position: "bottom" } }
      }
    });
  }

  document.querySelectorAll("canvas[data-chart]").forEach((canvas) => {
    const d = JSON.parse(canvas.getAttribute("data-chart"));
    if (d.type === "pilot-differences" && window.Chart) {
      draw(canvas, d);
    }
  });
})();
