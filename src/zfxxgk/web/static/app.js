// The report page: mark each finding on its cells, and show where a clicked cell was read.
(function () {
  "use strict";
  const data = document.getElementById("cell-data");
  if (!data) return;
  const cells = JSON.parse(data.textContent);
  const sizes = JSON.parse(document.getElementById("page-sizes").textContent);
  const where = document.getElementById("where");
  const pdf = document.getElementById("pdf");

  const pane = document.getElementById("source");

  // scroll the source pane alone (not the page) so that `el` stands in its middle
  function reveal(el) {
    const offset = el.getBoundingClientRect().top - pane.getBoundingClientRect().top;
    pane.scrollTop += offset - pane.clientHeight / 2 + el.offsetHeight / 2;
  }

  function clear() {
    document.querySelectorAll(".selected").forEach((el) => el.classList.remove("selected"));
  }

  function showLine(line) {
    const li = document.getElementById("L" + line);
    if (!li) return false;
    li.classList.add("selected");
    reveal(li);
    return true;
  }

  function showPage(page, bbox) {
    if (!pdf || !sizes[page - 1]) return false;
    const img = document.getElementById("page");
    const box = document.getElementById("box");
    const src = "/api/reports/" + pdf.dataset.report + "/pages/" + page + ".png";
    if (img.getAttribute("src") !== src) img.setAttribute("src", src);
    box.hidden = !bbox;
    if (bbox) {
      const { width, height } = sizes[page - 1];
      box.style.left = (100 * bbox[0]) / width + "%";
      box.style.top = (100 * bbox[1]) / height + "%";
      box.style.width = (100 * (bbox[2] - bbox[0])) / width + "%";
      box.style.height = (100 * (bbox[3] - bbox[1])) / height + "%";
      if (img.complete) reveal(box);
      else img.addEventListener("load", () => reveal(box), { once: true });
    }
    return true;
  }

  function place(info) {
    if (info.page) return "第 " + info.page + " 页";
    if (info.line) return "第 " + info.line + " 行";
    return info.location || "原文";
  }

  function show(id) {
    clear();
    document.querySelectorAll('td[data-cell="' + CSS.escape(id) + '"]').forEach((td) => td.classList.add("selected"));
    const info = cells[id];
    if (!info) {
      where.textContent = id + "：原文中没有读到这个单元格（未填写）。";
      return;
    }
    const value = info.value === null ? "（空）" : String(info.value) + (info.unit || "");
    const shown = (info.page && showPage(info.page, info.bbox)) || (info.line && showLine(info.line));
    where.textContent = info.label + "：" + value + "，读自" + place(info) + (shown ? "（已高亮）" : "");
  }

  function showLocation(loc) {
    clear();
    const page = /^p(\d+)/.exec(loc || "");
    const ok = /^\d+$/.test(loc || "") ? showLine(Number(loc)) : page && showPage(Number(page[1]), null);
    where.textContent = ok ? "问题所在：" + (page ? "第 " + page[1] + " 页" : "第 " + loc + " 行") : "这个问题没有对应的原文位置。";
  }

  document.querySelectorAll("td[data-cell]").forEach((td) => {
    td.addEventListener("click", () => show(td.dataset.cell));
  });
  document.querySelectorAll(".finding").forEach((f) => {
    const ids = f.dataset.cells ? f.dataset.cells.split(" ") : [];
    const note = f.querySelector(".msg").textContent + "（规则 " + f.querySelector(".rule").textContent + "）";
    const mark = f.classList.contains("error") ? "has-error" : "has-warning";
    ids.forEach((id) => {
      document.querySelectorAll('td[data-cell="' + CSS.escape(id) + '"]').forEach((td) => {
        td.classList.add(f.classList.contains("dismissed") ? "has-dismissed" : mark);
        td.title = (td.title ? td.title + "\n" : "") + note;
      });
    });
    f.querySelector(".goto").addEventListener("click", (e) => {
      e.preventDefault();
      const read = ids.find((id) => cells[id]);
      if (read) show(read);
      else showLocation(f.dataset.location);
    });
  });
})();
