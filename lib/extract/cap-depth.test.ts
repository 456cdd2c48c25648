import { describe, expect, it } from 'vitest';
import { capDepth } from './cap-depth';

function depthOf(root: Element): number {
  let max = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    max = Math.max(max, d);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return max;
}

describe('capDepth', () => {
  it('leaves ordinary pages alone', () => {
    document.body.innerHTML = '<div><p>One <a href="#">link</a></p><ul><li>Two</li></ul></div>';
    const before = document.body.innerHTML;
    expect(capDepth(document.body, 512)).toBe(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('lifts paragraphs out of wrappers nested past the limit, keeping their order and text', () => {
    document.body.innerHTML = `${'<div>'.repeat(50)}<h1>Title</h1><p>First <b>bold</b></p><section><p>Second</p></section>${'</div>'.repeat(50)}<p>After</p>`;
    capDepth(document.body, 10);
    expect(depthOf(document.body)).toBeLessThanOrEqual(12);
    expect([...document.body.querySelectorAll('h1,p')].map((e) => e.textContent)).toEqual(['Title', 'First bold', 'Second', 'After']);
  });
});
