// Builds the province maps' commune boundaries: one file per province valid from 2025-07-01
// (src/DxMonitor.Web/wwwroot/maps/communes/P01.json, ...), its communes keyed by our unit codes (C + the official
// five-digit code, as src/DxMonitor.Data/Seed/units-2025-07-01.csv seeds them). The source is the published commune
// boundaries of 1 July 2025 (vietnamese-provinces-database, MIT; merged and simplified with mapshaper
// `-simplify 4% keep-shapes`, 1e-4° coordinates), the file ../shared/data/maps/communes-2025-07-01.geojson of the
// project's reference data; Đà Nẵng's file holds the special zone Hoàng Sa and Khánh Hòa's the special zone Trường Sa.
// Run: node build-communes.mjs [path to communes-2025-07-01.geojson]
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

const root = new URL("../../", import.meta.url);
const source = process.argv[2] ?? new URL("../../../shared/data/maps/communes-2025-07-01.geojson", import.meta.url).pathname;
const out = new URL("src/DxMonitor.Web/wwwroot/maps/communes/", root);
const csv = readFileSync(new URL("src/DxMonitor.Data/Seed/units-2025-07-01.csv", root), "utf8").trim().split(/\r?\n/).slice(1);
const provinceOf = new Map();
for (const line of csv) {
  const [code, , level, province] = line.split(",");
  if (level === "commune") provinceOf.set(code, province);
}
// The two published files disagree on one code: Phường Hiệp Hòa of Quảng Ninh is 07147 in the boundaries (in Quảng
// Ninh's range of codes) and 00071 in the list of units (in Hà Nội's). Our unit carries the list's code.
const listCodeOf = new Map([["07147", "00071"]]);
const communes = JSON.parse(readFileSync(source, "utf8")).features;
const byProvince = new Map();
for (const feature of communes) {
  const code = listCodeOf.get(feature.properties.code) ?? feature.properties.code;
  const province = provinceOf.get(code);
  if (!province) throw new Error(`Commune ${code} is not in units-2025-07-01.csv`);
  const unit = `C${code}`;
  const features = byProvince.get(province) ?? [];
  features.push({ type: "Feature", id: unit, properties: { code: unit, name: feature.properties.fullName ?? feature.properties.name }, geometry: feature.geometry });
  byProvince.set(province, features);
}
if (provinceOf.size !== communes.length) throw new Error(`${provinceOf.size} communes in the CSV, ${communes.length} boundaries`);
mkdirSync(out, { recursive: true });
for (const [province, features] of byProvince) {
  writeFileSync(new URL(`P${province}.json`, out), JSON.stringify({ type: "FeatureCollection", features }));
}
console.log(`${communes.length} communes in ${byProvince.size} province files`);
