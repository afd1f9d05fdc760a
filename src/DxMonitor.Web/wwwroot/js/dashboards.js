// Draws the charts the dashboard pages describe in data-chart (JSON written by the server), with Apache ECharts
// (vendored under lib/echarts). Every chart has a data table beside it; the charts only add the picture.
(function () {
  "use strict";
  const lang = document.documentElement.lang || "vi";
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const format = (v) => (v === null || v === undefined || Number.isNaN(v) ? "—" : number.format(v));
  const palette = ["#e8f1fa", "#b6d4ee", "#6fa8dc", "#2f74b5", "#0b4f9c", "#06264d"];
  const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

  // ECharts' own axis tooltip writes style="" attributes, which the Content-Security-Policy refuses (ADR 019);
  // this one marks each series with a class instead (css/site.css).
  function axisTooltip(points) {
    const rows = points.map((p) => `<span class="tip-marker tip-series-${p.seriesIndex}"></span>${escape(p.seriesName)}: <b>${escape(format(p.value))}</b>`);
    return [escape(points[0].axisValueLabel), ...rows].join("<br>");
  }

  function line(spec) {
    const series = [{ name: spec.seriesName, type: "line", data: spec.values, connectNulls: true, symbolSize: 6,
      lineStyle: { width: 2, color: "#0b4f9c" }, itemStyle: { color: "#0b4f9c" } }];
    if (spec.target !== null && spec.target !== undefined) {
      series.push({ name: spec.targetName, type: "line", data: spec.periods.map(() => spec.target), symbol: "none",
        lineStyle: { type: "dashed", color: "#b3261e", width: 1.5 }, itemStyle: { color: "#b3261e" } });
    }
    return {
      animation: false,
      grid: { left: 48, right: 12, top: 12, bottom: 28 },
      tooltip: { trigger: "axis", formatter: axisTooltip },
      xAxis: { type: "category", data: spec.periods, axisLabel: { color: "#57606a" } },
      yAxis: { type: "value", scale: true, axisLabel: { color: "#57606a", formatter: format } },
      series,
    };
  }

  async function map(spec, el) {
    const response = await fetch(spec.geo);
    if (!response.ok) throw new Error("Boundaries not found: " + spec.geo);
    const geo = await response.json();
    echarts.registerMap(spec.geo, geo);
    const values = spec.areas.map((a) => a.value).filter((v) => v !== null);
    const min = values.length ? Math.min(...values) : 0;
    const max = values.length ? Math.max(...values) : 1;
    el.dataset.regions = String(geo.features.length);
    return {
      animation: false,
      tooltip: {
        trigger: "item",
        formatter: (p) => (p.data
          ? `${escape(p.data.label)}<br>${escape(spec.label)}: ${escape(p.data.value === null ? spec.noData : format(p.data.value))}`
          : escape(p.name)),
      },
      visualMap: {
        type: "continuous", min, max: max === min ? min + 1 : max, calculable: false, left: 8, bottom: 8,
        text: [format(max), format(min)], inRange: { color: palette }, textStyle: { color: "#1b1f24" },
      },
      series: [{
        type: "map", map: spec.geo, nameProperty: "code", roam: false, aspectScale: 0.95, top: 8, bottom: 8, left: 8, right: 8,
        itemStyle: { borderColor: "#ffffff", borderWidth: 0.6, areaColor: "#d0d7de" },
        emphasis: { label: { show: false }, itemStyle: { areaColor: "#f2b705" } },
        select: { disabled: true },
        data: spec.areas.map((a) => ({ name: a.code, value: a.value, label: a.name })),
      }],
    };
  }

  async function draw(el) {
    const spec = JSON.parse(el.dataset.chart);
    const chart = echarts.init(el, null, { renderer: "svg" });
    const option = spec.kind === "map" ? await map(spec, el) : line(spec);
    chart.on("finished", () => { el.dataset.rendered = "true"; });
    chart.setOption(option);
    new ResizeObserver(() => chart.resize()).observe(el);
  }

  function drawAll() {
    for (const el of document.querySelectorAll(".chart[data-chart]")) {
      draw(el).catch((error) => { el.dataset.rendered = "failed"; console.error(error); });
    }
  }

  // The chart library (about 200 KB compressed) is fetched once the page has loaded, so that it never delays it.
  const library = document.currentScript && document.currentScript.dataset.echarts;
  function loadLibrary() {
    if (window.echarts || !library) {
      drawAll();
      return;
    }
    const script = document.createElement("script");
    script.src = library;
    script.addEventListener("load", drawAll);
    script.addEventListener("error", () => console.error("The chart library could not be loaded: " + library));
    document.head.appendChild(script);
  }

  if (document.readyState === "complete") {
    loadLibrary();
  } else {
    window.addEventListener("load", loadLibrary, { once: true });
  }
})();
