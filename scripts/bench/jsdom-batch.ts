/**
 * Child process of the benchmark: times one batch of pages (or one stress page) in jsdom and sends
 * the figures back over IPC, then exits. Each batch runs in a fresh process, so the memory jsdom
 * holds for the pages of one batch (documents, clones, windows) is returned to the system before the
 * next batch: the full corpus runs in bounded memory.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { CONTENDERS, timeOnce, timePage } from './in-page';
import { round } from './stats';
import { pageTimes, type PageTimes } from './summary';

export type BatchRequest =
  | { kind: 'pages'; pages: { id: string; html: string; url: string }[]; reps: number; warmup: number }
  | { kind: 'stress'; name: string; html: string };
export type BatchReply =
  | { ok: true; times: PageTimes[] }
  | { ok: true; stress: Record<string, unknown> }
  | { ok: false; error: string };

type View = Window & typeof globalThis;

const jsdomOf = (html: string, url: string): JSDOM => new JSDOM(html, { url, virtualConsole: new VirtualConsole() });

function timeInJsdom(page: { id: string; html: string; url: string }, reps: number, warmup: number): PageTimes {
  const dom = jsdomOf(page.html, page.url);
  try {
    const view = dom.window as unknown as View;
    return pageTimes(page.id, timePage(view.document, view, reps, CONTENDERS, warmup));
  } finally {
    dom.window.close();
  }
}

/** One run on a stress page; parse failures (jsdom recurses on deep trees) are an outcome too. */
function stressInJsdom(name: string, html: string): Record<string, unknown> {
  const t0 = performance.now();
  let dom: JSDOM;
  try {
    dom = jsdomOf(html, `https://stress.example/${name}`);
  } catch (err) {
    return { parseMs: round(performance.now() - t0), outcome: `jsdom cannot parse it: ${(err as Error).message}` };
  }
  const parseMs = round(performance.now() - t0);
  try {
    const r = timeOnce('verbatim', dom.window.document, dom.window as unknown as View);
    return { parseMs, verbatimMs: round(r.ms), outcome: r.outcome };
  } catch (err) {
    return { parseMs, outcome: `error: ${(err as Error).message}` };
  }
  // The window is not closed: jsdom's close() recurses on deep trees, and the process exits anyway.
}

process.once('message', (msg: BatchRequest) => {
  let reply: BatchReply;
  try {
    reply = msg.kind === 'pages'
      ? { ok: true, times: msg.pages.map((p) => timeInJsdom(p, msg.reps, msg.warmup)) }
      : { ok: true, stress: stressInJsdom(msg.name, msg.html) };
  } catch (err) {
    reply = { ok: false, error: err instanceof Error ? err.stack ?? err.message : String(err) };
  }
  process.send?.(reply, () => process.disconnect());
});
