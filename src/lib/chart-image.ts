import type { Element, ElementContent, Properties, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import postcss from 'postcss';
import { find, svg as svgSchema } from 'property-information';
import chartsCss from '../styles/charts.css?raw';
import { defaults } from '../charts/defaults';
import { svg } from '../charts/svg';
import { palette } from './palette';
import { textPath, unitWidth, type Weight } from './font-faces';
import { wrap } from './social-card';

/**
 * A chart as a file of its own, for the "download" links: the wide drawing framed by its title,
 * takeaway, sources and date, in the light palette. The page's styles are applied to each element
 * as SVG attributes (a downloaded file has no stylesheet), so it looks as it does on the page in
 * any viewer. `svg` keeps text as text, for editing in a graphics program; `png` turns it into
 * glyph outlines so the rasteriser needs no fonts.
 */
export interface ChartImageFrame {
  title: string;
  takeaway: string;
  /** "Source: …" in words. */
  source: string;
  /** "Data as of 24 December 2025 · Newsroom". */
  footer: string;
}

const fontFamily = "'Source Sans 3', 'Source Sans Pro', Arial, sans-serif";
/** Properties the page's CSS sets on chart elements that SVG also takes as attributes. */
const presentational = new Set([
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-opacity',
  'fill-opacity',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'paint-order',
  'letter-spacing',
]);

/** The custom properties the chart CSS refers to, at their light-scheme values. */
function tokens(): Map<string, string> {
  const values = new Map<string, string>([
    ['--chart-font-size', `${defaults.fontSize}px`],
    ['--chart-small-font-size', `${defaults.smallFontSize}px`],
    ['--chart-line-height', `${defaults.lineHeight}px`],
  ]);
  for (const [name, value] of Object.entries(palette.light)) values.set(`--colour-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, value);
  return values;
}

/** `var(--x, fallback)` resolved against the tokens. */
function resolve(value: string, values: Map<string, string>): string {
  return value.replace(/var\((--[\w-]+)(?:\s*,\s*([^)]+))?\)/g, (_, name: string, fallback?: string) => values.get(name) ?? fallback?.trim() ?? '');
}

/** Selector specificity as one number: ids, then classes and attributes, then types. */
function specificity(selector: string): number {
  const ids = (selector.match(/#[\w-]+/g) ?? []).length;
  const classes = (selector.match(/\.[\w-]+|\[[^\]]+\]/g) ?? []).length;
  const types = (selector.replace(/\.[\w-]+|#[\w-]+|\[[^\]]+\]/g, ' ').match(/(^|[\s>+~])[a-z]+/gi) ?? []).length;
  return ids * 10_000 + classes * 100 + types;
}

interface Rule {
  selector: string;
  weight: number;
  order: number;
  declarations: [string, string][];
}

let cachedRules: Rule[] | undefined;
/** The chart stylesheet's plain rules (not those inside @media or @container), each selector on its own. */
function rules(): Rule[] {
  if (cachedRules) return cachedRules;
  const values = tokens();
  const out: Rule[] = [];
  postcss.parse(chartsCss).each((node) => {
    if (node.type !== 'rule') return;
    const declarations: [string, string][] = [];
    node.each((child) => {
      if (child.type === 'decl' && presentational.has(child.prop)) declarations.push([child.prop, resolve(child.value, values)]);
      if (child.type === 'decl' && child.prop === 'display' && child.value === 'none') declarations.push(['display', 'none']);
    });
    if (!declarations.length) return;
    for (const selector of node.selectors) {
      // States a file cannot have (hover, focus) are left out.
      if (/:(?!not\()/.test(selector.replace(/::?[\w-]+\([^)]*\)/g, (m) => (m.startsWith(':not(') ? m : ':x')))) continue;
      out.push({ selector, weight: specificity(selector), order: out.length, declarations });
    }
  });
  return (cachedRules = out.sort((a, b) => a.weight - b.weight || a.order - b.order));
}

/** Applies the stylesheet to the tree as attributes, lowest specificity first, so the cascade's winner is written last. */
function applyStyles(root: Root): void {
  const styles = new Map<Element, Map<string, string>>();
  for (const rule of rules()) {
    for (const element of selectAll(rule.selector, root)) {
      if (!styles.has(element)) styles.set(element, new Map());
      for (const [property, value] of rule.declarations) styles.get(element)!.set(property, value);
    }
  }
  for (const [element, style] of styles) {
    for (const [property, value] of style) element.properties[property === 'display' ? 'display' : find(svgSchema, property).property] = value;
  }
}

/** Removes elements styled `display: none` and what only the page needs (class, tooltips, tab stops). */
function clean(node: Element): void {
  node.children = node.children.filter((child) => child.type !== 'element' || child.properties.display !== 'none');
  const { className: _class, dataTip: _tip, ariaLabelledBy: _labelled, role: _role, display: _display, ...rest } = node.properties;
  node.properties = rest as Properties;
  for (const child of node.children) if (child.type === 'element') clean(child);
}

const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '');
const px = (value: unknown, fallback: number) => (value === undefined ? fallback : parseFloat(String(value)));

interface Inherited {
  size: number;
  weight: Weight;
  fill: string;
  stroke?: string;
  strokeWidth?: string;
  paintOrder?: string;
}

/**
 * Replaces each `<text>` with its glyph outlines, positioned and anchored as a browser would set
 * it, with its halo (a stroke painted under the fill) kept.
 */
function outlineText(node: Element, inherited: Inherited): void {
  const own = (element: Element, base: Inherited): Inherited => {
    const { fontSize, fontWeight, fill, stroke, strokeWidth, paintOrder } = element.properties;
    return {
      size: px(fontSize, base.size),
      weight: fontWeight === undefined ? base.weight : Number(fontWeight) >= 600 || fontWeight === 'bold' ? 700 : 400,
      fill: String(fill ?? base.fill),
      stroke: stroke === undefined ? base.stroke : String(stroke),
      strokeWidth: strokeWidth === undefined ? base.strokeWidth : String(strokeWidth),
      paintOrder: paintOrder === undefined ? base.paintOrder : String(paintOrder),
    };
  };
  node.children = node.children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    const style = own(child, inherited);
    if (child.tagName !== 'text') {
      outlineText(child, style);
      return [child];
    }
    const anchor = String(child.properties.textAnchor ?? 'start');
    const x0 = px(child.properties.x, 0);
    let y = px(child.properties.y, 0);
    // Each tspan is a line (x and dy) or a run on the same line; plain text is one line.
    const lines: { x: number; y: number; runs: { text: string; style: Inherited }[] }[] = [];
    for (const part of child.children) {
      if (part.type === 'element' && part.tagName === 'tspan') {
        const partStyle = own(part, style);
        if (part.properties.x !== undefined || !lines.length) {
          y += px(part.properties.dy, 0);
          lines.push({ x: px(part.properties.x, x0), y, runs: [] });
        }
        lines.at(-1)!.runs.push({ text: textOf(part), style: partStyle });
      } else {
        if (!lines.length) lines.push({ x: x0, y, runs: [] });
        lines.at(-1)!.runs.push({ text: textOf(part), style });
      }
    }
    const out: ElementContent[] = [];
    for (const line of lines) {
      const width = line.runs.reduce((sum, run) => sum + unitWidth(run.text, 'sans', run.style.weight) * run.style.size, 0);
      let pen = anchor === 'middle' ? line.x - width / 2 : anchor === 'end' ? line.x - width : line.x;
      for (const run of line.runs) {
        const glyphs = textPath(run.text, 'sans', run.style.weight, run.style.size, pen, line.y, run.style.fill);
        pen += unitWidth(run.text, 'sans', run.style.weight) * run.style.size;
        if (!glyphs) continue;
        const halo = run.style.stroke && run.style.stroke !== 'none' && run.style.paintOrder === 'stroke';
        out.push(
          svg(
            'g',
            halo
              ? {
                  stroke: run.style.stroke,
                  strokeWidth: (parseFloat(run.style.strokeWidth ?? '3') / run.style.size).toFixed(3),
                  strokeLinejoin: 'round',
                  paintOrder: 'stroke',
                }
              : {},
            { type: 'raw', value: glyphs } as unknown as ElementContent,
          ),
        );
      }
    }
    return out;
  });
}

/** A block of lines set at `size`, wrapped to `width`, as `<text>` with a tspan per line. */
function block(text: string, size: number, weight: Weight, fill: string, x: number, top: number, width: number, maxLines = 4) {
  const { lines } = wrap(text, 'sans', weight, size, width, maxLines);
  const lineHeight = size * 1.3;
  const element = svg(
    'text',
    { x, y: top + size, fontSize: size, fontWeight: weight, fill },
    lines.map((line, i) => svg('tspan', { x, dy: i === 0 ? 0 : lineHeight }, line)),
  );
  return { element, height: lines.length * lineHeight };
}

/** The chart framed for download, styled as on the page, with its text as text. */
function framed(chart: Element, frame: ChartImageFrame): Element {
  const colours = palette.light;
  const drawing = structuredClone(chart);
  const root: Root = { type: 'root', children: [drawing] };
  applyStyles(root);
  clean(drawing);
  const width = px(drawing.properties.width, 680);
  const height = px(drawing.properties.height, 400);
  const pad = 20;
  let cursor = pad;
  const title = block(frame.title, 20, 700, colours.text, pad, cursor, width);
  cursor += title.height + 4;
  const takeaway = block(frame.takeaway, 15, 400, colours.muted, pad, cursor, width);
  cursor += takeaway.height + 10;
  const chartTop = cursor;
  cursor += height + 10;
  const source = block(frame.source, 12, 400, colours.muted, pad, cursor, width, 3);
  cursor += source.height + 2;
  const footer = block(frame.footer, 12, 400, colours.muted, pad, cursor, width, 2);
  cursor += footer.height + pad;
  const total = Math.ceil(cursor);
  const fullWidth = width + 2 * pad;
  // Cut to the drawing's own box, as a page cuts an inline SVG to its viewport: a map's outlines
  // are shared by all its widths and reach past any one width's frame.
  const body = svg('g', { transform: `translate(${pad} ${chartTop})`, clipPath: 'url(#drawing)' }, [
    svg('clipPath', { id: 'drawing' }, svg('rect', { width, height })),
    ...drawing.children,
  ]);
  return svg(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: fullWidth,
      height: total,
      viewBox: `0 0 ${fullWidth} ${total}`,
      fontFamily,
      fontSize: defaults.fontSize,
      fill: colours.text,
    },
    svg('title', frame.title),
    svg('rect', { width: fullWidth, height: total, fill: colours.background }),
    title.element,
    takeaway.element,
    body,
    source.element,
    footer.element,
  );
}

// Raw nodes are only the glyph outlines drawn by outlineText, never text from content, which stays escaped.
const markup = (file: Element) => `${toHtml(file, { space: 'svg', allowDangerousHtml: true })}\n`;

/**
 * Both download files of a chart from one styling pass (the costly part): `svg` keeps text as
 * text, `png` is the drawing to rasterise, its text as glyph outlines; `width` is its width in px.
 */
export function chartImageFiles(chart: Element, frame: ChartImageFrame): { svg: string; png: string; width: number } {
  const file = framed(chart, frame);
  const svgText = markup(file);
  outlineText(file, { size: defaults.fontSize, weight: 400, fill: palette.light.text });
  return { svg: svgText, png: markup(file), width: Number(file.properties.width) };
}

/** The chart framed for download, as SVG markup: text as text (`svg`) or as outlines (`png`). */
export function chartImageSvg(chart: Element, frame: ChartImageFrame, mode: 'svg' | 'png'): string {
  return chartImageFiles(chart, frame)[mode];
}
