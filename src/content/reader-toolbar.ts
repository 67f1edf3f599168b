/**
 * The reader view's toolbar: back to the original page, text size −/+, theme. Buttons only; the
 * settings they change are saved by the caller (storage.sync) and come back through applySettings.
 */
import { t, type MessageKey } from '../shared/i18n';
import { FONT_SIZE, THEMES, type Settings, type Theme } from '../shared/settings';

const THEME_NAME: Record<Theme, MessageKey> = { auto: 'themeNameAuto', light: 'themeNameLight', dark: 'themeNameDark' };

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
  element.setAttribute('aria-label', t('readerToolbar'));
  const back = button(doc, 'vb-back', t('originalPage'), t('originalPageLabel'), actions.close);
  const spacer = doc.createElement('span');
  spacer.className = 'vb-spacer';
  const smaller = button(doc, 'vb-smaller', 'A−', `A− ${t('smallerText')}`, () =>
    actions.change({ fontSize: Math.max(FONT_SIZE.min, settings().fontSize - 2) }),
  );
  const larger = button(doc, 'vb-larger', 'A+', `A+ ${t('largerText')}`, () =>
    actions.change({ fontSize: Math.min(FONT_SIZE.max, settings().fontSize + 2) }),
  );
  const theme = button(doc, 'vb-theme', t('theme'), t('theme'), () => {
    const next = THEMES[(THEMES.indexOf(settings().theme) + 1) % THEMES.length]!;
    actions.change({ theme: next });
  });
  element.append(back, spacer, smaller, larger, theme);
  return {
    element,
    update(s) {
      theme.textContent = t('themeButton', t(THEME_NAME[s.theme]));
      theme.setAttribute('aria-label', t('themeButtonLabel', t(THEME_NAME[s.theme])));
      smaller.disabled = s.fontSize <= FONT_SIZE.min;
      larger.disabled = s.fontSize >= FONT_SIZE.max;
    },
  };
}
