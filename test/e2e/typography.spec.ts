/**
 * Line breaking per script, measured in the browser on real pages at 360 px: Korean wraps at
 * spaces (never between two syllables of a word), Chinese and Japanese lines never start with
 * closing punctuation or a small kana, and no page is wider than the phone.
 */
import type { Page } from '@playwright/test';
import { pagePath } from '../../src/lib/content-index.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

test.use({ viewport: { width: 360, height: 740 } });

interface LineBreak {
  /** The last character of a line and the first of the next (white space skipped). */
  before: string;
  after: string;
  /** Whether white space separates them (a break at a space). */
  atSpace: boolean;
  /** The text around the break, for failure messages. */
  context: string;
}

/**
 * Every line break inside the text of the elements matched by `selector`: each character's box
 * (a DOM Range over it), a new line where a character's box starts below the previous one's
 * middle. Breaks between blocks (paragraph to paragraph) are not line breaks and are skipped, as
 * is text that is not shown (hidden English sources have no box).
 */
function lineBreaks(page: Page, selector: string): Promise<LineBreak[]> {
  return page.evaluate((selector) => {
    const blockSelector = 'p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, blockquote, figcaption, caption, summary, div, section, span[lang="en"]';
    const breaks: LineBreak[] = [];
    const range = document.createRange();
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let previous: { char: string; top: number; bottom: number; block: Element | null; text: string } | undefined;
      let space = false;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const block = node.parentElement!.closest(blockSelector);
        for (let i = 0; i < node.data.length; i++) {
          const char = node.data[i]!;
          if (/\s/.test(char)) {
            space = true;
            continue;
          }
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getClientRects()[0];
          if (!box || box.width === 0) continue;
          if (previous && previous.block === block && box.top > (previous.top + previous.bottom) / 2) {
            breaks.push({
              before: previous.char,
              after: char,
              atSpace: space,
              context: `${previous.text.slice(-12)}|${node.data.slice(i, i + 12)}`,
            });
          }
          previous = { char, top: box.top, bottom: box.bottom, block, text: node.data.slice(0, i + 1) };
          space = false;
        }
      }
    }
    return breaks;
  }, selector);
}

const hangul = /\p{Script=Hangul}/u;
const letterOrDigit = /[\p{L}\p{N}]/u;
/** A break inside a Korean word: two letters (one of them Hangul) with no space between. */
const insideKoreanWord = (b: LineBreak) =>
  !b.atSpace && letterOrDigit.test(b.before) && letterOrDigit.test(b.after) && (hangul.test(b.before) || hangul.test(b.after));

async function expectNoHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

const koreanPages = ['partner-incentives-is-now-on-partner-center', 'csp-overview', 'understand-incentive-payouts'];

for (const slug of koreanPages) {
  test(`ko-kr ${slug}: lines break between words, never inside one`, async ({ page }) => {
    await page.goto(pagePath('ko-kr', slug));
    const breaks = await lineBreaks(page, 'h1, .content');
    const korean = breaks.filter((b) => hangul.test(b.before) || hangul.test(b.after));
    // Enough wrapped Korean text to mean something (the page is long, the screen narrow).
    expect(korean.length).toBeGreaterThan(15);
    expect(korean.filter(insideKoreanWord).map((b) => b.context)).toEqual([]);
    await expectNoHorizontalScroll(page);
  });
}

test('ko-kr: with "Show English" on, Korean still breaks between words and the page fits', async ({ page }) => {
  await page.goto(pagePath('ko-kr', 'partner-incentives-is-now-on-partner-center'));
  await page.locator('[data-source-toggle] button').click();
  await expect(page.locator('[data-source-segment]').first()).toBeVisible();
  const breaks = await lineBreaks(page, 'h1, .content');
  expect(breaks.filter(insideKoreanWord).map((b) => b.context)).toEqual([]);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, 'ko-kr with the English shown, at 360 px');
});

/** Closing punctuation, iteration marks, small kana and the long-vowel mark: never first on a line (line-break: strict). */
const noLineStart = /[、。，．・：；？！」』）〕］｝〉》】〙〗)\]}ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰ-ㇿ々〻]/u;
const katakana = /[\p{Script=Katakana}ー]/u;
/** Headings, and the checker's questions (legends) and answers (labels): short lines. */
const cjkHeadings = 'h1, .content h2, .content h3, .content h4, .content legend, .content label';

