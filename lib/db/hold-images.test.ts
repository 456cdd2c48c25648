import { describe, expect, it } from 'vitest';
import { holdImagesInHtml, holdRemoteImages, releaseImages } from './hold-images';

const PIXEL = 'data:image/png;base64,iVBORw0KGgo=';

describe('holding remote images', () => {
  it('moves web and relative image addresses out of src and srcset; inline data: images stay', () => {
    const { html, held } = holdImagesInHtml(
      `<p>a</p><img src="https://tracker.example/b.png" alt="Chart"><img src="${PIXEL}" alt="Inline">` +
        `<picture><source srcset="https://cdn.example/x.webp 2x"><img src="/rel.png" srcset="https://cdn.example/x.png 1x, ${PIXEL} 2x"></picture>`,
      document,
    );
    expect(held).toBe(2);
    const box = document.createElement('div');
    box.innerHTML = html;
    expect([...box.querySelectorAll('[src], [srcset]')].map((e) => e.getAttribute('src') ?? e.getAttribute('srcset'))).toEqual([PIXEL]);
    expect(box.querySelector('img[alt="Chart"]')?.getAttribute('data-caveat-src')).toBe('https://tracker.example/b.png');
  });

  it('puts them back when the reader asks', () => {
    const box = document.createElement('div');
    box.innerHTML = '<img src="https://tracker.example/b.png"><picture><source srcset="https://cdn.example/x.webp"><img src="https://cdn.example/x.png"></picture>';
    expect(holdRemoteImages(box)).toBe(2);
    expect(box.querySelectorAll('[src], [srcset]')).toHaveLength(0);
    expect(releaseImages(box)).toHaveLength(2);
    expect(box.innerHTML).toBe('<img src="https://tracker.example/b.png"><picture><source srcset="https://cdn.example/x.webp"><img src="https://cdn.example/x.png"></picture>');
  });

  it('leaves markup without remote images as it was', () => {
    const html = `<p>Text only</p><img src="${PIXEL}">`;
    expect(holdImagesInHtml(html, document)).toEqual({ html, held: 0 });
  });
});
