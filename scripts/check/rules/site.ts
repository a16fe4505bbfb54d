/** The site rules: they look at which pages exist, not at any page's content, and run on every run. */
import type { SiteRule } from '../context.ts';
import { requiredPagesRule } from './required-pages.ts';

export const siteRules: readonly SiteRule[] = [requiredPagesRule];
