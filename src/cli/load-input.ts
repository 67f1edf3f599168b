/**
 * Reading a CLI input: a file path or `-` for stdin → text, or a one-line reason why it is not usable.
 * Nothing here touches the network; jsdom is given no resource loader and runs no scripts.
 */
import { readFile } from 'node:fs/promises';
import type { JSDOM } from 'jsdom';

/** Inputs above this size are refused before parsing (a page of 50 MB is not an article). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export type Loaded<T> = { ok: true; value: T } | { ok: false; reason: string };

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function describeReadError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'permission denied';
  return err instanceof Error ? err.message : String(err);
}

/** Share of bytes that are control characters other than whitespace; text has almost none. */
function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return true;
  let control = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32)) control++;
  return sample.length > 0 && control / sample.length > 0.05;
}

/** Reads a file (or stdin for `-`) as UTF-8 text, refusing binary and oversized input. */
export async function loadText(file: string): Promise<Loaded<string>> {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? await readStdin() : await readFile(file);
  } catch (err) {
    return { ok: false, reason: describeReadError(err) };
  }
  if (bytes.length > MAX_INPUT_BYTES) {
    return { ok: false, reason: `too large (${Math.round(bytes.length / 1048576)} MB; the limit is 50 MB)` };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary data, not a text or HTML file' };
  return { ok: true, value: bytes.toString('utf8') };
}

/**
 * jsdom's tree builder recurses per nesting level and overflows its stack on pages some 10 000
 * levels deep, after many seconds; a linear scan of the tags refuses such pages at once. Unclosed
 * tags only make the estimate higher, and real pages stay far below the limit.
 */
export const MAX_NESTING = 5_000;
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'option']);
const TAG = /<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g;

export function nestingEstimate(text: string): number {
  let depth = 0;
  let max = 0;
  for (const [, closing, name, selfClosing] of text.matchAll(TAG)) {
    if (selfClosing || VOID_ELEMENTS.has((name as string).toLowerCase())) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

const HTML_MARKUP = /<(?:!doctype\s+html|html|head|body|article|main|div|p|h1|section)\b/i;

/**
 * Text → a jsdom window holding it as an HTML document; refuses text with no HTML markup. jsdom is
 * loaded on first use: the plain-text `quotes` command never needs it and starts faster without it.
 */
export async function parseHtml(text: string, url: string): Promise<Loaded<JSDOM>> {
  if (!HTML_MARKUP.test(text)) return { ok: false, reason: 'not an HTML file (no HTML markup found)' };
  if (nestingEstimate(text) > MAX_NESTING) {
    return { ok: false, reason: `the page is nested too deeply to process (over ${MAX_NESTING.toLocaleString('en')} levels)` };
  }
  const { JSDOM, VirtualConsole } = await import('jsdom');
  try {
    // A silent console: page CSS that jsdom cannot parse is not the user's concern.
    const dom = new JSDOM(text, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
    return { ok: true, value: dom };
  } catch (err) {
    return { ok: false, reason: `could not parse as HTML (${err instanceof Error ? err.message : String(err)})` };
  }
}
