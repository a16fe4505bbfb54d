/**
 * What the migration check expects from one legacy file (its "inventory"): the page it becomes
 * (locale, slug), every text segment, every anchor, every link and the front matter values.
 * Built by the check's own reader (this folder), never by the importer's reading code.
 */
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import type { Locale } from '../../../../src/config/locales.ts';
import type { TranslationType } from '../../../../src/schemas/page.ts';

export type SegmentKind = 'front-matter' | 'h1' | 'applies-label' | 'applies-item' | 'body';

export interface LegacySegment {
  /** Side-by-side id; undefined for a text block. */
  id: string | undefined;
  kind: SegmentKind;
  text: string;
  /** The English alongside (side-by-side), or the block itself when it is untranslated English. */
  english: string | undefined;
  /** Front matter segments: the fields they hold. */
  fields?: { key: string; value: string; english: string | undefined }[];
  where: Point;
}

export interface LegacyAnchor {
  id: string;
  /** In the page's first `#` heading (the page's title: its id is the slug). */
  h1: boolean;
  where: Point;
}

export interface LegacyLink {
  url: string;
  text: string;
  where: Point;
  /**
   * The side-by-side pair the link is in, with the links of its English, in order: the en-us
   * page has those (a bare URL may differ from the translation's: `…/ja-jp/…`, `…support로`).
   * Undefined for a link outside a pair: the en-us page has the same link.
   */
  pair?: { id: string; english: readonly { url: string; text: string }[] };
}

export interface ExpectedFrontMatter {
  title?: string;
  description?: string;
  author?: string[];
  date?: string;
  type?: TranslationType[];
  sourceHash?: string;
  /**
   * A side-by-side translation was made from exactly the English beside it: its `sourceHash` is
   * that English page's hash (src/lib/source-hash.ts), not the legacy `ms.openlocfilehash`.
   */
  sourceHashOfEnglish?: boolean;
  sourceDate?: string;
}

export interface LegacyInventory {
  file: VFile;
  locale: Locale;
  slug: string;
  sideBySide: boolean;
  /** An en-us page is expected from this file (side-by-side, or half translated). */
  englishPage: boolean;
  segments: LegacySegment[];
  anchors: LegacyAnchor[];
  links: LegacyLink[];
  frontMatter: ExpectedFrontMatter;
  frontMatterWhere: Point;
}

/** A file the check cannot read (errors on `file`), or one it does not check (`skipped` says why). */
export interface NotRead {
  file: VFile;
  skipped?: string;
}

export type LegacyRead = LegacyInventory | NotRead;

/** NFC, white space collapsed, trimmed: how texts are compared. */
export function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
