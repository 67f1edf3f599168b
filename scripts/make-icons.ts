/**
 * Draws the toolbar and store icons (icons/icon-{16,32,48,96,128}.png): a white opening quotation
 * mark on a teal rounded square. Pure geometry, 4×4 supersampled, written as PNG with node:zlib,
 * so the icons are reproducible from this file: `npx tsx scripts/make-icons.ts`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { crc32 } from './zip';

const SIZES = [16, 32, 48, 96, 128];
const BACKGROUND = [15, 118, 110]; // teal-700
const MARK = [255, 255, 255];
const SAMPLES = 4;

/** Signed distance to a rounded square covering the unit square (negative inside). */
function roundedSquare(x: number, y: number, radius = 0.22): number {
  const qx = Math.abs(x - 0.5) - (0.5 - radius);
  const qy = Math.abs(y - 0.5) - (0.5 - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** One "6"-shaped half of the mark: a ball with a tapering tail curving up to the right. */
function comma(x: number, y: number, cx: number, cy: number, r: number): boolean {
  if (Math.hypot(x - cx, y - cy) <= r) return true;
  const p0 = [cx - r * 0.55, cy - r * 0.55];
  const p1 = [cx - r * 1.05, cy - r * 2.0];
  const p2 = [cx + r * 0.75, cy - r * 2.55];
  for (let i = 0; i <= 48; i++) {
    const t = i / 48;
    const u = 1 - t;
    const bx = u * u * p0[0]! + 2 * u * t * p1[0]! + t * t * p2[0]!;
    const by = u * u * p0[1]! + 2 * u * t * p1[1]! + t * t * p2[1]!;
    if (Math.hypot(x - bx, y - by) <= r * (0.62 - 0.42 * t)) return true;
  }
  return false;
}

function pixel(x: number, y: number, size: number): [number, number, number, number] {
  let inside = 0;
  let mark = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const px = (x + (sx + 0.5) / SAMPLES) / size;
      const py = (y + (sy + 0.5) / SAMPLES) / size;
      if (roundedSquare(px, py) > 0) continue;
      inside++;
      if (comma(px, py, 0.32, 0.62, 0.13) || comma(px, py, 0.66, 0.62, 0.13)) mark++;
    }
  }
  const n = SAMPLES * SAMPLES;
  const a = inside / n;
  if (inside === 0) return [0, 0, 0, 0];
  const m = mark / inside;
  const c = BACKGROUND.map((b, i) => Math.round(b * (1 - m) + MARK[i]! * m));
  return [c[0]!, c[1]!, c[2]!, Math.round(a * 255)];
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGBA PNG of the icon at `size` pixels. */
export function iconPng(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const rgba = pixel(x, y, size);
      raw.set(rgba, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const size of SIZES) {
    const file = resolve(import.meta.dirname, '..', 'icons', `icon-${size}.png`);
    writeFileSync(file, iconPng(size));
    console.log(`wrote ${file}`);
  }
}
