/**
 * The site's Sätteri plugins, in the order they run (mdast ones, then hast ones): the one
 * list astro.config.mjs gives
 * `satteri()` (which @astrojs/mdx inherits), so every page is rendered by them.
 *
 *   heading-ids.ts         ids of headings (explicit `\{#id\}` or slugs), as the checker computes them
 *   segment-paragraphs.ts  a paragraph of <Segment> sentences stays a <p>
 *   table-align.ts         an HTML <table> written in a page is focusable (mdast); GFM tables
 *                          too, and their alignment becomes classes: the CSP forbids inline styles (hast)
 *   scrollable-code.ts     a code block is focusable, to scroll a long line on a phone (hast)
 *   unsafe-urls.ts         no javascript:/vbscript:/data:/file: link, image or URL attribute
 *   untranslated-lang.ts   `lang="en"` on English left in a translation (hast)
 */
import type { HastPluginList, MdastPluginList } from 'satteri';
import { headingIdsPlugin } from './heading-ids.ts';
import { scrollableCodePlugin } from './scrollable-code.ts';
import { segmentParagraphsPlugin } from './segment-paragraphs.ts';
import { focusableHtmlTablesPlugin, tableAlignPlugin } from './table-align.ts';
import { unsafeUrlsPlugin } from './unsafe-urls.ts';
import { untranslatedLangPlugin } from './untranslated-lang.ts';

export const mdastPlugins: MdastPluginList = [unsafeUrlsPlugin, headingIdsPlugin, segmentParagraphsPlugin, focusableHtmlTablesPlugin];
export const hastPlugins: HastPluginList = [untranslatedLangPlugin, tableAlignPlugin, scrollableCodePlugin];
