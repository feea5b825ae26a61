// The report writer: every identity of the template checked as the clerk types, its findings beside the cells.
(function () {
  "use strict";
  const form = document.getElementById("write-form");
  if (!form) return;
  const list = document.getElementById("findings");
  const state = document.getElementById("check-state");
  let timer = null;
  let asked = 0;

  function values() {
    const out = {};
    form.querySelectorAll("input[data-cell]").forEach((el) => { out[el.name] = el.value; });
    return out;
  }

  function mark(cells, text, title) {
    cells.forEach((id) => {
      const input = document.getElementById(id);
      const note = document.getElementById("note-" + id);
      if (input) input.classList.add("broken");
      if (note && !note.textContent) { note.textContent = text; note.title = title; }
    });
  }

  function show(data) {
    form.querySelectorAll(".broken").forEach((el) => el.classList.remove("broken"));
    form.querySelectorAll("td.note").forEach((el) => { el.textContent = ""; el.title = ""; });
    list.replaceChildren();
    data.problems.forEach((p) => {
      const li = document.createElement("li");
      li.textContent = p.label + "：" + p.message;
      list.append(li);
    });
    data.findings.forEach((f) => {
      const li = document.createElement("li");
      li.textContent = f.message + "（" + f.rule + "）";
      list.append(li);
      mark(f.cells, "✗ 数字不平", f.message);
    });
    const n = data.findings.length + data.problems.length;
    state.textContent = n ? "有 " + n + " 处数字不平或无法识别，见下方及各单元格旁。" : "已检查：各表勾稽关系相符。";
    state.className = n ? "error" : "ok";
  }

  async function check() {
    const mine = ++asked;
    const response = await fetch(form.dataset.check, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": form.elements.csrf.value },
      body: JSON.stringify({ year: Number(form.elements.year.value), values: values() }),
    });
    if (mine !== asked) return;  // a newer check is on its way
    if (!response.ok) { state.textContent = "检查失败：" + (await response.json()).detail; return; }
    show(await response.json());
  }

  form.addEventListener("input", (event) => {
    if (!("cell" in event.target.dataset)) return;
    clearTimeout(timer);
    timer = setTimeout(check, 300);
  });
  check();
})();
