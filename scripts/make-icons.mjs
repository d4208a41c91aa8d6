// Draws the app icons as PNGs with no dependencies: assets/icons/icon-192.png, icon-512.png and
// maskable-512.png (content in the safe zone), and the 32-pixel favicon, written into index.html
// as a data: URL (inline, so changing the link never asks the server for it; a PNG, because
// Chromium builds a whole SVG document again for an SVG favicon each time the link changes:
// 18-27 ms of a slow phone's main thread after every answer).
// Run: node scripts/make-icons.mjs   (the PNGs are committed; rerun after changing the design)
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TEAL = [0x0b, 0x6b, 0x66];
const WHITE = [0xff, 0xff, 0xff];

// The favicon's curve "M14 44 C24 44 26 20 36 20 S46 30 50 30" in a 64-unit square.
function bezier(p0, p1, p2, p3, n) {
  return Array.from({ length: n + 1 }, (_, i) => {
    const t = i / n, u = 1 - t;
    return [0, 1].map((k) => u * u * u * p0[k] + 3 * u * u * t * p1[k] + 3 * u * t * t * p2[k] + t * t * t * p3[k]);
  });
}
const CURVE = [...bezier([14, 44], [24, 44], [26, 20], [36, 20], 40), ...bezier([36, 20], [46, 20], [46, 30], [50, 30], 24)];

function distToCurve(x, y) {
  let best = Infinity;
  for (let i = 1; i < CURVE.length; i++) {
    const [ax, ay] = CURVE[i - 1], [bx, by] = CURVE[i];
    const dx = bx - ax, dy = by - ay;
    if (dx === 0 && dy === 0) continue; // the two halves share a point
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
  }
  return best;
}

/** Colour at a point of the 64-unit design; `maskable` fills the square and shrinks the mark. */
function colour(x, y, maskable) {
  const inside = maskable || (() => {
    const r = 14, cx = Math.min(Math.max(x, r), 64 - r), cy = Math.min(Math.max(y, r), 64 - r);
    return Math.hypot(x - cx, y - cy) <= r;
  })();
  if (!inside) return null;
  const [mx, my] = maskable ? [32 + (x - 32) / 0.7, 32 + (y - 32) / 0.7] : [x, y];
  if (distToCurve(mx, my) <= 3 || Math.hypot(mx - 14, my - 44) <= 5) return WHITE;
  return TEAL;
}

function draw(size, maskable) {
  const ss = 3; // supersampling per axis
  const px = Buffer.alloc(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sj = 0; sj < ss; sj++) {
        for (let si = 0; si < ss; si++) {
          const c = colour(((i + (si + 0.5) / ss) / size) * 64, ((j + (sj + 0.5) / ss) / size) * 64, maskable);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 255; }
        }
      }
      const n = ss * ss, o = (j * size + i) * 4, cover = a / 255;
      px[o] = cover ? r / cover : 0; px[o + 1] = cover ? g / cover : 0; px[o + 2] = cover ? b / cover : 0; px[o + 3] = a / n;
    }
  }
  return png(size, px);
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => (buf.reduce((c, b) => CRC[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

const favicon = `data:image/png;base64,${draw(32, false).toString('base64')}`;
const page = readFileSync('index.html', 'utf8');
const icon = /<link rel="icon" href="[^"]*">/;
if (!icon.test(page)) throw new Error('make-icons: no <link rel="icon" href="..."> in index.html');
writeFileSync('index.html', page.replace(icon, `<link rel="icon" href="${favicon}">`));
console.log(`index.html: favicon ${favicon.length} characters`);

for (const [name, size, maskable] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['maskable-512.png', 512, true]]) {
  const out = draw(size, maskable);
  writeFileSync(`assets/icons/${name}`, out);
  console.log(`assets/icons/${name}: ${out.length} bytes`);
}
