/**
 * The reader view's styles, inside its closed shadow root. `all: initial` on the root cuts every
 * inherited page style; the page's own rules cannot reach into the shadow tree. Settings arrive as
 * custom properties (--vb-font-size, --vb-line-width, --vb-font) and a data-theme attribute.
 */
export const READER_CSS = `
:host { all: initial; }
.vb-root {
  all: initial;
  position: absolute; inset: 0; overflow: auto; overscroll-behavior: contain;
  display: block; box-sizing: border-box;
  --vb-bg: #fbfaf7; --vb-fg: #1f2328; --vb-muted: #57606a; --vb-rule: #d8dee4;
  --vb-accent: #0f766e; --vb-quote-line: rgba(15, 118, 110, 0.45); --vb-quote-bg: rgba(15, 118, 110, 0.08);
  --vb-active-bg: #fff1a8; --vb-toolbar-bg: rgba(251, 250, 247, 0.94);
  color-scheme: light;
  background: var(--vb-bg); color: var(--vb-fg);
  font-family: var(--vb-font, Georgia, 'Iowan Old Style', 'Times New Roman', serif);
  font-size: var(--vb-font-size, 20px); line-height: 1.6;
  -webkit-font-smoothing: antialiased; text-rendering: optimizeLegibility;
}
.vb-root[data-theme='dark'] {
  --vb-bg: #17191c; --vb-fg: #e6e1d8; --vb-muted: #a3a9b1; --vb-rule: #30363d;
  --vb-accent: #5eead4; --vb-quote-line: rgba(94, 234, 212, 0.5); --vb-quote-bg: rgba(94, 234, 212, 0.1);
  --vb-active-bg: #5c4d00; --vb-toolbar-bg: rgba(23, 25, 28, 0.94);
  color-scheme: dark;
}
@media (prefers-color-scheme: dark) {
  .vb-root[data-theme='auto'] {
    --vb-bg: #17191c; --vb-fg: #e6e1d8; --vb-muted: #a3a9b1; --vb-rule: #30363d;
    --vb-accent: #5eead4; --vb-quote-line: rgba(94, 234, 212, 0.5); --vb-quote-bg: rgba(94, 234, 212, 0.1);
    --vb-active-bg: #5c4d00; --vb-toolbar-bg: rgba(23, 25, 28, 0.94);
    color-scheme: dark;
  }
}
.vb-root *, .vb-root *::before, .vb-root *::after { box-sizing: border-box; }
.vb-toolbar {
  position: sticky; top: 0; z-index: 1; display: flex; gap: 0.5rem; align-items: center;
  padding: 0.5rem 1rem; background: var(--vb-toolbar-bg); border-bottom: 1px solid var(--vb-rule);
  font: 500 14px/1.2 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  backdrop-filter: blur(6px);
}
.vb-toolbar .vb-spacer { flex: 1; }
.vb-toolbar button {
  all: unset; cursor: pointer; padding: 0.4rem 0.7rem; border-radius: 6px; color: var(--vb-fg);
  border: 1px solid var(--vb-rule); background: transparent; font: inherit; line-height: 1.2;
}
.vb-toolbar button:hover { background: var(--vb-quote-bg); }
.vb-toolbar button:focus-visible, .vb-article a:focus-visible { outline: 2px solid var(--vb-accent); outline-offset: 2px; }
.vb-toolbar .vb-back { font-weight: 600; }
.vb-main { display: block; padding: 2.5rem 1.25rem 5rem; }
.vb-main:focus { outline: none; }
.vb-article { display: block; max-width: var(--vb-line-width, 65ch); margin: 0 auto; overflow-wrap: break-word; }
.vb-kicker { font: 600 13px/1.4 system-ui, sans-serif; letter-spacing: 0.06em; text-transform: uppercase; color: var(--vb-accent); margin: 0 0 0.75rem; }
.vb-article h1 { font-size: 2em; line-height: 1.2; margin: 0 0 0.75rem; font-weight: 700; letter-spacing: -0.01em; }
.vb-article h2 { font-size: 1.3em; line-height: 1.3; margin: 2em 0 0.6em; font-weight: 700; }
.vb-article h3, .vb-article h4 { font-size: 1.1em; line-height: 1.35; margin: 1.6em 0 0.5em; }
.vb-article p, .vb-article ul, .vb-article ol, .vb-article blockquote, .vb-article pre { margin: 0 0 1.1em; }
.vb-article header { margin: 0 0 2rem; padding-bottom: 1.25rem; border-bottom: 1px solid var(--vb-rule); }
.vb-byline { margin: 0 0 0.2rem; font: 600 16px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
.vb-meta { margin: 0; font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--vb-muted); }
.vb-meta time { font: inherit; color: inherit; }
.vb-article a { color: var(--vb-accent); text-decoration-thickness: 1px; text-underline-offset: 2px; }
.vb-article img, .vb-article video, .vb-article picture { display: block; max-width: 100%; height: auto; margin: 0 auto; border-radius: 4px; }
.vb-article img { font: 14px/1.4 system-ui, sans-serif; color: var(--vb-muted); }
.vb-article figure { margin: 1.75em 0; }
.vb-article figcaption { font: 14px/1.45 system-ui, sans-serif; color: var(--vb-muted); margin-top: 0.5em; }
.vb-article blockquote { border-left: 3px solid var(--vb-rule); padding-left: 1em; color: var(--vb-fg); font-style: italic; }
.vb-article pre { overflow: auto; font: 0.8em/1.5 ui-monospace, monospace; padding: 1em; background: var(--vb-quote-bg); }
.vb-article hr { border: 0; border-top: 1px solid var(--vb-rule); margin: 2em 0; }
.vb-credits small { font: inherit; }
.vb-credits {
  margin-top: 3em; padding-top: 1em; border-top: 1px solid var(--vb-rule);
  font: 14px/1.5 system-ui, sans-serif; color: var(--vb-muted);
}
.vb-quote {
  text-decoration: underline; text-decoration-color: var(--vb-quote-line);
  text-decoration-thickness: 1.5px; text-underline-offset: 0.25em; text-decoration-skip-ink: auto;
}
.vb-quote-direct, .vb-quote-partial { background: var(--vb-quote-bg); border-radius: 2px; }
.vb-quote-reported { text-decoration-style: dotted; }
.vb-quote.vb-active { background: var(--vb-active-bg); text-decoration-color: var(--vb-accent); color: var(--vb-fg); }
@media (prefers-reduced-motion: no-preference) { .vb-root { scroll-behavior: smooth; } }
`;
