/**
 * The interface's font stack: Latin UI fonts first, then Japanese ones (Hiragino on macOS and
 * iOS, Noto Sans JP / Noto Sans CJK JP on Linux and Android, Yu Gothic UI and Meiryo on Windows),
 * then Chinese and Korean ones for corpus words in those scripts. Japanese comes before Chinese so
 * that kanji take Japanese glyph shapes. styles.css repeats the stack for the page (fonts.test.ts
 * keeps the two equal); the map canvas and its SVG export use it from here.
 */
export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", ' +
  '"Noto Sans CJK JP", "Yu Gothic UI", "Yu Gothic", Meiryo, "Noto Sans", "PingFang SC", "Microsoft YaHei", ' +
  '"Apple SD Gothic Neo", "Malgun Gothic", sans-serif';
