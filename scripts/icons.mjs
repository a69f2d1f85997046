// Makes the PNG icons of the web app manifest from public/icon.svg. The PNGs are
// committed; run this again after changing the SVG:   node scripts/icons.mjs
//
//   icon-192.png, icon-512.png   the icon as drawn ("any")
//   icon-maskable-512.png        the drawing inside the central 80 % safe zone on the
//                                icon's own colour, for launchers that crop to a shape
//   apple-touch-icon.png         180 px, square on the icon's colour (iOS rounds it)

import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync('public/icon.svg', 'utf8');
const inner = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
const colour = '#1f5f5b';
// A full square of the icon's colour with the drawing scaled into the middle.
const padded = (scale) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${colour}"/>` +
  `<g transform="translate(${32 - 32 * scale} ${32 - 32 * scale}) scale(${scale})">${inner}</g></svg>`;

const render = (source, size, file) => {
  const png = new Resvg(source, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(`public/${file}`, png);
  console.log(`public/${file}: ${size}×${size}, ${png.length} bytes`);
};
render(svg, 192, 'icon-192.png');
render(svg, 512, 'icon-512.png');
render(padded(0.8), 512, 'icon-maskable-512.png');
render(padded(1), 180, 'apple-touch-icon.png');
