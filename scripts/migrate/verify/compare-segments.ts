/**
 * A legacy segment against the pages: its text in the translation (a `<Segment>` by id with its
 * `source`, the front matter field it holds, the H1 as the page's heading — `heading`, else
 * `title` — the "Applies to" label and items as `appliesTo`, else the page's text), and its
 * English in the en-us page recovered from it.
 */
import { quote } from '../messages.ts';
import type { PageInventory } from './check-page.ts';
import { normalise, type LegacySegment } from './legacy-reader/types.ts';
import { isAppliesLabel } from './legacy-reader/words.ts';
import type { Finding, Mapped } from './outcome.ts';

export function fieldValue(page: PageInventory, key: string): string | undefined {
  const value = page.frontmatter[key];
  return typeof value === 'string' ? normalise(value) : undefined;
}

function appliesTo(page: PageInventory): string[] {
  const value = page.frontmatter['appliesTo'];
  return Array.isArray(value) ? value.map((v) => normalise(String(v))) : [];
}

/** The page's `<h1>`: its `heading`, else its title. */
const headingOf = (page: PageInventory) => fieldValue(page, 'heading') ?? fieldValue(page, 'title');

/** `Applies to---` → `---`: the text after an "Applies to" label, undefined when it does not start with one. */
function afterAppliesLabel(text: string): string | undefined {
  for (let i = 1; i < text.length; i++) {
    if (isAppliesLabel(text.slice(0, i)) && !/[\p{L}\p{N}]/u.test(text[i]!)) return text.slice(i).replace(/^[\s:：]+/u, '');
  }
  return undefined;
}

export function segmentFindings(s: LegacySegment, page: PageInventory, en: PageInventory | undefined): { findings: Finding[]; mapped?: Mapped } {
  const findings: Finding[] = [];
  const own = (why: string) => findings.push({ side: 'own', why });
  const english = (why: string, text: string) => findings.push({ side: 'en-us', why, inWinner: (w) => w.texts.has(text) });
  let mapped: Mapped | undefined;
  switch (s.kind) {
    case 'front-matter':
      if (!s.fields || s.fields.length === 0) own('its front matter line could not be read');
      for (const f of s.fields ?? []) {
        const has = fieldValue(page, f.key);
        const ok = f.key === 'author' ? has !== undefined && [f.value, f.english].some((v) => v?.toLowerCase() === has.toLowerCase()) : has === f.value;
        if (!ok) own(`\`${f.key}\` is ${has === undefined ? 'missing' : quote(has)}, expected ${quote(f.value)}`);
        if (en && f.english !== undefined && f.key !== 'author' && fieldValue(en, f.key) !== f.english) english(`the en-us \`${f.key}\` is not ${quote(f.english)}`, f.english);
      }
      break;
    case 'h1': {
      const heading = headingOf(page);
      if (heading !== s.text) own(`the page's heading (\`heading\`, else \`title\`) is ${heading === undefined ? 'missing' : quote(heading)}, not the H1 text ${quote(s.text)}`);
      else if (fieldValue(page, 'title') !== s.text) mapped = { kind: 'heading' };
      if (en && s.english !== undefined) {
        const enHeading = headingOf(en);
        if (enHeading !== s.english) english(`the en-us page's heading is ${enHeading === undefined ? 'missing' : quote(enHeading)}, not ${quote(s.english)}`, s.english);
        else if (fieldValue(en, 'title') !== s.english) mapped = { kind: 'heading' };
      }
      break;
    }
    case 'applies-label':
      if (appliesTo(page).length === 0) own('the page has no `appliesTo`');
      if (en && appliesTo(en).length === 0) english('the en-us page has no `appliesTo`', s.english ?? s.text);
      break;
    case 'applies-item':
      if (!appliesTo(page).includes(s.text)) own(`\`appliesTo\` does not list ${quote(s.text)}`);
      if (en && s.english !== undefined && !appliesTo(en).includes(s.english)) english(`the en-us \`appliesTo\` does not list ${quote(s.english)}`, s.english);
      break;
    case 'body':
      if (s.id !== undefined) {
        const found = page.segments.get(s.id);
        if (!found) own('no `<Segment>` with this id');
        else {
          if (found.text !== s.text) own(`its text is ${quote(found.text)}, expected ${quote(s.text)}`);
          if (normalise(found.source ?? '') !== s.english) own(`its \`source\` is ${quote(found.source ?? '')}, expected ${quote(s.english ?? '')}`);
        }
      } else if (!page.text.includes(s.text)) own('the text is not in the page');
      if (en && s.english !== undefined && s.english !== '' && !en.text.includes(s.english)) {
        // A translation keeps "Applies to" as text where its en-us page took it to `appliesTo`:
        // the label (`**Applies to**---`: the dashes are no item), then the items of its list.
        const rest = afterAppliesLabel(s.english);
        const items = appliesTo(en);
        if (rest !== undefined && /^[\s\-‐–—]*$/u.test(rest) && items.length > 0) {
          mapped = { kind: 'applies-to', note: `The English ${quote(s.english)} is the en-us page's "Applies to" label (its \`appliesTo\`: ${items.map((i) => quote(i)).join(', ')}; the translation keeps it as text)` };
        } else if (rest !== undefined && rest !== '' && items.includes(rest)) {
          mapped = { kind: 'applies-to', note: `The English ${quote(s.english)} is the en-us page's "Applies to" label and its \`appliesTo\` item ${quote(rest)} (the translation keeps it as text)` };
        } else if (items.includes(s.english)) {
          mapped = { kind: 'applies-to', note: `The English ${quote(s.english)} is an item of the en-us page's \`appliesTo\` (the translation keeps it as text)` };
        } else english(`the English ${quote(s.english)} is not in the en-us page`, s.english);
      }
      break;
  }
  return { findings, ...(mapped ? { mapped } : {}) };
}
