/**
 * A media player's controls: the buttons, sliders and control bars that scripts draw around a
 * <video> or <audio> ("Play Video", "Mute", "Current Time 0:00", "Loaded: 0%", "Fullscreen"). In a
 * reader view nothing plays, and their labels read as stray lines of text: they go; the media stays.
 * The player is the nearest of the media's ancestors (a few levels up) that holds a control — a
 * <button> or an element with an ARIA widget role — and only a box with little text of its own: a
 * player, not a section of the article that happens to hold a clip and a button.
 */
import { collapseSpace } from './normalize';
import type { Remover } from './remover';

/** DATA: ARIA roles of interactive widgets (WAI-ARIA 1.2 widget and composite roles, and group). */
const CONTROL_ROLES = new Set([
  'button', 'checkbox', 'group', 'menu', 'menubar', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'progressbar',
  'radio', 'scrollbar', 'slider', 'spinbutton', 'switch', 'tab', 'tablist', 'timer', 'toolbar',
]);
/** How far above the media the player's box may be. */
const MAX_LEVELS = 3;
/** A player's own text (labels, times, a title; spaces collapsed) stays short; a box with more is part of the article. */
const MAX_PLAYER_CHARS = 600;

const isControl = (el: Element): boolean => el.tagName === 'BUTTON' || CONTROL_ROLES.has((el.getAttribute('role') ?? '').trim().toLowerCase());

/** The outermost controls inside `box`, or none (matches come in document order: one inside the last kept is skipped). */
function controlsIn(box: Element): Element[] {
  const out: Element[] = [];
  for (const el of box.querySelectorAll('button, [role]')) {
    if (!isControl(el) || out[out.length - 1]?.contains(el)) continue;
    out.push(el);
  }
  return out;
}

/** Removes the controls of every media player in the body; returns how many. */
export function removePlayerControls(doc: Document, remover: Remover): number {
  let count = 0;
  for (const media of [...(doc.body?.querySelectorAll('video, audio') ?? [])]) {
    let box = media.parentElement;
    for (let level = 0; box && box !== doc.body && level < MAX_LEVELS; level++, box = box.parentElement) {
      // (a box with this much text is part of the article, and so is every box above it: nothing to look for)
      if (collapseSpace(box.textContent ?? '').length > MAX_PLAYER_CHARS) break;
      const controls = controlsIn(box);
      if (controls.length === 0) continue;
      for (const el of controls) if (el.isConnected && remover.remove(el, 'player-control', 'other')) count++;
      break;
    }
  }
  return count;
}