for (const [locale, slugs] of [
  ['ja-jp', ['partner-incentives-is-now-on-partner-center', 'csp-overview', 'understand-incentive-payouts', 'agreements']],
  ['zh-tw', ['partner-incentives-is-now-on-partner-center', 'csp-overview', 'understand-incentive-payouts', 'agreements']],
] as const) {
  test(`${locale}: wrapped headings and questions never start a line with closing punctuation or a small kana${locale === 'ja-jp' ? ', nor break inside a katakana word' : ''}`, async ({ page }) => {
    let wrapped = 0;
    for (const slug of slugs) {
      await page.goto(pagePath(locale, slug));
      const breaks = await lineBreaks(page, cjkHeadings);
      wrapped += breaks.length;
      expect(breaks.filter((b) => noLineStart.test(b.after)).map((b) => `${slug}: ${b.context}`)).toEqual([]);
      // Japanese headings break between phrases: never inside a katakana word ("ソリューショ|ン").
      if (locale === 'ja-jp') expect(breaks.filter((b) => !b.atSpace && katakana.test(b.before) && katakana.test(b.after)).map((b) => `${slug}: ${b.context}`)).toEqual([]);
      await expectNoHorizontalScroll(page);
    }
    // Some headings do wrap at 360 px: the check is not vacuous.
    expect(wrapped).toBeGreaterThan(3);
  });
}

/**
 * The breaks inside a katakana word ("チェックリス|ト") in the links matched by `selector`,
 * and how many lines wrapped at all. A phrase wider than its link must break somewhere: those
 * words are left out.
 */
async function katakanaBreaksInLinks(page: Page, selector: string) {
  const breaks = await lineBreaks(page, selector);
  const tooWide = await page.locator(selector).evaluateAll((links) =>
    links.flatMap((link) => {
      const width = link.getBoundingClientRect().width;
      const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
      const words: string[] = [];
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        for (const word of (text.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, word.index);
          range.setEnd(text, word.index + word[0].length);
          const wordWidth = [...range.getClientRects()].reduce((sum, r) => sum + r.width, 0);
          if (wordWidth > width) words.push(word[0]);
        }
      }
      return words;
    }),
  );
  const insideWord = breaks.filter((b) => !b.atSpace && katakana.test(b.before) && katakana.test(b.after));
  return { wrapped: breaks.length, insideWord: insideWord.filter((b) => !tooWide.some((word) => word.includes(b.before + b.after))).map((b) => b.context) };
}

test("ja-jp at 360 px: the home page's links, the contents page, breadcrumbs and previous/next break between phrases, never inside a katakana word", async ({ page }) => {
  let wrapped = 0;
  for (const path of ['/ja-jp/', '/ja-jp/contents/', pagePath('ja-jp', 'partner-incentives-is-now-on-partner-center'), pagePath('ja-jp', 'third-party-help')]) {
    await page.goto(path);
    const found = await katakanaBreaksInLinks(page, '.home a, .contents-page a, .breadcrumbs a, .pager a');
    wrapped += found.wrapped;
    expect(found.insideWord.map((context) => `${path}: ${context}`)).toEqual([]);
  }
  // Links do wrap on a phone: the check is not vacuous.
  expect(wrapped).toBeGreaterThan(3);
});

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  test('ja-jp: the navigation and "In this article" links break between phrases, never inside a katakana word', async ({ page }) => {
    let wrapped = 0;
    for (const slug of ['third-party-help', 'partner-incentives-is-now-on-partner-center']) {
      await page.goto(pagePath('ja-jp', slug));
      const found = await katakanaBreaksInLinks(page, '.toc a, .page-sidebar a');
      wrapped += found.wrapped;
      expect(found.insideWord.map((context) => `${slug}: ${context}`)).toEqual([]);
    }
    // Titles do wrap in those narrow columns: the check is not vacuous.
    expect(wrapped).toBeGreaterThan(3);
  });
});

test('Latin and Cyrillic text still wraps between words', async ({ page }) => {
  for (const locale of ['en-us', 'ru-ru'] as const) {
    await page.goto(pagePath(locale, 'partner-incentives-is-now-on-partner-center'));
    const breaks = await lineBreaks(page, 'h1, .content');
    expect(breaks.length).toBeGreaterThan(15);
    expect(breaks.filter((b) => !b.atSpace && letterOrDigit.test(b.before) && letterOrDigit.test(b.after)).map((b) => b.context)).toEqual([]);
    await expectNoHorizontalScroll(page);
  }
});
