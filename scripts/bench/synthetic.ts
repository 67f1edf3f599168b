/**
 * Synthetic stress pages for the benchmark: a huge page (≈ 8 MB, about 107 000 elements) and a page
 * nested 20 000 elements deep. Both must end in a clear outcome in bounded time.
 */
const PARAGRAPH =
  'The committee said on Tuesday that the new rules would take effect next spring, after a review ' +
  'of the comments it received from residents, businesses and the city council over the summer.';

export function hugePage(targetBytes = 8 * 1024 * 1024): string {
  const parts: string[] = ['<!doctype html><html lang="en"><head><title>Huge page</title></head><body><article><h1>Huge page</h1>'];
  let size = parts[0]!.length;
  for (let i = 0; size < targetBytes; i++) {
    const block =
      `<div class="row r${i}"><span class="a"><b>${i}</b></span><p>${PARAGRAPH} ${PARAGRAPH} ${PARAGRAPH}</p>` +
      `<ul><li><a href="/l/${i}">Link ${i}</a></li><li><em>Item</em></li></ul></div>`;
    parts.push(block);
    size += block.length;
  }
  parts.push('</article></body></html>');
  return parts.join('');
}

export function deepPage(depth = 20_000): string {
  return (
    '<!doctype html><html lang="en"><head><title>Deep page</title></head><body>' +
    '<div>'.repeat(depth) +
    `<article><h1>Deep page</h1><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article>` +
    '</div>'.repeat(depth) +
    '</body></html>'
  );
}
