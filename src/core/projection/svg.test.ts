import { describe, expect, it } from 'vitest';
import { mapSvg } from './svg.ts';

describe('mapSvg', () => {
  it('draws one path per colour for points in view and escapes labels', () => {
    const svg = mapSvg({
      width: 200,
      height: 100,
      coords: [0, 0, 1, 1, 50, 50],
      view: { ax: 100, bx: 50, ay: -50, by: 75 },
      colour: [0, 1, 0],
      palette: ['#111111', '#222222'],
      radius: 2,
      labels: [
        { text: 'a<b & "c"', x: 10, y: 20 },
        { text: '東京', x: 30, y: 40, strong: true },
      ],
      fontSize: 12,
      fontFamily: 'sans-serif',
      title: 'PCA',
    });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"')).toBe(true);
    // Point 0 → (50, 75), point 1 → (150, 25), point 2 is far outside the view.
    expect(svg).toContain('<path fill="#111111" d="M48,75a2,2 0 1,0 4,0a2,2 0 1,0 -4,0"/>');
    expect(svg).toContain('<path fill="#222222" d="M148,25a2,2');
    expect(svg.match(/<path/g)).toHaveLength(2);
    expect(svg).toContain('>a&#60;b &#38; &#34;c&#34;</text>');
    expect(svg).toContain('font-weight="bold">東京</text>');
    expect(svg).toContain('<title>PCA</title>');
  });
});
