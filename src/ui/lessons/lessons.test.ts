import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../i18n/messages';
import '../url/groups';
import { decodeGroup, unknownParams } from '../url/schema';
import { urlStore } from '../url/store';
import { expandLessonLink, LESSONS, lessonParams } from './lessons';

/** Every `data-control` id the page's source gives (literal ids, and the fixed part of template ones). */
function controlIds(): { exact: Set<string>; prefixes: string[] } {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.tsx')) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(/(?:data-control|control)="([\w.-]+)"/g)) exact.add(m[1]);
        for (const m of text.matchAll(/(?:data-control|control)=\{`([\w.-]*)\$\{/g)) prefixes.push(m[1]);
      }
    }
  };
  walk(join(__dirname, '..'));
  return { exact, prefixes };
}

describe('built-in lessons', () => {
  const groups = urlStore.registered();

  it('set only settings the page knows, with valid values', () => {
    for (const lesson of LESSONS) {
      const params = lessonParams(lesson);
      // The word filter's group registers with the page's workers, which Node does not have.
      expect(unknownParams(params, groups, ['filter']), lesson.id).toEqual([]);
      expect(params.get('filter'), lesson.id).toBe('1');
      for (const g of groups) expect(decodeGroup(g, params).rejected, `${lesson.id} ${g.key}`).toEqual([]);
    }
  });

  it('hide controls that exist', () => {
    const { exact, prefixes } = controlIds();
    expect(exact.has('train.advanced')).toBe(true);
    for (const lesson of LESSONS) {
      for (const id of lesson.hide) {
        const base = id.replace(/\.\*$/, '');
        const known =
          exact.has(base) ||
          [...exact].some((e) => e.startsWith(`${base}.`)) ||
          prefixes.some((p) => base.startsWith(p) && base.length > p.length);
        expect(known, `${lesson.id} hides ${id}`).toBe(true);
      }
    }
  });

  it('have 3–6 steps with text in every language', () => {
    for (const lesson of LESSONS) {
      expect(lesson.steps.length).toBeGreaterThanOrEqual(3);
      expect(lesson.steps.length).toBeLessThanOrEqual(6);
      for (const key of [lesson.title, ...lesson.steps])
        for (const lang of ['en', 'ja'] as const) expect(CATALOGS[lang][key], `${lang} ${key}`).toBeTruthy();
    }
  });

  it('expand a short link, keeping the reader’s language, and leave full links alone', () => {
    const short = expandLessonLink(new URLSearchParams('lesson=masking&lang=ja&filter.words=zork'));
    expect(short.get('tab')).toBe('classify');
    expect(short.get('lang')).toBe('ja');
    expect(short.get('filter.words')).toBe('zork');
    expect(short.get('filter')).toBe('1');
    expect(short.get('hide')).toContain('tab.train');
    const full = new URLSearchParams('lesson=masking&tab=train');
    expect(expandLessonLink(full)).toBe(full);
    const unknown = new URLSearchParams('lesson=nope');
    expect(expandLessonLink(unknown)).toBe(unknown);
  });
});
