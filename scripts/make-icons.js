/**
 * Draws the add-in's icons (assets/icon-16.png … icon-128.png): a white bar chart rising on
 * an emergency-orange rounded square. Run `node scripts/make-icons.js`; the PNGs are committed.
 * Shapes are computed per pixel with 4×4 supersampling so small sizes stay crisp and smooth.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { PNG } = require("pngjs");

const SIZES = [16, 32, 64, 80, 128];
const ORANGE = [232, 93, 4]; // emergency orange-red
const WHITE = [255, 255, 255];

/** Whether the unit-square point (x, y) lies inside a square with corner radius r. */
function inRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Three bars of rising height, as [left, right, top] in unit coordinates, bottom at 0.8. */
const BARS = [
  [0.2, 0.34, 0.58],
  [0.43, 0.57, 0.4],
  [0.66, 0.8, 0.22],
];

function inBar(x, y) {
  return BARS.some(([left, right, top]) => x >= left && x <= right && y >= top && y <= 0.8);
}

function drawIcon(size) {
  const png = new PNG({ width: size, height: size });
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!inRoundedSquare(x, y, 0.2)) continue;
          cover++;
          if (inBar(x, y)) white++;
        }
      }
      const i = (py * size + px) * 4;
      const w = cover === 0 ? 0 : white / cover;
      for (let c = 0; c < 3; c++) png.data[i + c] = Math.round(ORANGE[c] * (1 - w) + WHITE[c] * w);
      png.data[i + 3] = Math.round((255 * cover) / (samples * samples));
    }
  }
  return PNG.sync.write(png);
}

const outDir = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, drawIcon(size));
  console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
}
