/** A page in jsdom, run through the core the way the CLI and content script run it. */
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { processPage } from '../../src/core/index';
import type { Outcome, ProcessOptions } from '../../src/core/types';

export type View = Window & typeof globalThis;

export function domOf(html: string, url = 'https://news.example/story.html'): JSDOM {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
}

/** HTML → Outcome, with the trace on. */
export function runHtml(html: string, url?: string, options: Partial<ProcessOptions> = {}): Outcome {
  // The window is left to the garbage collector: jsdom's close() recurses and overflows on 5 000-deep pages.
  const dom = domOf(html, url);
  return processPage(dom.window.document, { view: dom.window as unknown as View, trace: true, ...options });
}

export function runFile(file: string, url?: string): Outcome {
  return runHtml(readFileSync(file, 'utf8'), url);
}

/** The article of an outcome, failing loudly with the reason when there is none. */
export function articleOf(outcome: Outcome): Extract<Outcome, { kind: 'article' }> {
  if (outcome.kind !== 'article') throw new Error(`expected an article, got not-article: ${outcome.reason}`);
  return outcome;
}

/** A minimal article page: paragraphs in a body, optional extra markup around them. */
export function articlePage(paragraphs: readonly string[], { before = '', after = '', between = '', head = '' } = {}): string {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join(between);
  return `<!doctype html><html lang="en"><head><title>Test story</title>${head}</head><body>${before}<article><h1>Test story</h1>${body}</article>${after}</body></html>`;
}

/** Long enough paragraphs for Readability to take the page as an article. */
export const PROSE = [
  'The city council voted on Tuesday to approve the new budget for the coming year, after a long debate about spending on roads, schools and parks across the district.',
  'Members of the opposition said the plan did not do enough for housing, and they promised to bring forward amendments at the next meeting of the full council in March.',
  'The mayor defended the budget as a careful balance between the needs of residents and the limits of the city’s finances, which were hit hard by the recession.',
  'Residents who attended the meeting were divided: some praised the investment in public transport, while others worried about rising property taxes in older neighbourhoods.',
  'The budget will now go to the regional authority for final approval, a step that officials described as a formality that should be completed within a few weeks.',
];
