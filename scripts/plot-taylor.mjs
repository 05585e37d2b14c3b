// Draws docs/taylor.svg: f(x) = exp(sin(x)) and its Taylor polynomials of rising order about
// x0 = 0, each from one `taylor` sweep of the built package. Plain Node, no dependencies:
//   npm run build && node scripts/plot-taylor.mjs
import { writeFileSync } from 'node:fs';
import { exp, sin, taylor } from '../dist/index.js';

const f = (x) => exp(sin(x));
const CENTER = 0;
const ORDERS = [1, 2, 4, 8, 16];
const COLORS = ['#d62728', '#ff7f0e', '#2ca02c', '#1f77b4', '#9467bd'];

const X_MIN = -4;
const X_MAX = 4;
const Y_MIN = -0.5;
const Y_MAX = 3.5;
const WIDTH = 720;
const HEIGHT = 440;
const MARGIN = { left: 50, right: 170, top: 40, bottom: 40 };
const SAMPLES = 480;

const plotW = WIDTH - MARGIN.left - MARGIN.right;
const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
const sx = (x) => MARGIN.left + ((x - X_MIN) / (X_MAX - X_MIN)) * plotW;
const sy = (y) => MARGIN.top + ((Y_MAX - y) / (Y_MAX - Y_MIN)) * plotH;
const fmt = (v) => v.toFixed(2);

/** An SVG path through (x, g(x)) on the sample grid; far-off values are clamped (then clipped). */
function path(g) {
  const parts = [];
  for (let i = 0; i <= SAMPLES; i++) {
    const x = X_MIN + ((X_MAX - X_MIN) * i) / SAMPLES;
    const y = Math.max(Y_MIN - 10, Math.min(Y_MAX + 10, g(x)));
    parts.push(`${i === 0 ? 'M' : 'L'}${fmt(sx(x))},${fmt(sy(y))}`);
  }
  return parts.join(' ');
}

const lines = [];
lines.push(
  `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" ` +
    `viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="13">`,
  `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
  `<clipPath id="plot"><rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}"/></clipPath>`,
  `<text x="${MARGIN.left}" y="24" font-size="15">exp(sin x) and its Taylor polynomials about x₀ = ${CENTER}</text>`,
);

// Grid and axes.
for (let x = Math.ceil(X_MIN); x <= X_MAX; x++) {
  lines.push(
    `<line x1="${fmt(sx(x))}" y1="${MARGIN.top}" x2="${fmt(sx(x))}" y2="${MARGIN.top + plotH}" stroke="#eee"/>`,
    `<text x="${fmt(sx(x))}" y="${MARGIN.top + plotH + 18}" text-anchor="middle" fill="#555">${x}</text>`,
  );
}
for (let y = Math.ceil(Y_MIN); y <= Y_MAX; y++) {
  lines.push(
    `<line x1="${MARGIN.left}" y1="${fmt(sy(y))}" x2="${MARGIN.left + plotW}" y2="${fmt(sy(y))}" stroke="#eee"/>`,
    `<text x="${MARGIN.left - 8}" y="${fmt(sy(y) + 4)}" text-anchor="end" fill="#555">${y}</text>`,
  );
}
lines.push(
  `<line x1="${MARGIN.left}" y1="${fmt(sy(0))}" x2="${MARGIN.left + plotW}" y2="${fmt(sy(0))}" stroke="#999"/>`,
  `<line x1="${fmt(sx(0))}" y1="${MARGIN.top}" x2="${fmt(sx(0))}" y2="${MARGIN.top + plotH}" stroke="#999"/>`,
  `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`,
);

// The polynomials, then the function on top.
const legend = [];
ORDERS.forEach((order, i) => {
  const p = taylor(f, CENTER, order);
  lines.push(
    `<path d="${path((x) => p.evaluate(x))}" fill="none" stroke="${COLORS[i]}" stroke-width="1.6" clip-path="url(#plot)"/>`,
  );
  legend.push([COLORS[i], `order ${order}`, 1.6]);
});
lines.push(
  `<path d="${path((x) => Math.exp(Math.sin(x)))}" fill="none" stroke="black" stroke-width="2.6" clip-path="url(#plot)"/>`,
  `<circle cx="${fmt(sx(CENTER))}" cy="${fmt(sy(Math.exp(Math.sin(CENTER))))}" r="4" fill="black"/>`,
);
legend.unshift(['black', 'exp(sin x)', 2.6]);

// Legend.
const lx = MARGIN.left + plotW + 20;
legend.forEach(([color, label, width], i) => {
  const ly = MARGIN.top + 16 + i * 22;
  lines.push(
    `<line x1="${lx}" y1="${ly}" x2="${lx + 28}" y2="${ly}" stroke="${color}" stroke-width="${width}"/>`,
    `<text x="${lx + 36}" y="${ly + 4}">${label}</text>`,
  );
});
lines.push('</svg>');

const out = new URL('../docs/taylor.svg', import.meta.url);
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`wrote ${out.pathname}`);
