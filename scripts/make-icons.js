/*
 * Draws the add-in's icons as PNGs with no image library: shapes are signed-distance functions,
 * supersampled for smooth edges. Run `node scripts/make-icons.js` after changing the artwork.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Signed distances in a unit square (0..1); negative inside.
const roundedBox = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const segment = (x, y, ax, ay, bx, by, w) => {
  const px = x - ax,
    py = y - ay,
    dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - w;
};

const BLUE = [0x0f, 0x6c, 0xbd];
const GREEN = [0x10, 0x7c, 0x41];
const WHITE = [0xff, 0xff, 0xff];

/** Layers painted in order: [distance function, colour]. */
function render(size, layers) {
  const ss = 4;
  const out = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const u = (x + (sx + 0.5) / ss) / size;
          const v = (y + (sy + 0.5) / ss) / size;
          let col = null;
          for (const [dist, c] of layers) if (dist(u, v) <= 0) col = c;
          if (col) {
            r += col[0];
            g += col[1];
            b += col[2];
            a += 255;
          }
        }
      }
      const n = ss * ss,
        i = (y * size + x) * 4;
      const cov = a / 255;
      out[i] = cov ? Math.round(r / cov) : 0;
      out[i + 1] = cov ? Math.round(g / cov) : 0;
      out[i + 2] = cov ? Math.round(b / cov) : 0;
      out[i + 3] = Math.round(a / n);
    }
  }
  return out;
}

// The add-in: a blue badge with a white check over a list line, a school list that has been checked.
const badge = [
  [(x, y) => roundedBox(x, y, 0.5, 0.5, 0.46, 0.46, 0.14), BLUE],
  [(x, y) => segment(x, y, 0.24, 0.3, 0.76, 0.3, 0.05), WHITE],
  [
    (x, y) =>
      Math.min(segment(x, y, 0.26, 0.58, 0.42, 0.74, 0.065), segment(x, y, 0.42, 0.74, 0.76, 0.42, 0.065)),
    WHITE,
  ],
];
// The check command: a green check in a white sheet with a green frame.
const check = [
  [(x, y) => roundedBox(x, y, 0.5, 0.5, 0.4, 0.46, 0.08), GREEN],
  [(x, y) => roundedBox(x, y, 0.5, 0.5, 0.32, 0.38, 0.04), WHITE],
  [
    (x, y) =>
      Math.min(segment(x, y, 0.3, 0.52, 0.45, 0.67, 0.07), segment(x, y, 0.45, 0.67, 0.72, 0.36, 0.07)),
    GREEN,
  ],
];

const dir = path.join(__dirname, "..", "assets");
fs.mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80])
  fs.writeFileSync(path.join(dir, `icon-${size}.png`), png(size, render(size, badge)));
for (const size of [16, 32, 80])
  fs.writeFileSync(path.join(dir, `check-${size}.png`), png(size, render(size, check)));
console.log(`icons written to ${dir}`);
