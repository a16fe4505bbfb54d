/**
 * The intermediate nodes the importer puts into mdast while converting legacy constructs.
 * None of them reaches the output: the MDX writer refuses any that is left.
 */
import type { Node, Parent } from 'unist';
import type { PhrasingContent, RootContent } from 'mdast';
import type { HtmlAttribute } from '../repair/html-tokens.ts';

/** An HTML element rebuilt from raw-HTML tags in the Markdown (`<span …>` … `</span>`). */
export interface HtmlElement extends Parent {
  type: 'htmlElement';
  tagName: string;
  attributes: HtmlAttribute[];
  children: RootContent[];
  /** The opening tag as written. */
  raw: string;
  /** The closing tag as written; undefined for void elements or when never closed. */
  rawClose: string | undefined;
}

/** An HTML comment (kept as an MDX comment). */
export interface HtmlComment extends Node {
  type: 'htmlComment';
  value: string;
}

/** A side-by-side translation segment: the translated text and, aligned by id, the English. */
export interface Segment extends Parent {
  type: 'segment';
  id: string;
  children: PhrasingContent[];
  source: PhrasingContent[];
}

/** A legacy anchor (`<a name="x"></a>`, `<a id="x"></a>`), to be put on the right element. */
export interface Anchor extends Node {
  type: 'anchor';
  id: string;
  raw: string;
}

declare module 'mdast' {
  interface RootContentMap {
    htmlElement: HtmlElement;
    htmlComment: HtmlComment;
    segment: Segment;
    anchor: Anchor;
  }
  interface PhrasingContentMap {
    htmlElement: HtmlElement;
    htmlComment: HtmlComment;
    segment: Segment;
    anchor: Anchor;
  }
  interface BlockContentMap {
    htmlElement: HtmlElement;
    htmlComment: HtmlComment;
    anchor: Anchor;
  }
  interface HeadingData {
    /** Explicit id (`\{#id\}`) given by a legacy anchor. */
    explicitId?: string;
  }
  interface TextData {
    /** The raw source of text that came from inside raw HTML. */
    raw?: string;
  }
}
