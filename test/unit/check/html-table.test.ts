/**
 * The `html` rule and the HTML table subset the importer writes (scripts/migrate/convert/
 * html-table.ts): `table`, `thead`, `tbody`, `tr`, `th`, `td`, with only `colspan`/`rowspan` on
 * cells and `scope` on `<th>`. Anything else on them is reported, with the fix.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../scripts/check/run.ts';

const fixture = join(import.meta.dirname, '../../fixtures/check-html-table');
type Expected = [file: string, line: number, column: number, severity: 'error' | 'warning', ruleId: string];

describe('html: the table subset', () => {
  it('accepts the subset and reports every other attribute or element at its tag', async () => {
    const result = await runCheck({ root: fixture, cache: false });
    const html = result.messages.filter((m) => m.ruleId === 'html');
    expect(html.map((m): Expected => [m.file, m.line, m.column, m.severity as Expected[3], m.ruleId])).toEqual([
      ['en-us/partner-center/bad.mdx', 8, 1, 'error', 'html'],
      ['en-us/partner-center/bad.mdx', 11, 7, 'error', 'html'],
      ['en-us/partner-center/bad.mdx', 12, 7, 'error', 'html'],
      ['en-us/partner-center/bad.mdx', 12, 7, 'error', 'html'],
      ['en-us/partner-center/bad.mdx', 13, 7, 'error', 'html'],
      ['en-us/partner-center/bad.mdx', 13, 7, 'error', 'html'],
      ['en-us/partner-center/bad.mdx', 14, 7, 'error', 'html'],
      ['en-us/partner-center/bad.mdx', 17, 3, 'error', 'html'],
      ['en-us/partner-center/bad.mdx', 18, 5, 'error', 'html'],
    ]);
    expect(html.map((m) => m.message)).toEqual([
      'The attribute "class" is not allowed on <table>: in content, <table> takes no attributes. Remove it (the site styles tables itself).',
      'scope="wide" on <th>: write one of scope="col", scope="row", scope="colgroup", scope="rowgroup".',
      'The attribute "style" is not allowed on <td>: in content, <td> takes only "colspan", "rowspan". Remove it (the site styles tables itself).',
      'colspan="two" on <td>: write a whole number from 1 as text, for example colspan="2".',
      'The attribute "scope" is not allowed on <td>: in content, <td> takes only "colspan", "rowspan". Remove it (the site styles tables itself).',
      'rowspan on <td>: write a whole number from 1 as text, for example rowspan="2".',
      'The attribute "id" is not allowed on <td>: in content, <td> takes only "colspan", "rowspan". For a link target, put <a id="…" /> in a cell instead.',
      expect.stringContaining('<tfoot> is not one of the allowed elements'),
      'The attribute "onClick" on <tr> runs code: remove it.',
    ]);
  });

  it('says nothing about the good page', async () => {
    const result = await runCheck({ root: fixture, cache: false });
    expect(result.messages.filter((m) => m.file === 'en-us/partner-center/good.mdx' && m.severity === 'error')).toEqual([]);
  });
});
