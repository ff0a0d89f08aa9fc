// Copies the dashboard's third-party dist files from node_modules into static/vendor.
// Run once after `npm ci` when bumping a version; the server itself never needs npm.
import { cpSync, mkdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";

const nm = "node_modules";
const out = join("static", "vendor");
const files = {
  "chart.js/dist/chart.umd.min.js": "chart.umd.min.js",
  "chart.js/LICENSE.md": "licenses/chart.js.LICENSE.md",
  "cytoscape/dist/cytoscape.min.js": "cytoscape.min.js",
  "cytoscape/LICENSE": "licenses/cytoscape.LICENSE",
  "leaflet/dist/leaflet.js": "leaflet/leaflet.js",
  "leaflet/dist/leaflet.css": "leaflet/leaflet.css",
  "leaflet/dist/images": "leaflet/images",
  "leaflet/LICENSE": "licenses/leaflet.LICENSE",
  "topojson-client/dist/topojson-client.min.js": "topojson-client.min.js",
  "topojson-client/LICENSE": "licenses/topojson-client.LICENSE",
  "world-atlas/countries-110m.json": "countries-110m.json",
  "world-atlas/LICENSE": "licenses/world-atlas.LICENSE",
  "@fontsource/noto-sans-arabic/LICENSE": "licenses/noto-sans-arabic.LICENSE",
  "swagger-ui-dist/swagger-ui-bundle.js": "swagger-ui/swagger-ui-bundle.js",
  "swagger-ui-dist/swagger-ui.css": "swagger-ui/swagger-ui.css",
  "swagger-ui-dist/LICENSE": "licenses/swagger-ui.LICENSE",
  "swagger-ui-dist/NOTICE": "licenses/swagger-ui.NOTICE",
  "swagger-ui-dist/swagger-ui-bundle.js.LICENSE.txt": "licenses/swagger-ui-bundle.js.LICENSE.txt",
};
const fontFiles = [];
for (const subset of ["arabic", "latin"]) {
  for (const weight of [400, 700]) {
    const name = `noto-sans-arabic-${subset}-${weight}-normal.woff2`;
    files[`@fontsource/noto-sans-arabic/files/${name}`] = `fonts/${name}`;
    fontFiles.push({ subset, weight, name });
  }
}
rmSync(out, { recursive: true, force: true });
for (const [src, dst] of Object.entries(files)) {
  mkdirSync(dirname(join(out, dst)), { recursive: true });
  cpSync(join(nm, src), join(out, dst), { recursive: true });
}
// Keep @fontsource's unicode-range per subset so the browser fetches only what a page uses.
const rangeOf = (subset, weight) => {
  const css = readFileSync(join(nm, "@fontsource/noto-sans-arabic", `${weight}.css`), "utf8");
  const block = css.split("/* ").find((b) => b.startsWith(`noto-sans-arabic-${subset}-${weight}-normal */`));
  return block.match(/unicode-range:\s*([^;]+);/)[1];
};
const css = fontFiles.map(({ subset, weight, name }) => `@font-face {
  font-family: 'Noto Sans Arabic';
  font-style: normal;
  font-display: swap;
  font-weight: ${weight};
  src: url(./${name}) format('woff2');
  unicode-range: ${rangeOf(subset, weight)};
}`).join("\n");
writeFileSync(join(out, "fonts", "fonts.css"), css + "\n");
console.log(`vendored ${Object.keys(files).length} files into ${out}`);
