/**
 * The heap drawing as a standalone SVG document: what the canvas shows, all of it (not just the
 * part in view), looking the same in any viewer, without the page's style sheet.
 *
 * The canvas's <svg> is cloned, and every element of the copy gets the styles the page computed
 * for it as presentation attributes (fill="#2f5bd3"): CSS variables, classes and overlays
 * (reachability, the collector's marks, a theme) are resolved by the browser, and a viewer that
 * knows no CSS still draws it. Only what differs from the parent is written (inherited values
 * are not repeated), colours as #rrggbb with an opacity beside them (SVG 1.1 has no rgba).
 *
 * Parts that only serve interaction go: focus rings, the "add reference" handles, the drag band
 * and cover, the wide invisible strokes that take clicks on arrows, hidden elements and anything
 * still fading out. Accessible names stay: every card, pill, name row and reference cell keeps its
 * aria-label, now on role="img", with a <title> child saying the same (viewers show it as a tooltip).
 */

/** Elements that only serve interaction (or an animation), left out of the export. */
const INTERACTIVE_ONLY = [
  '.focus-ring',
  '.ref-handle',
  '.drag-cover',
  '.drag-band',
  '.edge path.hit',
  '.exiting',
  '.delta-label',
].join(', ');

/** Attributes of the live drawing that mean nothing outside the page. */
const PAGE_ATTRIBUTES = [
  'style',
  'tabindex',
  'aria-pressed',
  'aria-busy',
  'data-nav',
  'data-target',
  'data-source',
  'data-d',
];

/** Inherited properties: written where an element's value differs from its parent's. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'letter-spacing',
  'text-anchor',
  'visibility',
] as const;

/** Properties that are not inherited: written where they differ from their initial value. */
const NOT_INHERITED: Readonly<Record<string, string>> = {
  opacity: '1',
  'text-decoration-line': 'none',
};

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export interface SvgExportOptions {
  /** Painted behind the drawing (a CSS colour); nothing, so transparent, when null. */
  readonly background: string | null;
  /** Room left around the drawing, in canvas units. */
  readonly margin?: number;
}

