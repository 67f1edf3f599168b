/**
 * The reader view's toolbar: back to the original page, text size −/+, theme. Buttons only; the
 * settings they change are saved by the caller (storage.sync) and come back through applySettings.
 */
import { FONT_SIZE, THEMES, type Settings, type Theme } from '../shared/settings';

const THEME_LABEL: Record<Theme, string> = { auto: 'Auto', light: 'Light', dark: 'Dark' };

export interface Toolbar {
  element: HTMLElement;
  update(settings: Settings): void;
}

export interface ToolbarActions {
  close(): void;
  change(change: Partial<Settings>): void;
}

function button(doc: Document, className: string, text: string, label: string, onClick: () => void): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}

export function buildToolbar(doc: Document, settings: () => Settings, actions: ToolbarActions): Toolbar {
  const element = doc.createElement('div');
  element.className = 'vb-toolbar';
  element.setAttribute('role', 'toolbar');
  element.setAttribute('aria-label', 'Reader view');
  const back = button(doc, 'vb-back', 'Original page', 'Original page (Escape)', actions.close);
  const spacer = doc.createElement('span');
  spacer.className = 'vb-spacer';
  const smaller = button(doc, 'vb-smaller', 'A−', 'A− Smaller text', () =>
    actions.change({ fontSize: Math.max(FONT_SIZE.min, settings().fontSize - 2) }),
  );
  const larger = button(doc, 'vb-larger', 'A+', 'A+ Larger text', () =>
    actions.change({ fontSize: Math.min(FONT_SIZE.max, settings().fontSize + 2) }),
  );
  const theme = button(doc, 'vb-theme', 'Theme', 'Theme', () => {
    const next = THEMES[(THEMES.indexOf(settings().theme) + 1) % THEMES.length]!;
    actions.change({ theme: next });
  });
  element.append(back, spacer, smaller, larger, theme);
  return {
    element,
    update(s) {
      theme.textContent = `Theme: ${THEME_LABEL[s.theme]}`;
      theme.setAttribute('aria-label', `Theme: ${THEME_LABEL[s.theme]} (change)`);
      smaller.disabled = s.fontSize <= FONT_SIZE.min;
      larger.disabled = s.fontSize >= FONT_SIZE.max;
    },
  };
}
