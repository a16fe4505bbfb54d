/**
 * A synthetic content tree for the benchmark (scripts/bench.ts) and for the tests that need many
 * pages (the checker's incremental runs, the byte budget): N pages × 5 locales, each page in its
 * locale's script, 3–6 headings (explicit ids shared by every locale, and auto-slugged ones in the
 * page's script), lists, a table every few pages, 4–8 cross-links per page (half with anchors),
 * and a planted set of broken links and anchors whose places are returned as the ground truth.
 * Deterministic.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { locales, sourceLocale } from '../../src/config/locales.ts';
import { sourceHash } from '../../src/lib/source-hash.ts';

export interface PlantedDefect {
  file: string;
  line: number;
  ruleId: 'link-target' | 'link-anchor';
}

export interface Corpus {
  root: string;
  pages: number;
  files: number;
  defects: PlantedDefect[];
}

const words: Record<string, string[]> = {
  'en-us': ['partner', 'incentive', 'program', 'center', 'payout', 'role', 'admin', 'earnings', 'agreement', 'user', 'account', 'setup'],
  'zh-tw': ['合作夥伴', '獎勵', '計畫', '中心', '付款', '角色', '系統管理員', '收益', '合約', '使用者', '帳戶', '設定'],
  'ru-ru': ['партнер', 'поощрение', 'программа', 'центр', 'выплата', 'роль', 'администратор', 'доход', 'соглашение', 'пользователь', 'учетная', 'настройка'],
  'ko-kr': ['파트너', '인센티브', '프로그램', '센터', '지급', '역할', '관리자', '수익', '계약', '사용자', '계정', '설정'],
  'ja-jp': ['パートナー', 'インセンティブ', 'プログラム', 'センター', '支払い', 'ロール', '管理者', '収益', '契約', 'ユーザー', 'アカウント', '設定'],
};
const separator: Record<string, string> = { 'en-us': ' ', 'zh-tw': '', 'ru-ru': ' ', 'ko-kr': ' ', 'ja-jp': '' };
const stop: Record<string, string> = { 'en-us': '.', 'zh-tw': '。', 'ru-ru': '.', 'ko-kr': '.', 'ja-jp': '。' };

/** A small seeded PRNG (mulberry32), so every run writes the same corpus. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const slugOf = (i: number) => `page-${String(i).padStart(5, '0')}`;

export function generateCorpus(root: string, pageCount: number, options: { defectEvery?: number } = {}): Corpus {
  const defectEvery = options.defectEvery ?? 25;
  rmSync(root, { recursive: true, force: true });
  const defects: PlantedDefect[] = [];
  // Per page: its sections (explicit ids), so links can target real anchors.
  const sectionsOf = (i: number) => 3 + (i % 4);
  let files = 0;
  const englishHashes = new Map<number, string>();
  // English first: translations record the English page's hash.
  const ordered = [locales.find((l) => l.locale === sourceLocale)!, ...locales.filter((l) => l.locale !== sourceLocale)];
  for (const { locale } of ordered) {
    const dir = join(root, locale, 'partner-center');
    mkdirSync(dir, { recursive: true });
    const w = words[locale]!;
    const titles = new Map<number, string>();
    for (let i = 0; i < pageCount; i++) {
      const rand = random(i * 7919 + 1);
      const phrase = (n: number) => Array.from({ length: n }, () => w[Math.floor(rand() * w.length)]).join(separator[locale]);
      const sentence = () => phrase(6 + Math.floor(rand() * 8)) + stop[locale];
      const lines: string[] = [];
      const title = `${phrase(3)} ${i}`;
      const description = sentence();
      const body: string[] = [];
      const slugger = new GithubSlugger();
      const sections = sectionsOf(i);
      for (let s = 1; s <= sections; s++) {
        body.push(`## ${phrase(3)} \\{#section-${s}\\}`, '', sentence() + ' ' + sentence(), '');
        if (s % 2 === 0) {
          const sub = `${phrase(2)} ${s}`;
          const subId = slugger.slug(sub);
          body.push(`### ${sub}`, '', `${sentence()} [${phrase(2)}](#${encodeURIComponent(subId)})`, '');
        }
        body.push(`- ${sentence()}`, `- ${sentence()}`, `- ${sentence()}`, '');
        if (i % 4 === 0 && s === 1) body.push(`| ${phrase(1)} | ${phrase(1)} |`, '| --- | --- |', `| ${phrase(2)} | ${phrase(2)} |`, '');
      }
      const linkCount = 4 + (i % 5);
      const links: string[] = [];
      for (let k = 0; k < linkCount; k++) {
        const target = (i + 1 + Math.floor(rand() * (pageCount - 1))) % pageCount;
        const anchor = k % 2 === 0 ? `#section-${1 + Math.floor(rand() * sectionsOf(target))}` : '';
        links.push(`[${phrase(2)}](../${slugOf(target)}/${anchor})`);
      }
      body.push(`## ${phrase(2)} \\{#see-also\\}`, '');
      const seeAlsoStart = body.length;
      for (const link of links) body.push(`- ${link}`);
      // Planted defects: a link to a page that does not exist, and a link to a missing anchor.
      const plant = i % defectEvery === 0;
      if (plant) {
        body.push(`- [${phrase(2)}](../no-such-page-${i}/)`);
        body.push(`- [${phrase(2)}](../${slugOf((i + 1) % pageCount)}/#no-such-anchor-${i})`);
      }
      body.push('');
      const front = ['---', `title: ${JSON.stringify(title)}`, `description: ${JSON.stringify(description)}`];
      const bodyText = `\n${body.join('\n')}`;
      if (locale === sourceLocale) {
        front.push('translation:', '  type: source');
        englishHashes.set(i, sourceHash({ title, description, body: bodyText }));
      } else {
        front.push('translation:', '  type: machine', `  sourceHash: ${englishHashes.get(i)}`);
      }
      front.push('---');
      lines.push(...front);
      const file = `${locale}/partner-center/${slugOf(i)}.mdx`;
      if (plant) {
        const firstBodyLine = front.length + 2; // body starts after "---" and the blank line
        const planted = firstBodyLine + seeAlsoStart + links.length - 1;
        defects.push({ file, line: planted, ruleId: 'link-target' }, { file, line: planted + 1, ruleId: 'link-anchor' });
      }
      writeFileSync(join(dir, `${slugOf(i)}.mdx`), `${lines.join('\n')}${bodyText}`);
      files++;
      titles.set(i, title);
    }
    writeToc(root, locale, pageCount, titles);
  }
  return { root, pages: pageCount, files, defects };
}

/**
 * A table of contents shaped as a real docset's grows: a fixed number of top-level groups, each
 * holding subgroups of ten pages (the subgroup's entry is its first page). More pages make more
 * subgroups, not more top-level entries.
 */
function writeToc(root: string, locale: string, pageCount: number, titles: ReadonlyMap<number, string>): void {
  const groups = Math.min(12, pageCount);
  const entry = (i: number) => ({ title: titles.get(i)!, slug: slugOf(i) });
  const entries = Array.from({ length: groups }, (_, g) => {
    const from = Math.floor((g * pageCount) / groups);
    const to = Math.floor(((g + 1) * pageCount) / groups);
    const subgroups = [];
    for (let start = from + 1; start < to; start += 10) {
      const end = Math.min(start + 10, to);
      subgroups.push({ ...entry(start), children: Array.from({ length: end - start - 1 }, (_, k) => entry(start + 1 + k)) });
    }
    return { ...entry(from), children: subgroups };
  });
  mkdirSync(join(root, 'toc'), { recursive: true });
  writeFileSync(join(root, 'toc', `${locale}.json`), `${JSON.stringify({ locale, entries }, null, 2)}\n`);
}
