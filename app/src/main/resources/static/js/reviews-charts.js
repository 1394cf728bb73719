// Promises-kept chart. The <canvas data-chart='{"type":"kept-rate","quarters":[...],"sides":{"CLIENT":[...],...}}'>
// carries its data as JSON (the CSP forbids inline scripts). Per side and quarter: [rate %, low %, high %, kept, counted]
// or null; drawn as a line of the rate with the 95% Wilson interval as a floating bar behind it.
(function () {
  const colours = { CLIENT: "#0b5cad", VENDOR: "#d9822b" };

  function rgba(hex, alpha) {
    const n = parseInt(hex.slice(1), 16);
    return "rgba(" + ((n >> 16) & 255) + ", " + ((n >> 8) & 255) + ", " + (n & 255) + ", " + alpha + ")";
  }

  function draw(canvas, d) {
    const datasets = [];
    Object.keys(d.sides).forEach((side) => {
      const points = d.sides[side];
      const colour = colours[side] || "#555";
      datasets.push({ type: "line", label: side + " kept on time (%)", borderColor: colour, backgroundColor: colour,
        spanGaps: false, data: points.map((p) => (p ? p[0] : null)) });
      datasets.push({ type: "bar", label: side + " 95% interval", backgroundColor: rgba(colour, 0.2),
        borderColor: colour, borderWidth: 1, data: points.map((p) => (p ? [p[1], p[2]] : null)) });
    });
    return new Chart(canvas, {
      type: "bar",
      data: { labels: d.quarters, datasets },
      options: {
        responsive: true,
        scales: { y: { min: 0, max: 100, title: { display: true, text: "% of promises due, kept on time" } } },
        plugins: {
          legend: { position: "bottom" },
          tooltip: { callbacks: { afterLabel: (ctx) => {
            const side = ctx.dataset.label.split(" ")[0];
            const p = d.sides[side] && d.sides[side][ctx.dataIndex];
            return p ? p[3] + " of " + p[4] + " kept on time" : "";
          } } }
        }
      }
    });
  }

  document.querySelectorAll("canvas[data-chart]").forEach((canvas) => {
    const d = JSON.parse(canvas.getAttribute("data-chart"));
    if (d.type === "kept-rate" && window.Chart) {
      draw(canvas, d);
    }
  });
})();
