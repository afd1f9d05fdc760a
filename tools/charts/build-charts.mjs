// Bundles entry.js with esbuild into one minified script headed by ECharts' version and licence.
import { build } from "esbuild";
import { readFile, writeFile } from "node:fs/promises";

const out = new URL("../../src/DxMonitor.Web/wwwroot/lib/echarts/echarts.dxmonitor.min.js", import.meta.url);
const result = await build({
  entryPoints: [new URL("entry.js", import.meta.url).pathname],
  bundle: true, minify: true, format: "iife", target: "es2020", write: false, legalComments: "none",
});
const { version } = JSON.parse(await readFile(new URL("node_modules/echarts/package.json", import.meta.url), "utf8"));
const licence = `/*! Apache ECharts ${version}, parts used by DxMonitor (tools/charts). Apache-2.0: see LICENSE and NOTICE beside this file. */`;
await writeFile(out, `${licence}\n${result.outputFiles[0].text}`);
console.log(`wrote ${out.pathname}: ${result.outputFiles[0].text.length} bytes`);
