/** A media player's controls (buttons, sliders, a control bar) go; the media and the article stay. */
import { describe, expect, test } from 'vitest';
import { cleanBody, LONG } from '../../../helpers/clean-page';

const CONTROLS =
  '<div class="big-play" role="button" tabindex="0"><span>Play Clip</span></div>' +
  '<div class="bar" role="group"><div role="button"><span>Play</span></div><div><span>Elapsed </span>0:00</div>' +
  '<div role="slider" aria-label="seek"><span>Buffered: 0%</span></div><button type="button">Full screen</button></div>';

const page = (player: string): string => `<article><p>${LONG}</p>${player}<p>${LONG}</p></article>`;

describe('player controls', () => {
  test.each([
    ['around a video', `<div class="player"><video src="https://media.example/clip.mp4"></video>${CONTROLS}</div>`, 'video'],
    ['around an audio clip, one level further up', `<div class="episode"><div class="wrap"><audio src="https://media.example/ep.mp3"></audio></div>${CONTROLS}</div>`, 'audio'],
  ])('%s: the labels go, the media stays', (_name, player, media) => {
    const run = cleanBody(page(player));
    for (const label of ['Play Clip', 'Elapsed', 'Buffered', 'Full screen']) expect(run.text).not.toContain(label);
    expect(run.doc.querySelector(media)).not.toBeNull();
    expect(run.removed.map((r) => r.rule)).toContain('player-control');
  });

  test('hard negative: a grouped box in a section of the article that holds a clip stays with the section', () => {
    const facts = '<div role="group" aria-label="facts"><p>Key fact: the inquiry heard from forty witnesses in total.</p></div>';
    const section = `<section><video src="https://media.example/clip.mp4"></video><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p>${facts}</section>`;
    const run = cleanBody(page(section));
    expect(run.text).toContain('Key fact: the inquiry heard');
    expect(run.removed.map((r) => r.rule)).not.toContain('player-control');
  });

  test('hard negative: a button with no media near it is not a player control', () => {
    const run = cleanBody(page('<div class="box"><button type="button">Show the full timeline</button></div>'));
    expect(run.removed.map((r) => r.rule)).not.toContain('player-control');
  });
});
