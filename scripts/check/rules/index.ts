/**
 * Every rule of `npm run check`, in the order their messages are most useful to read. A rule's
 * module is named for its id (`html.ts` is `html`), as in remark-lint.
 */
import type { Rule } from '../context.ts';
import { siteRules } from './site.ts';
import { frontmatterRule } from './frontmatter.ts';
import { orphanTranslationRule } from './orphan-translation.ts';
import { linkTargetRule } from './link-target.ts';
import { linkAnchorRule } from './link-anchor.ts';
import { noMdLinkRule } from './no-md-link.ts';
import { noAbsoluteSelfLinkRule } from './no-absolute-self-link.ts';
import { noJavascriptLinkRule } from './no-javascript-link.ts';
import { noEmptyLinkTextRule } from './no-empty-link-text.ts';
import { anchorParityRule } from './anchor-parity.ts';
import { linkParityRule } from './link-parity.ts';
import { translationStaleRule } from './translation-stale.ts';
import { untranslatedTextRule } from './untranslated-text.ts';
import { headingIncrementRule } from './heading-increment.ts';
import { duplicateIdRule } from './duplicate-id.ts';
import { imageRule } from './image.ts';
import { htmlRule } from './html.ts';

export const rules: readonly Rule[] = [
  frontmatterRule,
  ...siteRules,
  orphanTranslationRule,
  linkTargetRule,
  linkAnchorRule,
  noMdLinkRule,
  noAbsoluteSelfLinkRule,
  noJavascriptLinkRule,
  noEmptyLinkTextRule,
  anchorParityRule,
  linkParityRule,
  translationStaleRule,
  untranslatedTextRule,
  headingIncrementRule,
  duplicateIdRule,
  imageRule,
  htmlRule,
];
