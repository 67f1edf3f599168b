/**
 * Screenshots and accessibility checks of extension UI that has no page of its own: the real popup
 * and the reader view's closed shadow root are copied (markup + the extension's own CSS) into a
 * plain page, which is then screenshotted or checked with axe-core. Dark variants force the
 * `prefers-color-scheme: dark` rules on, so both browsers render them the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'puppeteer-core';

export const ARTIFACTS = path.resolve(import.meta.dirname, '../../artifacts');
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type Scheme = 'light' | 'dark';

/** Popup markup as a standalone page: its stylesheet inlined, scripts dropped. */
export function popupPage(popupHtml: string, css: string, scheme: Scheme): string {
  const styled = scheme === 'dark' ? css.replaceAll('@media (prefers-color-scheme: dark)', '@media all') : css;
  return popupHtml
    .replace(/<link rel="stylesheet" href="popup.css">/, `<style>${styled}</style>`)
    .replace(/<script[^>]*><\/script>/g, '');
}

/** The reader's shadow content as a standalone page (its <style> comes along). */
export function readerPage(shadowHtml: string, title: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body style="margin:0">${shadowHtml}</body></html>`;
}

export async function openSnapshot(browser: Browser, html: string, width: number, height: number): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.setContent(html, { waitUntil: 'load' });
  return page;
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file as `${string}.png`, fullPage });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** axe-core violations of impact serious or critical on `page`. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length })))`)) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
