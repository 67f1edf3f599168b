/**
 * Golden pages: every folder of tests/pages is run through the whole pipeline in jsdom and checked
 * per field, per block (reporting the first differing block), by removal kind, and for boilerplate
 * that must appear nowhere in the output.
 */
import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { runHtml } from '../helpers/load-page';
import { firstDifference } from '../helpers/first-difference';
import { goldenCases, readGolden, removedKinds } from '../helpers/golden';
import { ALLOWED_ATTR, ALLOWED_TAGS } from '../../src/core/render/sanitize';

describe.each(goldenCases())('%s', (name) => {
  const { source, golden } = readGolden(name);
  const outcome = runHtml(source, golden.url);

  test(`is ${golden.kind === 'article' ? 'an article' : 'not an article'}`, () => {
    expect(outcome.kind === 'not-article' ? `${outcome.kind}: ${outcome.reason}` : outcome.kind).toMatch(new RegExp(`^${golden.kind}`));
    if (outcome.kind === 'not-article' && golden.reason) expect(outcome.reason).toMatch(new RegExp(golden.reason));
  });

  if (golden.kind !== 'article' || outcome.kind !== 'article') return;
  const { article } = outcome;

  test.each(Object.entries(golden.fields ?? {}))('field %s', (field, want) => {
    expect(article[field as keyof typeof article]).toEqual(want);
  });

  if (golden.blocks) {
    test('blocks (first difference)', () => {
      expect(firstDifference(article.blocks, golden.blocks ?? [])).toBeNull();
    });
  }

  if (golden.blockSummary) {
    test('block summary', () => {
      const { count, first, last, headings } = golden.blockSummary!;
      expect({
        count: article.blocks.length,
        first: article.blocks[0]?.text,
        last: article.blocks.at(-1)?.text,
        headings: article.blocks.filter((b) => /^h\d$/.test(b.tag)).map((b) => b.text),
      }).toEqual({ count, first, last, headings });
    });
  }

  if (golden.removed) {
    test('removed, by kind', () => {
      expect(removedKinds(outcome)).toEqual(golden.removed);
    });
  }

  test.each(golden.absent ?? [])('no "%s" anywhere in the output (case-sensitive)', (s) => {
    expect(`${article.text}\n${article.credits ?? ''}\n${article.html}`).not.toContain(s);
  });

  test.each(golden.htmlAbsent ?? [])('HTML does not match /%s/i', (re) => {
    expect(article.html).not.toMatch(new RegExp(re, 'i'));
  });

  test('the HTML marks every block once, in order, with its text', () => {
    const doc = new JSDOM(article.html).window.document;
    const marked = [...doc.querySelectorAll('[data-vb-block]')].map((el) => ({
      index: Number(el.getAttribute('data-vb-block')),
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    }));
    expect(marked.map((m) => m.index)).toEqual(article.blocks.map((b) => b.index));
    expect(marked.map((m) => m.text)).toEqual(article.blocks.map((b) => b.text));
  });

  test('the HTML holds only allowlisted elements and attributes, and only http(s) URLs', () => {
    const doc = new JSDOM(article.html).window.document;
    const offending = [...doc.body.querySelectorAll('*')].flatMap((el) => {
      const tag = el.tagName.toLowerCase();
      const bad = ALLOWED_TAGS.includes(tag) ? [] : [`<${tag}>`];
      for (const attr of el.attributes) {
        if (!ALLOWED_ATTR.includes(attr.name)) bad.push(`${tag}[${attr.name}]`);
        if ((attr.name === 'href' || attr.name === 'src') && !/^https?:\/\//i.test(attr.value)) bad.push(`${tag}[${attr.name}=${attr.value}]`);
        if (attr.name === 'class' && !/^(vb-[a-z-]+\s*)+$/.test(attr.value)) bad.push(`${tag}.${attr.value}`);
      }
      return bad;
    });
    expect(offending).toEqual([]);
  });

  test('text is the blocks, one per line', () => {
    expect(article.text).toBe(article.blocks.map((b) => b.text).join('\n'));
  });
});
