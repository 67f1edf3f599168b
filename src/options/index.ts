/**
 * Options page: theme, font, text size and line width, saved to storage.sync on every change. An
 * open reader view picks changes up live through storage.onChanged.
 */
import { browser } from '../shared/browser';
import { localizePage, t } from '../shared/i18n';
import { DEFAULT_SETTINGS, FONT_SIZE, LINE_WIDTH, loadSettings, saveSettings, type Settings } from '../shared/settings';

const form = document.getElementById('settings') as HTMLFormElement;
const fontSize = document.getElementById('font-size') as HTMLInputElement;
const lineWidth = document.getElementById('line-width') as HTMLInputElement;
const status = document.getElementById('status') as HTMLElement;
const area = browser.storage.sync;
localizePage(document);

for (const [input, range] of [[fontSize, FONT_SIZE], [lineWidth, LINE_WIDTH]] as const) {
  input.min = String(range.min);
  input.max = String(range.max);
  input.step = String(range.step);
}

function show(settings: Settings): void {
  for (const name of ['theme', 'fontFamily'] as const) {
    const radio = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${settings[name]}"]`);
    if (radio) radio.checked = true;
  }
  fontSize.value = String(settings.fontSize);
  lineWidth.value = String(settings.lineWidth);
  (document.getElementById('font-size-value') as HTMLOutputElement).textContent = `${settings.fontSize} px`;
  (document.getElementById('line-width-value') as HTMLOutputElement).textContent = `${settings.lineWidth} ch`;
  fontSize.setAttribute('aria-valuetext', `${settings.fontSize} pixels`);
  lineWidth.setAttribute('aria-valuetext', `${settings.lineWidth} characters`);
}

function read(): Partial<Settings> {
  const data = new FormData(form);
  return {
    theme: data.get('theme') as Settings['theme'],
    fontFamily: data.get('fontFamily') as Settings['fontFamily'],
    fontSize: Number(fontSize.value),
    lineWidth: Number(lineWidth.value),
  };
}

async function save(change: Partial<Settings>): Promise<void> {
  try {
    show(await saveSettings(area, change));
    status.textContent = t('saved');
  } catch (error) {
    status.textContent = t('couldNotSave', String((error as Error)?.message ?? error));
  }
}

form.addEventListener('input', () => void save(read()));
form.addEventListener('change', () => void save(read()));
document.getElementById('reset')!.addEventListener('click', () => void save({ ...DEFAULT_SETTINGS }));
browser.storage.onChanged.addListener((changes, name) => {
  if (name === 'sync' && 'settings' in changes) void loadSettings(area).then(show);
});
void loadSettings(area).then(show);
