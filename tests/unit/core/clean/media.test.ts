/** AMP media and lazy images become real images before extraction. */
import { describe, expect, test } from 'vitest';
import { cleanBody } from '../../../helpers/clean-page';

const imgs = (doc: Document): { src: string | null; alt: string | null; srcset: string | null }[] =>
  [...doc.querySelectorAll('img')].map((i) => ({ src: i.getAttribute('src'), alt: i.getAttribute('alt'), srcset: i.getAttribute('srcset') }));

describe('unwrap AMP media', () => {
  test.each([
    ['amp-img', '<amp-img src="https://img.example/a.jpg" width="800" height="450" alt="A"><noscript><img src="https://img.example/a.jpg"></noscript></amp-img>', { src: 'https://img.example/a.jpg', alt: 'A', srcset: null }],
    ['amp-img with srcset', '<amp-img src="https://img.example/a.jpg" srcset="https://img.example/a-2x.jpg 2x" alt="B"></amp-img>', { src: 'https://img.example/a.jpg', alt: 'B', srcset: 'https://img.example/a-2x.jpg 2x' }],
    ['amp-anim', '<amp-anim src="https://img.example/a.gif" width="400" height="300" alt="C"></amp-anim>', { src: 'https://img.example/a.gif', alt: 'C', srcset: null }],
  ])('%s → img', (_name, html, want) => {
    const run = cleanBody(`<figure>${html}</figure>`);
    expect(imgs(run.doc)).toEqual([want]);
    expect(run.doc.querySelector('amp-img, amp-anim')).toBeNull();
  });

  test('amp-video → video with its poster', () => {
    const run = cleanBody('<amp-video src="https://v.example/a.mp4" poster="https://v.example/a.jpg" width="640" height="360"></amp-video>');
    expect(run.doc.querySelector('video')?.getAttribute('poster')).toBe('https://v.example/a.jpg');
  });
});

describe('lazy images', () => {
  test.each([
    ['data-src over a data: placeholder', '<img src="data:image/gif;base64,R0lGOD" data-src="https://img.example/1.jpg" alt="">', 'https://img.example/1.jpg'],
    ['data-lazy-src with no src', '<img data-lazy-src="https://img.example/2.jpg" alt="">', 'https://img.example/2.jpg'],
    ['data-original over a blank.gif', '<img src="/static/blank.gif" data-original="https://img.example/3.jpg" alt="">', 'https://img.example/3.jpg'],
    ['noscript fallback beside a placeholder', '<img src="data:image/svg+xml,%3Csvg%3E" alt=""><noscript><img src="https://img.example/4.jpg" alt="four"></noscript>', 'https://img.example/4.jpg'],
    ['a lone noscript image', '<span><noscript><img src="https://img.example/5.jpg" alt="five"></noscript></span>', 'https://img.example/5.jpg'],
  ])('%s', (_name, html, src) => {
    const run = cleanBody(`<figure>${html}</figure>`);
    expect(imgs(run.doc).map((i) => i.src)).toEqual([src]);
  });

  test('a real src is never replaced (hard negative)', () => {
    const run = cleanBody('<img src="https://img.example/real.jpg" data-src="https://img.example/other.jpg" alt="">');
    expect(imgs(run.doc).map((i) => i.src)).toEqual(['https://img.example/real.jpg']);
  });

  test.each([
    ['its own srcset', '<img src="/img/placeholder.png" srcset="https://img.example/7-320.jpg 320w, https://img.example/7-960.jpg 960w" alt="">', 'https://img.example/7-960.jpg'],
    ['its picture\'s source', '<picture><source srcset="https://img.example/8.webp 1x, https://img.example/8@2x.webp 2x"><img src="data:image/gif;base64,R0lGOD" alt=""></picture>', 'https://img.example/8@2x.webp'],
  ])('a placeholder takes the widest image of %s', (_name, html, src) => {
    const run = cleanBody(`<figure>${html}</figure>`);
    expect(imgs(run.doc).map((i) => i.src)).toEqual([src]);
  });

  test('a placeholder nothing replaces is dropped, the real image beside it stays', () => {
    const run = cleanBody('<figure><img src="https://img.example/9.jpg" alt="Nine"><span class="fallback"><picture><img src="/img/placeholder.png" class="placeholder" alt="Nine"></picture></span><figcaption>Nine</figcaption></figure>');
    expect(imgs(run.doc).map((i) => i.src)).toEqual(['https://img.example/9.jpg']);
    expect(run.doc.querySelector('picture')).toBeNull();
  });

  test('data-srcset becomes srcset', () => {
    const run = cleanBody('<img data-src="https://img.example/6.jpg" data-srcset="https://img.example/6-800.jpg 800w" alt="">');
    expect(imgs(run.doc)[0]?.srcset).toBe('https://img.example/6-800.jpg 800w');
  });
});
