/**
 * Cleanup for Aozora Bunko (青空文庫) files, the usual source of Japanese literary corpora. Their
 * markup would otherwise become words: ruby readings (吾輩《わがはい》) double every rare kanji
 * with its kana, editorial notes (［＃「…」に傍点］) add words nobody wrote, and the legend at the top
 * and the colophon at the bottom (底本：…, 入力：…, 校正：…) repeat in every file of a corpus.
 *
 * Two forms are handled:
 * - the `.txt` form: `｜` marks where a ruby base starts, `《…》` holds the reading, `［＃…］` is a
 *   note (with `※` before it when the note describes a character that Shift_JIS lacks), a legend
 *   sits between two lines of dashes, and the colophon starts at a line beginning with 底本：;
 * - the XHTML form: `<ruby><rb>…</rb><rp>（</rp><rt>…</rt><rp>）</rp></ruby>`, notes in
 *   `<span class="notes">`, the colophon in `<div class="bibliographical_information">`.
 * Title and author lines are kept (they are text, and short).
 */
import { Parser } from 'htmlparser2';

const DASHES = /^-{10,}\s*$/;
const COLOPHON = /^\s*底本：/;
const RUBY_WITH_BAR = /｜([^《｜\n]*)《[^》\n]*》/g;
const RUBY = /《[^》\n]*》/g;
const NOTE = /※?［＃[^］\n]*］/g;

/** The `.txt` form's body: legend, colophon, ruby and notes removed. Line structure is kept. */
export function cleanAozoraText(text: string): string {
  let lines = text.split('\n');
  // The legend is near the top; a dashed line far down is part of the work.
  const first = lines.findIndex((l, i) => i < 60 && DASHES.test(l));
  if (first >= 0) {
    const second = lines.findIndex((l, i) => i > first && DASHES.test(l));
    if (second > first) lines = [...lines.slice(0, first), ...lines.slice(second + 1)];
  }
  let colophon = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (COLOPHON.test(lines[i])) {
      colophon = i;
      break;
    }
  }
  if (colophon >= 0) lines = lines.slice(0, colophon);
  return stripInlineMarkup(lines.join('\n')).replace(/\s+$/, '\n');
}

/** Ruby, the ruby-start bar and editorial notes, wherever they are. */
function stripInlineMarkup(text: string): string {
  return text.replace(RUBY_WITH_BAR, '$1').replace(RUBY, '').replace(NOTE, '').replaceAll('｜', '');
}

const SKIPPED_CLASSES = ['bibliographical_information', 'notation_notes', 'after_text', 'notes'];
const SKIPPED_TAGS = new Set(['head', 'script', 'style', 'rt', 'rp']);
const LINE_TAGS = new Set(['br', 'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr']);

/**
 * The XHTML form's body as plain text: one line per `<br />` or block, ruby bases without their
 * readings, no notes, no colophon. Source line breaks are layout, not text (Japanese has no spaces
 * to lose), so only `<br>` and block ends break lines.
 */
export function cleanAozoraXhtml(html: string): string {
  const parts: string[] = [];
  // One entry per open element: whether its content is skipped (inherited from the parent).
  const stack: boolean[] = [];
  const skipping = () => stack.length > 0 && stack[stack.length - 1];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const cls = (attrs.class ?? '').split(/\s+/);
        const skip =
          skipping() ||
          SKIPPED_TAGS.has(name) ||
          (name === 'img' && cls.includes('gaiji')) ||
          SKIPPED_CLASSES.some((c) => cls.includes(c));
        stack.push(skip);
        if (!skip && name === 'img' && attrs.alt && !cls.includes('gaiji')) parts.push(attrs.alt);
      },
      onclosetag(name) {
        const skipped = stack.pop() ?? false;
        if (skipped) return;
        // Every <br> is a line end; nested blocks closing together end one line, not several.
        if (name === 'br' || (LINE_TAGS.has(name) && parts.length > 0 && parts[parts.length - 1] !== '\n'))
          parts.push('\n');
      },
      ontext(text) {
        if (!skipping()) parts.push(text.replace(/[\r\n]+/g, ''));
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.parseComplete(html);
  const text = stripInlineMarkup(parts.join(''))
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n');
  return text.replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

/** Whether `text` is the XHTML form (or any HTML page) rather than plain text. */
export function looksLikeHtml(text: string, fileName = ''): boolean {
  return /\.x?html?$/i.test(fileName) || /^\s*(<\?xml|<!doctype html|<html)/i.test(text.slice(0, 500));
}

/** The cleanup for either form, chosen by the file name and the first characters. */
export function cleanAozora(text: string, fileName = ''): string {
  return looksLikeHtml(text, fileName) ? cleanAozoraXhtml(text) : cleanAozoraText(text);
}
