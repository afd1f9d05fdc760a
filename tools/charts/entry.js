// The parts of Apache ECharts the dashboards use (wwwroot/js/dashboards.js): line and map series, a grid, the
// tooltip, the continuous visual map, drawn as SVG. Exposed as the global `echarts`, as the full build was.
import * as echarts from "echarts/core";
import { LineChart, MapChart } from "echarts/charts";
import { GridComponent, TooltipComponent, VisualMapContinuousComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

echarts.use([LineChart, MapChart, GridComponent, TooltipComponent, VisualMapContinuousComponent, SVGRenderer]);

globalThis.echarts = { init: echarts.init, registerMap: echarts.registerMap, version: echarts.version };
