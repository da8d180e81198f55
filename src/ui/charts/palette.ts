/**
 * The page's one categorical palette: Okabe & Ito's eight colours ("Color Universal Design",
 * 2002), told apart with every common colour-vision deficiency. The map, the line charts and the
 * experiment curves take their colours from here or from the matching CSS variables in
 * styles.css (--blue, --orange, …). Yellow is left out of series: too faint on white.
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#e69f00',
  sky: '#56b4e9',
  green: '#009e73',
  yellow: '#f0e442',
  blue: '#0072b2',
  vermillion: '#d55e00',
  purple: '#cc79a7',
} as const;

/** Categories in order: the most distinct pairs first (blue/orange, then green, purple…). */
export const CATEGORY_PALETTE: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.green,
  OKABE_ITO.purple,
  OKABE_ITO.sky,
  OKABE_ITO.vermillion,
  OKABE_ITO.black,
];

/**
 * Line-chart series as CSS variables, so presentation mode can restyle them; the second and
 * fourth are drawn dashed by their callers, so lines differ by more than colour.
 */
export const SERIES_COLOURS: readonly string[] = [
  'var(--accent)',
  'var(--vermillion)',
  'var(--green)',
  'var(--orange)',
  'var(--sky)',
  'var(--purple)',
];
