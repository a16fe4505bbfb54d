/**
 * The Markdown features every page is read with, by the site (astro.config.mjs) and by the
 * content checker (read-page.ts): GFM tables and the rest, YAML front matter, and no smart
 * punctuation (legacy text keeps its own quotes and dashes, as it was imported).
 */
import type { SatteriFeatures } from '@astrojs/markdown-satteri';

export const features = { gfm: true, frontmatter: true, smartPunctuation: false } as const satisfies SatteriFeatures;