/** The drawing in `live` (the canvas's <svg>, on the page) as the text of an SVG file. */
export function drawingAsSvg(live: SVGSVGElement, options: SvgExportOptions): string {
  const copy = live.cloneNode(true) as SVGSVGElement;
  const gone: Element[] = [];
  // The export draws every card in full, however far the view is zoomed out: the level of
  // detail's classes (levelOfDetail.ts) are off while the styles are read.
  const detail = [...live.classList].filter((name) => name.startsWith('lod-'));
  live.classList.remove(...detail);
  try {
    inlineStyles(live, copy, new Map(), gone);
  } finally {
    live.classList.add(...detail);
  }
  for (const element of gone) element.remove();
  for (const element of copy.querySelectorAll('[role="button"]')) nameAsImage(element);

  const margin = options.margin ?? 16;
  const box = extentOf(copy);
  const x = Math.floor(box.x - margin);
  const y = Math.floor(box.y - margin);
  const width = Math.max(1, Math.ceil(box.x + box.width + margin) - x);
  const height = Math.max(1, Math.ceil(box.y + box.height + margin) - y);
  copy.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  copy.setAttribute('viewBox', `${x} ${y} ${width} ${height}`);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));

  const label = live.getAttribute('aria-label');
  if (label) copy.prepend(titled(copy, label));
  const [fill, opacity] = paint(options.background ?? 'none');
  if (fill !== 'none') {
    const back = copy.ownerDocument.createElementNS(SVG_NS, 'rect');
    back.setAttribute('class', 'background');
    back.setAttribute('x', String(x));
    back.setAttribute('y', String(y));
    back.setAttribute('width', String(width));
    back.setAttribute('height', String(height));
    back.setAttribute('fill', fill);
    if (opacity < 1) back.setAttribute('fill-opacity', String(opacity));
    const defs = copy.querySelector(':scope > defs');
    if (defs) defs.after(back);
    else copy.prepend(back);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

/**
 * The box around what the export draws, measured on the copy (laid out for a moment, out of
 * sight): the live drawing's box would also count the focus rings and handles left out.
 */
function extentOf(copy: SVGSVGElement): DOMRect {
  const holder = document.createElement('div');
  holder.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;overflow:hidden';
  holder.append(copy);
  document.body.append(holder);
  try {
    return copy.getBBox();
  } finally {
    holder.remove();
    copy.remove();
  }
}

/**
 * Writes the computed style of each element of `live` onto its twin in `copy` (the same tree),
 * and collects in `gone` the copies of what the export leaves out.
 */
function inlineStyles(
  live: Element,
  copy: Element,
  parent: ReadonlyMap<string, string>,
  gone: Element[],
): void {
  if (live.matches(INTERACTIVE_ONLY)) {
    gone.push(copy);
    return;
  }
  const style = getComputedStyle(live);
  const hidden = style.visibility === 'hidden' && live.childElementCount === 0;
  if (style.display === 'none' || hidden) {
    gone.push(copy);
    return;
  }
  for (const name of PAGE_ATTRIBUTES) copy.removeAttribute(name);
  const own = new Map(parent);
  const values = computedValues(style);
  for (const name of INHERITED) {
    const value = values.get(name)!;
    own.set(name, value);
    if (parent.get(name) !== value) copy.setAttribute(name, value);
  }
  for (const [name, initial] of Object.entries(NOT_INHERITED)) {
    const value = values.get(name)!;
    if (value !== initial)
      copy.setAttribute(name === 'text-decoration-line' ? 'text-decoration' : name, value);
  }
  if (style.textTransform === 'uppercase') {
    for (const node of copy.childNodes)
      if (node.nodeType === Node.TEXT_NODE) node.textContent = node.textContent!.toUpperCase();
  }
  const liveChildren = live.children;
  const copyChildren = [...copy.children];
  for (let i = 0; i < liveChildren.length; i++)
    inlineStyles(liveChildren[i]!, copyChildren[i]!, own, gone);
}

/** The properties to write, as SVG attributes want them: plain numbers, #rrggbb colours. */
function computedValues(style: CSSStyleDeclaration): Map<string, string> {
  const values = new Map<string, string>();
  const read = (name: string) => style.getPropertyValue(name).trim();
  for (const name of [...INHERITED, ...Object.keys(NOT_INHERITED)]) values.set(name, read(name));
  for (const which of ['fill', 'stroke'] as const) {
    const [color, alpha] = paint(read(which));
    values.set(which, color);
    const opacity = Number(read(`${which}-opacity`)) * alpha;
    values.set(`${which}-opacity`, String(Math.round(opacity * 1000) / 1000));
  }
  for (const name of ['stroke-width', 'font-size', 'letter-spacing', 'stroke-dasharray'])
    values.set(name, withoutPx(values.get(name)!));
  values.set('font-family', values.get('font-family')!.replace(/"/g, "'"));
  return values;
}

/**
 * A CSS colour as an SVG 1.1 paint and an alpha: "rgba(20, 30, 50, 0.1)" is ["#141e32", 0.1];
 * a transparent colour is "none". Anything else ("none", a url()) is kept as it is.
 */
export function paint(css: string): [string, number] {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
    css,
  );
  if (!m) return [css, 1];
  const alphaText = m[4];
  const alpha =
    alphaText === undefined
      ? 1
      : alphaText.endsWith('%')
        ? Number(alphaText.slice(0, -1)) / 100
        : Number(alphaText);
  if (alpha === 0) return ['none', 1];
  const hex = [m[1], m[2], m[3]]
    .map((c) => Math.round(Number(c)).toString(16).padStart(2, '0'))
    .join('');
  return [`#${hex}`, alpha];
}

/** "1.5px" is "1.5", "6px, 4px" is "6 4": lengths as SVG attributes take them anywhere. */
export function withoutPx(value: string): string {
  return value.replace(/(\d)px/g, '$1').replace(/,\s*/g, ' ');
}

/**
 * A button of the page becomes an image with the same accessible name (its aria-label), and a
 * <title> that says it too.
 */
function nameAsImage(element: Element): void {
  element.setAttribute('role', 'img');
  const label = element.getAttribute('aria-label');
  if (label) element.prepend(titled(element, label));
}

function titled(element: Element, text: string): SVGTitleElement {
  const title = element.ownerDocument.createElementNS(SVG_NS, 'title');
  title.textContent = text;
  return title;
}
