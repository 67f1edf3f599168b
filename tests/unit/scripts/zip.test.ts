import { inflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { crc32, zip } from '../../../scripts/zip';

/** Reads a ZIP archive back through its central directory (what store uploaders do). */
function unzip(buf: Buffer): Map<string, Buffer> {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(p)).toBe(0x02014b50);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const size = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataStart, dataStart + size);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    expect(crc32(data)).toBe(crc);
    files.set(name, data);
    p += 46 + nameLength;
  }
  return files;
}

describe('crc32', () => {
  test.each([
    ['', 0],
    ['123456789', 0xcbf43926], // the standard check value
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('%j', (input, expected) => {
    expect(crc32(Buffer.from(input))).toBe(expected);
  });
});

describe('zip', () => {
  test('round-trips deflated and stored entries with nested names', () => {
    const entries = [
      { name: 'manifest.json', data: Buffer.from(JSON.stringify({ manifest_version: 3 }).repeat(20)) },
      { name: 'icons/icon-16.png', data: Buffer.from([137, 80, 78, 71, 1, 2, 3]) },
      { name: '_locales/en/messages.json', data: Buffer.from('{"é":"ü"}') },
      { name: 'empty.txt', data: Buffer.alloc(0) },
    ];
    const files = unzip(zip(entries));
    expect([...files.keys()]).toEqual(entries.map((e) => e.name));
    for (const e of entries) expect(files.get(e.name)?.equals(e.data)).toBe(true);
  });

  test('is reproducible: same input, same bytes', () => {
    const entries = [{ name: 'a.js', data: Buffer.from('console.log(1)') }];
    expect(zip(entries).equals(zip(entries))).toBe(true);
  });
});
