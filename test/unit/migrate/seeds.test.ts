/**
 * One test per seed (content/legacy/seeds): imported alone into a copy of content/ (so that the
 * pages it links to, and the English of a translation without side-by-side text, are there), each
 * gives exactly the committed pages, byte for byte, and reports the defects it has (at their lines).
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertValidPage, contentDir, runImport, seedFiles, tempContent } from './helpers.ts';

const incentives = 'partner-incentives-is-now-on-partner-center';
const manage = 'manage-your-incentives-in-partner-center';

interface SeedExpectation {
  pages: string[];
  /** `line:col  severity  …rule` fragments the report must contain. */
  messages: RegExp[];
}

const expectations: Record<string, SeedExpectation> = {
  '000': {
    pages: [`zh-tw/${incentives}`, `en-us/${incentives}`],
    messages: [
      /:1:1 {2}warning {2}Front matter opened on line 1 is never closed; closed it after line 4 .* {2}front-matter-unclosed$/,
      /:2:1 {2}info {2}Read the translated key `標題：` as `title:` {2}front-matter-translated-key$/,
      /:2:1 {2}warning {2}Title and description are merged on one line; split it at `\| 合作夥伴中心描述：` .* {2}front-matter-merged-title$/,
      /:4:1 {2}info {2}Read the translated key `作者：` as `author:`/,
      /:1:1 {2}warning {2}No `ms.contentlocale` and no `--locale`: detected the locale `zh-tw` from the script of the text/,
      /:1:1 {2}info {2}The file name `000_870ede6414386827.txt` is not a slug; took the slug `partner-incentives-is-now-on-partner-center` from the H1's anchor {2}slug$/,
      /:13:1 {2}warning {2}Heading `##` has no space before its text; added one {2}heading-space$/,
      /:31:4 {2}info {2}Converted the heading anchor `<a name="set-your-users-up-in-partner-center">` to the heading id/,
      /warning {2}No `ms.translationtype`: a side-by-side Microsoft translation, taken as `human` {2}translation-type$/,
      /info {2}Converted 29 side-by-side segments \(2 in the front matter\)/,
      /:36:1 {2}info {2}Rewrote the link `assign-a-user-the-incentive-admin-or-incentive-user-role.md` to `..\/assign-a-user-the-incentive-admin-or-incentive-user-role\/` {2}link-md$/,
      /info {2}Recovered the en-us page `en-us\/partner-incentives-is-now-on-partner-center` from the English of the side-by-side segments/,
      /:1:1 {2}info {2}Set `translation.sourceHash` to the hash of the English beside the segments \(src\/lib\/source-hash.ts\) {2}source-hash$/,
    ],
  },
  '001': {
    pages: [`zh-tw/${manage}`, `en-us/${manage}`],
    messages: [
      /:2:1 {2}info {2}Dropped the title suffix `\| 合作夥伴中心` {2}title-suffix$/,
      /:6:1 {2}info {2}Dropped `ms.sourcegitcommit: c47f8e765def420017abe290f2f7327eab2cbba7`: the page schema has no such field {2}front-matter-unmapped$/,
      /:1:1 {2}warning {2}17 of 20 blocks are untranslated English; kept them as they are in the zh-tw page {2}untranslated$/,
      /:40:5 {2}warning {2}English for `登入合作夥伴中心` is not in the source; supplied `Sign in to Partner Center` .* {2}english-supplied$/,
      /:41:5 {2}warning {2}English for `依照電子郵件中的指示，設定您的獎勵使用者` is not in the source; supplied/,
      /:42:5 {2}warning {2}English for `將合作夥伴中心登入認證提供給您新近設定的獎勵使用者` is not in the source; supplied/,
      /warning {2}English for the title `在合作夥伴中心管理您的獎勵` is not in the source; supplied `Manage your incentives in Partner Center`/,
      /warning {2}English for the description `Microsoft 合作夥伴獎勵計畫支援合作夥伴獲利能力和業務成長` is not in the source; supplied/,
    ],
  },
  '002': {
    pages: [`ru-ru/${incentives}`],
    messages: [
      /:1:1 {2}warning {2}Front matter opened on line 1 is never closed/,
      /:2:1 {2}info {2}Read the translated key `Заголовок:` as `title:`/,
      /:2:1 {2}warning {2}Title and description are merged on one line; split it at `\| Описание в Центре партнеров:`/,
      /:4:1 {2}warning {2}Author `Лаура Бреннер` looks translated .* {2}author$/,
      /detected the locale `ru-ru` from the script of the text, Cyrillic/,
      /warning {2}No `ms.translationtype`: took the translation as `human` \(check it\)/,
    ],
  },
  '003': {
    pages: [`ko-kr/${incentives}`, `en-us/${incentives}`],
    messages: [
      /:2:1 {2}info {2}Read the translated key `제목:` as `title:`/,
      /:2:1 {2}warning {2}Title and description are merged on one line; split it at `\| 파트너 센터 설명:`/,
      /:4:1 {2}info {2}Author `Labrenne` in the translation, `labrenne` in the English; kept the English alias {2}author$/,
      /detected the locale `ko-kr` from the script of the text, Hangul/,
    ],
  },
  '004': {
    pages: [`ja-jp/${incentives}`],
    messages: [
      /:2:1 {2}info {2}Dropped the title suffix `\| パートナー センター`/,
      /:3:1 {2}info {2}Dropped `ms.topic: article`: the page schema has no such field {2}front-matter-unmapped$/,
      /:7:1 {2}info {2}Used the alias `ms.author: labrenne` as the author \(`author: LauraBrenner` dropped\)/,
      /:14:1 {2}info {2}Dropped `ms.locfileid: 57587515`/,
      /:34:45 {2}info {2}Rewrote the link `competencies.md` to `..\/competencies\/`/,
    ],
  },
};

describe('each seed, imported on its own', () => {
  const seeds = seedFiles();
  it('covers every seed', () => {
    expect(seeds.map((s) => basename(s).slice(0, 3))).toEqual(Object.keys(expectations));
  });

  for (const seed of seeds) {
    const id = basename(seed).slice(0, 3);
    it(`${basename(seed)} gives the committed pages and reports its defects`, () => {
      const expected = expectations[id]!;
      const out = tempContent(contentDir);
      const result = runImport([seed], { cwd: join(seed, '..'), out });
      const report = result.messages.join('\n');
      expect(result.exitCode, report).toBe(0);
      const produced = result.outputs.map((o) => relative(out, o.path).replace('/partner-center/', '/').replace(/\.mdx$/, ''));
      expect(produced.sort()).toEqual([...expected.pages].sort());
      for (const output of result.outputs) {
        const page = relative(out, output.path);
        const text = readFileSync(output.path, 'utf8');
        assertValidPage(text, page);
        expect(text, `${page} differs from content/${page}`).toBe(readFileSync(join(contentDir, page), 'utf8'));
      }
      for (const pattern of expected.messages) {
        expect(result.messages.some((m) => pattern.test(m)), `no message matches ${pattern}\n${report}`).toBe(true);
      }
      expect(result.messages.every((m) => m.startsWith(`${basename(seed)}:`))).toBe(true);
      expect(result.outputs.map((o) => o.status).every((status) => status === 'unchanged')).toBe(true);
    });
  }
});
