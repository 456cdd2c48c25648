#!/usr/bin/env node
// Draws Caveat's toolbar icon (a magnifier over a caret on a rounded square) as PNGs in public/icon/.
// Pure Node: shapes are signed-distance tests, supersampled for smooth edges, encoded with zlib.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 48, 96, 128];
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');

const BACKGROUND = [0x1d, 0x3f, 0x8f]; // deep blue: contrast 9:1 with white
const INK = [0xff, 0xff, 0xff];
const ACCENT = [0xff, 0xb3, 0x1f]; // amber caret: the "caveat" mark inside the lens

// Shapes in a unit square (0..1); each returns true when the point is inside.
function roundedSquare(x, y) {
  const r = 0.2;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
}

const LENS = { x: 0.43, y: 0.43, outer: 0.27, inner: 0.185 };

function ring(x, y) {
  const d = Math.hypot(x - LENS.x, y - LENS.y);
  return d <= LENS.outer && d >= LENS.inner;
}

function distanceToSegment(x, y, ax, ay, bx, by) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}

function handle(x, y) {
  const start = LENS.outer * Math.SQRT1_2 * 0.9;
  return distanceToSegment(x, y, LENS.x + start, LENS.y + start, 0.8, 0.8) <= 0.075;
}

// An upward caret (^) inside the lens, drawn as two thick strokes.
function caret(x, y) {
  const w = 0.05;
  const top = [LENS.x, LENS.y - 0.075];
  return (
    distanceToSegment(x, y, LENS.x - 0.085, LENS.y + 0.06, top[0], top[1]) <= w / 1.4 ||
    distanceToSegment(x, y, LENS.x + 0.085, LENS.y + 0.06, top[0], top[1]) <= w / 1.4
  );
}

/** Colour and coverage at one sample point, or null outside the icon. */
function sample(x, y) {
  if (!roundedSquare(x, y)) return null;
  if (ring(x, y) || handle(x, y)) return INK;
  if (caret(x, y)) return ACCENT;
  return BACKGROUND;
}

function render(size) {
  const grid = size <= 32 ? 8 : 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, hits = 0;
      for (let sy = 0; sy < grid; sy++) {
        for (let sx = 0; sx < grid; sx++) {
          const colour = sample((px + (sx + 0.5) / grid) / size, (py + (sy + 0.5) / grid) / size);
          if (!colour) continue;
          r += colour[0]; g += colour[1]; b += colour[2]; hits++;
        }
      }
      const i = (py * size + px) * 4;
      if (hits === 0) continue;
      pixels[i] = Math.round(r / hits);
      pixels[i + 1] = Math.round(g / hits);
      pixels[i + 2] = Math.round(b / hits);
      pixels[i + 3] = Math.round((255 * hits) / (grid * grid));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels → PNG bytes (8-bit RGBA, filter 0 on every row). */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  const file = join(OUT, `${size}.png`);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${file}`);
}
