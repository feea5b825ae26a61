// The charts: each `.chart-box[data-chart]` drawn by the bundled ECharts from the JSON beside it.
(function () {
  "use strict";
  const percent = (v) => (v * 100).toFixed(1) + "%";
  const axis = (data) => ({ type: "category", data: data, axisLabel: { interval: 0 } });
  const draw = {
    // one line per quantity over the years, a gap where a year has none
    trend: (d) => ({
      tooltip: { trigger: "axis" },
      legend: { right: 0, orient: "vertical", top: "middle" },
      grid: { left: 56, right: 150, top: 16, bottom: 28 },
      xAxis: axis(d.years.map(String)),
      yAxis: { type: "value" },
      series: d.series.map((s) => ({
        type: "line",
        name: s.name,
        data: d.years.map((y) => s.values[y] ?? null),
      })),
    }),
    // a box per group: Q1 to Q3, the median across it, whiskers to the minimum and maximum
    box: (d) => ({
      grid: { left: 56, right: 12, top: 16, bottom: 28 },
      tooltip: {
        formatter: (p) => {
          const b = d[p.dataIndex];
          return `${b.name}：${b.count} 份，最小 ${b.min}，Q1 ${b.q1}，中位数 ${b.median}，Q3 ${b.q3}，最大 ${b.max}`;
        },
      },
      xAxis: axis(d.map((b) => b.name)),
      yAxis: { type: "value" },
      series: [{ type: "boxplot", data: d.map((b) => [b.min, b.q1, b.median, b.q3, b.max]) }],
    }),
    // a bar per group for the share corrected; 无数据 where the group has none
    bars: (d) => ({
      grid: { left: 56, right: 12, top: 16, bottom: 28 },
      tooltip: { formatter: (p) => `${p.name}：${percent(p.value)}（${d[p.dataIndex].reports} 份报告）` },
      xAxis: axis(d.map((b) => (b.value === null ? b.name + "（无数据）" : b.name))),
      yAxis: { type: "value", min: 0, max: d.some((b) => b.value > 0.5) ? 1 : 0.5, axisLabel: { formatter: percent } },
      series: [{ type: "bar", barMaxWidth: 60, data: d.map((b) => b.value), label: { show: true, position: "top", formatter: (p) => percent(p.value) } }],
    }),
  };
  document.querySelectorAll(".chart-box[data-chart]").forEach((box) => {
    const data = JSON.parse(document.getElementById(box.id + "-data").textContent);
    echarts.init(box, null, { renderer: "svg" }).setOption({ animation: false, tooltip: {}, ...draw[box.dataset.chart](data) });
  });
})();
