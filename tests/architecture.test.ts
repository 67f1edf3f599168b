/**
 * The architecture, enforced: the core is pure and shared; shells only wire browser APIs to it.
 * Zones (see README "Architecture"):
 *   core   → core only (+ @mozilla/readability, dompurify); no extension API, no global window/document
 *   shared → core types, the English messages (+ the polyfill, in shared/browser.ts only)
 *   content, background, popup, options → core, shared; never each other
 *   cli    → core (+ node:*, jsdom)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(__dirname, '..');
const SRC = join(ROOT, 'src');

function filesUnder(dir: string, ext = /\.ts$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, ext) : ext.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;

interface Import {
  /** A package name, or for a relative import its path under src/ ("core/clean/index"). */
  spec: string;
  local: boolean;
}

function importsOf(file: string): Import[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(IMPORT)].map((m) => {
    const spec = (m[1] ?? m[2] ?? m[3]) as string;
    const local = spec.startsWith('.');
    return { spec: local ? relative(SRC, resolve(dirname(file), spec)) : spec, local };
  });
}

const zoneOf = (spec: string): string => spec.split('/')[0] as string;
const stripComments = (s: string): string => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

const ZONES: Record<string, { zones: string[]; packages: RegExp }> = {
  core: { zones: ['core'], packages: /^(@mozilla\/readability|dompurify)$/ },
  shared: { zones: ['shared', 'core', '_locales'], packages: /^webextension-polyfill$/ },
  content: { zones: ['content', 'core', 'shared'], packages: /^$/ },
  background: { zones: ['background', 'core', 'shared'], packages: /^$/ },
  popup: { zones: ['popup', 'core', 'shared'], packages: /^$/ },
  options: { zones: ['options', 'core', 'shared'], packages: /^$/ },
  cli: { zones: ['cli', 'core'], packages: /^(node:.*|jsdom)$/ },
};

const sourceFiles = filesUnder(SRC);

describe('import zones', () => {
  test('every source file lies in a known zone', () => {
    const unknown = sourceFiles.map((f) => relative(SRC, f)).filter((f) => !(zoneOf(f) in ZONES) && !f.startsWith('_locales'));
    expect(unknown).toEqual([]);
  });

  test.each(Object.keys(ZONES))('%s imports only what its zone allows', (zone) => {
    const rule = ZONES[zone]!;
    const offending = sourceFiles
      .filter((f) => zoneOf(relative(SRC, f)) === zone)
      .flatMap((f) =>
        importsOf(f)
          .filter(({ spec, local }) => (local ? !rule.zones.includes(zoneOf(spec)) : !rule.packages.test(spec)))
          .map(({ spec }) => `${relative(ROOT, f)} → ${spec}`),
      );
    expect(offending).toEqual([]);
  });

  test('only shared/browser.ts imports webextension-polyfill', () => {
    const importers = sourceFiles.filter((f) => importsOf(f).some((i) => i.spec === 'webextension-polyfill')).map((f) => relative(SRC, f));
    expect(importers.every((f) => f === join('shared', 'browser.ts'))).toBe(true);
  });

  test('the content script never loads the quotes engine (the background runs it)', () => {
    // Every source file the content script reaches through its imports, however indirectly.
    const fileOf = (spec: string): string | null =>
      [join(SRC, `${spec}.ts`), join(SRC, spec, 'index.ts')].find((f) => sourceFiles.includes(f)) ?? null;
    const reached = new Set<string>();
    const queue = [join(SRC, 'content', 'index.ts')];
    while (queue.length > 0) {
      const file = queue.pop() as string;
      if (reached.has(file)) continue;
      reached.add(file);
      for (const { spec, local } of importsOf(file)) {
        const next = local ? fileOf(spec) : null;
        if (next) queue.push(next);
      }
    }
    const engine = [...reached].map((f) => relative(SRC, f)).filter((f) => f.startsWith(join('core', 'quotes')) || f === join('core', 'quote-finder.ts'));
    expect(reached.size).toBeGreaterThan(10);
    expect(engine).toEqual([]);
  });

  test('only core/render/sanitize.ts imports DOMPurify', () => {
    const importers = sourceFiles.filter((f) => importsOf(f).some((i) => i.spec === 'dompurify')).map((f) => relative(SRC, f));
    expect(importers).toEqual([join('core', 'render', 'sanitize.ts')]);
  });
});

