import type { Page } from 'playwright-core';

/** One piece of text the page does not show whole. */
export type Clip = {
  /** 'overflow': cut by an element that hides its overflow; 'viewport': beyond the window's left or right edge */
  kind: 'overflow' | 'viewport';
  /** a CSS-ish path of the element holding the text, for finding it */
  where: string;
  text: string;
  /** how many pixels are cut off */
  px: number;
};

/**
 * In the page (a string: the node projects have no DOM types). A text is
 * clipped when some of its glyphs cannot be seen: its box reaches past an
 * ancestor (or itself) whose overflow is hidden or clipped (ellipsis included),
 * or past the window's left or right edge. Scroll containers (overflow auto)
 * do not clip: their text is one scroll away. An ellipsis whose element (or
 * an ancestor) offers the whole text (a title, a button that expands it) is a
 * summary and not counted. Visually hidden labels (a 1 px
 * box for screen readers) and text the page hides are skipped. Form fields
 * whose value is wider than the field count too.
 */
const FIND_CLIPPED = `(() => {
  const out = [];
  const vw = document.documentElement.clientWidth;
  const hides = (el) => {
    const s = getComputedStyle(el);
    return s.overflowX === 'hidden' || s.overflowX === 'clip' || s.overflowY === 'hidden' || s.overflowY === 'clip';
  };
  const pathOf = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.body && parts.length < 5; e = e.parentElement) {
      const id = e.getAttribute('data-testid');
      parts.unshift(e.tagName.toLowerCase() + (id ? '[' + id + ']' : e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : ''));
      if (id) break;
    }
    return parts.join(' > ');
  };
  const tiny = (r) => r.width <= 1 || r.height <= 1;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.replace(/\\s+/g, ' ').trim();
    if (!text) continue;
    const el = node.parentElement;
    if (!el || el.closest('script,style,option,[hidden],[aria-hidden="true"]')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => !tiny(r));
    if (!rects.length) continue;
    const box = { left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)), top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)) };
    if (getComputedStyle(el).visibility === 'hidden') continue;
    let skipped = false;
    let scrolls = false;
    for (let a = el; a && a !== document.documentElement; a = a.parentElement) {
      const s = getComputedStyle(a);
      const r = a.getBoundingClientRect();
      if (tiny(r)) { skipped = true; break; }
      if (s.overflowX === 'auto' || s.overflowX === 'scroll') scrolls = true;
      if (!hides(a)) continue;
      const cut = Math.max(r.left - box.left, box.right - r.right, r.top - box.top, box.bottom - r.bottom);
      // an ellipsis whose full text is one hover or click away (a title, a button that expands it) is a summary, not a clip
      if (s.textOverflow === 'ellipsis' && a.closest('[title],[aria-expanded]')) { skipped = true; break; }
      if (s.textOverflow === 'ellipsis' && a.scrollWidth > a.clientWidth + 1) {
        out.push({ kind: 'overflow', where: pathOf(a), text: text.slice(0, 80), px: a.scrollWidth - a.clientWidth });
        skipped = true;
        break;
      }
      if (cut > 2) {
        out.push({ kind: 'overflow', where: pathOf(a), text: text.slice(0, 80), px: Math.round(cut) });
        skipped = true;
        break;
      }
    }
    // text beyond the window inside a scroll container is one scroll away; beyond it on the page itself is lost
    if (skipped || scrolls) continue;
    const sx = window.scrollX;
    if (box.left + sx < -1 || box.right + sx > vw + 1) out.push({ kind: 'viewport', where: pathOf(el), text: text.slice(0, 80), px: Math.round(Math.max(-box.left - sx, box.right + sx - vw)) });
  }
  for (const f of document.querySelectorAll('input[type="text"],input:not([type]),input[type="search"],input[type="number"],select')) {
    const r = f.getBoundingClientRect();
    if (tiny(r) || f.closest('[hidden]')) continue;
    const value = f.tagName === 'SELECT' ? (f.selectedOptions[0]?.textContent ?? '') : f.value;
    if (!value.trim()) continue;
    // a field's own scrollWidth covers its value; a select needs measuring
    let wide = f.scrollWidth - f.clientWidth;
    if (f.tagName === 'SELECT') {
      const probe = document.createElement('span');
      const s = getComputedStyle(f);
      probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre;font:' + s.font;
      probe.textContent = value;
      document.body.appendChild(probe);
      // the arrow and the padding take about 20 px of a select
      wide = probe.getBoundingClientRect().width + 20 - f.clientWidth;
      probe.remove();
    }
    if (wide > 2) out.push({ kind: 'overflow', where: pathOf(f), text: value.slice(0, 80), px: Math.round(wide) });
  }
  return out;
})()`;

/** Every clipped text of the page as it is laid out now (the whole page, not only the part in view). */
export async function findClipped(page: Page): Promise<Clip[]> {
  return page.evaluate<Clip[]>(FIND_CLIPPED);
}
