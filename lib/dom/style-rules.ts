// When CSS hides text from a reader, as rules over plain style values: the same rules serve the
// live page (computed styles) and the command-line path (a `style` attribute parsed by
// inlineStyle below). Geometry (off-screen, zero-size boxes) is judged by the caller: computed
// boxes on a live page, declared offsets in an inline style.

/** The style values the rules read; any may be missing (then that rule does not apply). */
export interface StyleValues {
  display?: string;
  visibility?: string;
  opacity?: string;
  fontSize?: string;
  color?: string;
  clip?: string;
  clipPath?: string;
  position?: string;
}

/** Below these a reader sees nothing (a planted figure at 0.01 opacity or 1 px is still planted). */
const MIN_OPACITY = 0.05;
const MIN_FONT_PX = 2;

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** rgb()/rgba() as getComputedStyle writes them (either syntax), #rgb(a), `transparent`; else null. */
export function parseColor(value: string | undefined): Rgba | null {
  if (!value) return null;
  const v = value.trim().toLowerCase();
  if (v === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (fn) {
    const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? parseFloat(fn[4]) / 100 : parseFloat(fn[4]);
    return { r: +fn[1], g: +fn[2], b: +fn[3], a: alpha };
  }
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(v);
  if (!hex) return null;
  const h = hex[1].length <= 4 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
  const byte = (i: number) => parseInt(h.slice(i, i + 2), 16);
  return { r: byte(0), g: byte(2), b: byte(4), a: h.length === 8 ? byte(6) / 255 : 1 };
}

/** Text of colour `fg` on background `bg` that a reader cannot tell apart. */
export function sameColour(fg: Rgba, bg: Rgba): boolean {
  return Math.abs(fg.r - bg.r) + Math.abs(fg.g - bg.g) + Math.abs(fg.b - bg.b) <= 12;
}

/** A length in px: px, unitless 0, em/rem at 16 px; null for anything else (%, calc…). */
export function lengthPx(value: string | undefined): number | null {
  if (!value) return null;
  const m = /^\s*(-?[\d.]+)(px|em|rem|pt)?\s*$/i.exec(value);
  if (!m) return null;
  const n = parseFloat(m[1]);
  const unit = (m[2] ?? '').toLowerCase();
  if (!unit) return n === 0 ? 0 : null;
  return unit === 'px' ? n : unit === 'pt' ? (n * 4) / 3 : n * 16;
}

/** clip: rect(…) with no area (only applies to absolutely positioned boxes). */
function clipHides(clip: string | undefined, position: string | undefined): boolean {
  if (!clip || !/^\s*rect\(/i.test(clip)) return false;
  if (position && position !== 'absolute' && position !== 'fixed') return false;
  const sides = clip.replace(/^\s*rect\(|\)\s*$/gi, '').split(/[\s,]+/).filter(Boolean).map(lengthPx);
  if (sides.length !== 4 || sides.some((s) => s === null)) return false;
  const [top, right, bottom, left] = sides as number[];
  return bottom <= top || right <= left;
}

/** clip-path that leaves nothing: inset() of 50 % or more from opposite sides, circle(0)/ellipse(0 …). */
function clipPathHides(value: string | undefined): boolean {
  if (!value) return false;
  const v = value.trim().toLowerCase();
  const shape = /^(inset|circle|ellipse)\(([^)]*)\)/.exec(v);
  if (!shape) return false;
  const args = shape[2].split(/\s+at\s+|\s+round\s+/)[0].trim().split(/[\s,]+/).filter(Boolean);
  const percent = (s: string) => (s.endsWith('%') ? parseFloat(s) : parseFloat(s) === 0 ? 0 : null);
  if (shape[1] === 'inset') {
    const p = args.map(percent);
    if (p.some((x) => x === null) || !p.length) return false;
    const [t, r = t, b = t, l = r] = p as number[];
    return t + b >= 100 || l + r >= 100;
  }
  return args.length > 0 && args.some((a) => parseFloat(a) === 0);
}

/** display:none, visibility hidden, opacity (near) 0: what Element.checkVisibility also answers. */
export function hiddenByDisplay(s: StyleValues): boolean {
  if (s.display === 'none') return true;
  const visibility = s.visibility;
  if (visibility === 'hidden' || visibility === 'collapse') return true;
  const opacity = s.opacity;
  if (opacity === undefined || opacity === '') return false;
  return (opacity.trim().endsWith('%') ? parseFloat(opacity) / 100 : parseFloat(opacity)) <= MIN_OPACITY;
}

/** clip or clip-path that leaves nothing of the box (and so of its whole subtree). */
export function clippedAway(s: StyleValues): boolean {
  const clip = s.clip;
  return (!!clip && clip !== 'auto' && clipHides(clip, s.position)) || clipPathHides(s.clipPath);
}

/**
 * True when these style values alone make the text unseeable. Values are read one by one, in
 * order, stopping at the first that hides: `s` may be a live CSSStyleDeclaration, where every read
 * costs. `displayChecked`: display/visibility/opacity are known to be fine (checkVisibility).
 */
export function hiddenByStyle(s: StyleValues, displayChecked = false): boolean {
  if (!displayChecked && hiddenByDisplay(s)) return true;
  const size = lengthPx(s.fontSize);
  if (size !== null && size < MIN_FONT_PX) return true;
  const colour = parseColor(s.color);
  if (colour && colour.a <= MIN_OPACITY) return true;
  return clippedAway(s);
}

/** Declarations of a `style` attribute, property names in camelCase (font-size → fontSize). */
export function inlineStyle(attribute: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const decl of attribute.split(';')) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    const name = decl.slice(0, colon).trim().toLowerCase().replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const value = decl.slice(colon + 1).replace(/!\s*important\s*$/i, '').trim();
    if (name && value) out[name] = value.toLowerCase();
  }
  return out;
}

/** Offsets beyond this (px) put a box or its text off the page in an inline style. */
const OFF_PAGE_PX = -500;

/** An inline style that hides its element's text: the rules above plus declared geometry. */
export function hiddenByInlineStyle(attribute: string): boolean {
  const s = inlineStyle(attribute);
  if (hiddenByStyle(s)) return true;
  const positioned = s.position === 'absolute' || s.position === 'fixed';
  const left = lengthPx(s.left);
  const top = lengthPx(s.top);
  if (positioned && ((left !== null && left <= OFF_PAGE_PX) || (top !== null && top <= OFF_PAGE_PX))) return true;
  const indent = lengthPx(s.textIndent);
  if (indent !== null && indent <= OFF_PAGE_PX) return true;
  const clipped = /^(hidden|clip)\b/.test(s.overflow ?? '');
  const w = lengthPx(s.width);
  const h = lengthPx(s.height);
  return clipped && ((w !== null && w <= 1) || (h !== null && h <= 1));
}