describe('the core is pure', () => {
  const coreFiles = sourceFiles.filter((f) => zoneOf(relative(SRC, f)) === 'core');
  const FORBIDDEN = [
    { what: 'extension API', pattern: /(?<![.\w])(chrome|browser)\s*\.\s*\w+/ },
    { what: 'global window/document', pattern: /(?<![.\w$])(?<!typeof\s)(window|document|globalThis|self)\b(?!\s*[:?])/ },
    { what: 'eval or Function constructor', pattern: /(?<![.\w])(eval|new\s+Function)\s*\(/ },
  ];

  test('the core has source files', () => {
    expect(coreFiles.length).toBeGreaterThan(5);
  });

  test.each(FORBIDDEN)('no $what in src/core', ({ pattern }) => {
    const hits = coreFiles.flatMap((f) =>
      stripComments(readFileSync(f, 'utf8'))
        // (template literals may run over several lines, as word tables do ("… document documents …"):
        // only their ${…} parts are code)
        .replace(/`(?:\\.|\$\{[^}]*\}|[^`\\])*`/g, (literal) => literal.match(/\$\{[^}]*\}/g)?.join(' ') ?? '``')
        .split('\n')
        .filter((line) => pattern.test(line.replace(/(['"`])(?:\\.|(?!\1).)*\1/g, "''")))
        .map((line) => `${relative(ROOT, f)}: ${line.trim()}`),
    );
    expect(hits).toEqual([]);
  });
});

describe('extension pages and the content script never parse HTML strings', () => {
  // Page-derived text reaches the popup and options through textContent; the reader view's markup
  // goes through the one sanitizer (core/render/sanitize.ts), which alone turns HTML into nodes.
  const shells = sourceFiles.filter((f) => ['popup', 'options', 'content', 'background'].includes(zoneOf(relative(SRC, f))));
  const HTML_SINKS = /\.(innerHTML|outerHTML)\s*\+?=|\b(insertAdjacentHTML|createContextualFragment|parseFromString|setHTMLUnsafe)\s*\(|\bdocument\.write(ln)?\s*\(/;

  test('the shells have source files', () => {
    expect(shells.length).toBeGreaterThan(5);
  });

  test('no HTML sink in the shells', () => {
    const hits = shells.flatMap((f) =>
      stripComments(readFileSync(f, 'utf8'))
        // (template literals may run over several lines, as word tables do ("… document documents …"):
        // only their ${…} parts are code)
        .replace(/`(?:\\.|\$\{[^}]*\}|[^`\\])*`/g, (literal) => literal.match(/\$\{[^}]*\}/g)?.join(' ') ?? '``')
        .split('\n')
        .filter((line) => HTML_SINKS.test(line))
        .map((line) => `${relative(ROOT, f)}: ${line.trim()}`),
    );
    expect(hits).toEqual([]);
  });

  test.each(['el.innerHTML = page.title;', 'box.insertAdjacentHTML("beforeend", s)', 'new DOMParser().parseFromString(html, "text/html")', 'document.write(x)'])(
    'the rule catches %s',
    (line) => expect(HTML_SINKS.test(line)).toBe(true),
  );
});

describe('golden page fixtures', () => {
  const pagesDir = join(ROOT, 'tests', 'pages');
  const cases = readdirSync(pagesDir).filter((n) => statSync(join(pagesDir, n)).isDirectory());

  test('there are golden pages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  test.each(cases)('%s has source.html and expected.json', (name) => {
    const files = readdirSync(join(pagesDir, name));
    expect(files).toEqual(expect.arrayContaining(['source.html', 'expected.json']));
  });
});
