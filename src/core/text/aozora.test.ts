import { describe, expect, it } from 'vitest';
import { cleanAozora, cleanAozoraText, cleanAozoraXhtml, looksLikeHtml } from './aozora';

/** A made-up work in the layout of Aozora Bunko's .txt files (title, author, legend, body, colophon). */
const TXT = [
  '川辺の猫',
  '山田花子',
  '',
  '-------------------------------------------------------',
  '【テキスト中に現れる記号について】',
  '',
  '《》：ルビ',
  '（例）欠伸《あくび》',
  '',
  '｜：ルビの付く文字列の始まりを特定する記号',
  '（例）小さな｜三毛猫《みけねこ》',
  '-------------------------------------------------------',
  '',
  '［＃３字下げ］一［＃「一」は中見出し］',
  '　川辺で猫が欠伸《あくび》をした。',
  '　小さな｜三毛猫《みけねこ》は※［＃「魚＋喜」、第4水準2-93-87］を見ていた。',
  '［＃ここから２字下げ］',
  '　春の風が吹いていた。',
  '［＃ここで字下げ終わり］',
  '',
  '',
  '底本：「川辺の猫」架空書房',
  '　　　2020（令和2）年1月1日第1刷発行',
  '入力：誰か',
  '校正：誰か',
  '青空文庫作成ファイル：',
  '',
].join('\r\n');

describe('Aozora Bunko .txt cleanup', () => {
  it('removes the legend, ruby, ruby bars, notes, gaiji marks and the colophon', () => {
    const out = cleanAozoraText(TXT.replaceAll('\r\n', '\n'));
    expect(out).toBe(
      [
        '川辺の猫',
        '山田花子',
        '',
        '',
        '一',
        '　川辺で猫が欠伸をした。',
        '　小さな三毛猫はを見ていた。',
        '',
        '　春の風が吹いていた。',
        '',
      ].join('\n'),
    );
  });

  it('keeps CR LF line ends working and leaves plain text alone', () => {
    const out = cleanAozora(TXT, 'kawabe.txt');
    expect(out).toContain('猫が欠伸をした。');
    expect(out).not.toContain('底本');
    expect(out).not.toContain('《');
    expect(cleanAozoraText('ただの文章です。\n二行目。\n')).toBe('ただの文章です。\n二行目。\n');
  });
});

/** The same work in the layout of Aozora Bunko's XHTML files. */
const XHTML = `<?xml version="1.0" encoding="Shift_JIS"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/xhtml11.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja">
<head><title>山田花子 川辺の猫</title><style>.x{}</style></head>
<body>
<div class="metadata">
<h1 class="title">川辺の猫</h1>
<h2 class="author">山田花子</h2>
<br />
</div>
<div id="contents" style="display:none"></div><div class="main_text"><br />
<div class="jisage_3" style="margin-left: 3em"><h4 class="naka-midashi"><a class="midashi_anchor" id="midashi10">一</a></h4></div>
　川辺で猫が<ruby><rb>欠伸</rb><rp>（</rp><rt>あくび</rt><rp>）</rp></ruby>をした。<br />
　小さな<ruby><rb>三毛猫</rb><rp>（</rp><rt>みけねこ</rt><rp>）</rp></ruby>は<img src="../../../gaiji/2-93/2-93-87.png" alt="※(「魚＋喜」、第4水準2-93-87)" class="gaiji" />を見ていた。<span class="notes">［＃「見ていた」に傍点］</span><br />
　春の風が吹いて&amp;いた。<br />
</div>
<div class="bibliographical_information">
<hr />
<br />
底本：「川辺の猫」架空書房<br />
入力：誰か<br />
</div>
<div class="notation_notes">
<hr />
<br />
●表記について<br />
</div>
</body>
</html>
`;

describe('Aozora Bunko XHTML cleanup', () => {
  it('keeps ruby bases, drops readings, notes, gaiji images, head and colophon', () => {
    expect(cleanAozoraXhtml(XHTML)).toBe(
      [
        '川辺の猫',
        '山田花子',
        '',
        '一',
        '　川辺で猫が欠伸をした。',
        '　小さな三毛猫はを見ていた。',
        '　春の風が吹いて&いた。',
        '',
      ].join('\n'),
    );
  });

  it('is chosen for HTML files by name or by their first characters', () => {
    expect(looksLikeHtml(XHTML)).toBe(true);
    expect(looksLikeHtml('本文', 'work.html')).toBe(true);
    expect(looksLikeHtml('吾輩《わがはい》は猫である。')).toBe(false);
    expect(cleanAozora(XHTML)).toContain('欠伸をした。');
  });
});
