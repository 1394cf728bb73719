// Steward's small client-side glue. Pages work without it; htmx requests get the CSRF token.
document.addEventListener("htmx:configRequest", (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Wide tables scroll inside their own box instead of widening the page (pages without JS keep the table).
function wrapWideTables(root) {
  // Every table of the page (not only .table ones): a table is as wide as its columns need.
  root.querySelectorAll("main table").forEach((table) => {
    if (table.parentElement && table.parentElement.classList.contains("table-scroll")) {
      return;
    }
    const box = document.createElement("div");
    box.className = "table-scroll";
    table.parentNode.insertBefore(box, table);
    box.appendChild(table);
  });
  markScrollingTables();
}

// A box that scrolls must be reachable by keyboard and named (WCAG 2.1.1): only those that do scroll.
function markScrollingTables() {
  document.querySelectorAll(".table-scroll").forEach((box) => {
    if (box.scrollWidth > box.clientWidth + 1) {
      const caption = box.querySelector("caption");
      box.tabIndex = 0;
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", caption && caption.textContent.trim() ? caption.textContent.trim() : "Table");
    } else if (box.hasAttribute("role")) {
      box.removeAttribute("tabindex");
      box.removeAttribute("role");
      box.removeAttribute("aria-label");
    }
  });
}
window.addEventListener("resize", markScrollingTables);
document.addEventListener("DOMContentLoaded", () => wrapWideTables(document));
document.addEventListener("htmx:afterSwap", (event) => wrapWideTables(event.detail.target.parentNode || document));
