/**
 * Every theme keeps its text readable: each pair of (text colour, the background it is drawn on)
 * of the two sheets has a contrast of 4.5:1 or more (WCAG AA), in light, dark and high contrast.
 * axe checks the page's HTML text as drawn; this also covers the canvas's SVG text (card types on
 * their header bands, badges, the floating refcount labels), which axe does not look at, and
 * states the tests never reach (every phase's badge, every type's band).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEMES, type Theme } from './theme';

const root = join(__dirname, '..', '..');
const sheets = ['src/ui/app.css', 'src/render/heapCanvas.css'].map((f) =>
  readFileSync(join(root, f), 'utf8'),
);

/** The variables a block declares: `:root {` for light, `:root[data-theme='dark'] {` etc. */
function block(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) return new Map();
  const body = css.slice(start, css.indexOf('}', start));
  return new Map([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

function variables(theme: Theme): Map<string, string> {
  const all = new Map<string, string>();
  for (const css of sheets) {
    for (const [k, v] of block(css, ':root')) all.set(k, v);
    if (theme !== 'light') {
      for (const [k, v] of block(css, `:root[data-theme='${theme}']`)) all.set(k, v);
    }
  }
  return all;
}

function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const TYPES = [
  'other',
  'list',
  'dict',
  'tuple',
  'set',
  'str',
  'num',
  'node',
  'finalized',
  'function',
];
const CODE = [
  'meta',
  'keyword',
  'atom',
  'number',
  'string',
  'escape',
  'definition',
  'local',
  'type',
]
  .concat(['class', 'special', 'property', 'comment', 'invalid'])
  .map((c) => `--code-${c}`);

/** [text, background] pairs, by variable name. */
const PAIRS: [string, string][] = [
  // The page.
  ...['--bg', '--panel', '--panel-alt', '--panel-warm', '--hover', '--menu-hover'].map(
    (bg): [string, string] => ['--text', bg],
  ),
  ...['--bg', '--panel', '--panel-alt', '--panel-warm'].map((bg): [string, string] => [
    '--muted',
    bg,
  ]),
  ['--text-soft', '--panel'],
  ['--placeholder', '--panel-alt'],
  ['--accent', '--panel'],
  ['--accent', '--panel-alt'],
  ['--on-accent', '--accent'],
  ['--error', '--panel'],
  ['--error', '--panel-alt'],
  ['--on-error', '--error'],
  ['--ok', '--panel'],
  ['--chip-text', '--chip'],
  ['--tag-text', '--tag'],
  ['--disabled-text', '--disabled-bg'],
  ['--warn-text', '--warn-bg'],
  ['--alert-text', '--alert-bg'],
  ['--info-text', '--info-bg'],
  ['--on-collect', '--collect'],
  ['--on-collect', '--collect-hover'],
  ...['--phase', '--phase-restore', '--phase-alarm', '--phase-done'].map((bg): [string, string] => [
    '--on-phase',
    bg,
  ]),
  ['--unreachable-text', '--panel'],
  ...CODE.map((c): [string, string] => [c, '--panel-alt']),
  // The canvas.
  ['--ink', '--card-fill'],
  ['--ink', '--frame-fill'],
  ['--ink', '--row-selected'],
  ['--ink', '--row-hover'],
  ['--ink', '--pill-fill'],
  ['--ink', '--danger-band'],
  ['--ink', '--good-band'],
  ['--ink', '--dim-band'],
  ['--ink', '--danger-fill'],
  ['--frame-title', '--frame-fill'],
  ['--name-note', '--frame-fill'],
  ['--card-address', '--card-fill'],
  ['--card-count', '--card-fill'],
  ['--ink-soft', '--cell-fill'],
  ['--ink-soft', '--cell-hover'],
  ['--ink-soft', '--cell-selected'],
  ['--ink-soft', '--frame-fill'],
  ['--danger-text', '--danger-cell'],
  ['--danger-text', '--card-fill'],
  ...['--badge', '--badge-up', '--badge-down', '--badge-moved', '--badge-freed'].map(
    (bg): [string, string] => ['--badge-text', bg],
  ),
  ['--badge-text', '--badge-resurrected'],
  ['--good-text', '--halo'],
  ['--danger', '--halo'],
  ['--focus', '--halo'],
  ['--on-guess', '--guess'],
  ...TYPES.flatMap((t): [string, string][] => [
    ['--ink', `--t-${t}-tint`],
    ['--card-address', `--t-${t}-tint`],
  ]),
];

describe.each(THEMES)('the %s theme', (theme) => {
  const vars = variables(theme);
  const resolve = (name: string): string => {
    const value = vars.get(name);
    if (value === undefined) throw new Error(`${name} is not defined`);
    const alias = /^var\((--[\w-]+)\)$/.exec(value);
    return alias ? resolve(alias[1]!) : value;
  };

  it.each(PAIRS)('%s on %s reads at 4.5:1 or more', (text, background) => {
    expect(contrast(resolve(text), resolve(background))).toBeGreaterThanOrEqual(4.5);
  });

  it('sets every variable light sets (a theme cannot leave one at the light value by mistake)', () => {
    if (theme === 'light') return;
    const own = new Set(
      sheets.flatMap((css) => [...block(css, `:root[data-theme='${theme}']`).keys()]),
    );
    const light = sheets.flatMap((css) => [...block(css, ':root').keys()]);
    const shared = ['--mono', '--sans', '--line', '--card-stroke', '--edge-stroke'];
    const sizes = ['--edge-light-stroke', '--frame-stroke-width'];
    const missing = light.filter((k) => !own.has(k) && !shared.includes(k) && !sizes.includes(k));
    expect(missing).toEqual([]);
  });
});
