/**
 * Controls hidden by a link: `hide=train.window,classify.*` hides the control whose
 * `data-control` is `train.window` and everything whose id starts with `classify.` (and
 * `classify` itself). Ids are checked by the URL codec (letters, digits, `_`, `-`, dots), so they
 * go into CSS selectors as they are. Pure: tested in Node.
 */

/** A predicate: is the control or section `id` hidden by `hide`? */
export function hiddenMatcher(hide: readonly string[]): (id: string) => boolean {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const h of hide) {
    if (h.endsWith('.*')) {
      exact.add(h.slice(0, -2));
      prefixes.push(h.slice(0, -1));
    } else {
      exact.add(h);
    }
  }
  return (id) => exact.has(id) || prefixes.some((p) => id.startsWith(p));
}

/**
 * A style sheet that takes every hidden control out of the page (display: none also removes it
 * from the tab order and from screen readers). The elements stay mounted, so their settings keep
 * the values the link gave them.
 */
export function hiddenCss(hide: readonly string[]): string {
  const selectors = hide.flatMap((h) =>
    h.endsWith('.*')
      ? [`[data-control="${h.slice(0, -2)}"]`, `[data-control^="${h.slice(0, -1)}"]`]
      : [`[data-control="${h}"]`],
  );
  return selectors.length === 0 ? '' : `${selectors.join(',\n')} {\n  display: none !important;\n}\n`;
}
