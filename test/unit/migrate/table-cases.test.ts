/**
 * HTML tables: the cases the golden files (test/fixtures/migrate-table-*) do not spell out, each
 * imported from a small legacy page: what the page gets, what is reported, and that the page is
 * valid MDX.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertValidPage, runImport, tempDir } from './helpers.ts';

function importPage(body: string, locale = 'en-US'): { page: string; messages: string[] } {
  const dir = tempDir('migrate-table-');
  writeFileSync(join(dir, 'input.md'), `---\ntitle: Tables\ndescription: Table cases\nms.contentlocale: ${locale}\n---\n# <a name="input"></a>Tables\n\n${body}\n`);
  const result = runImport(['input.md'], { cwd: dir });
  expect(result.exitCode, result.messages.join('\n')).toBe(0);
  const output = result.outputs.find((o) => !o.derived)!;
  const page = readFileSync(output.path, 'utf8');
  assertValidPage(page, 'input.mdx');
  return { page: page.slice(page.indexOf('---\n', 4) + 4).replace(/^\n/, ''), messages: result.messages.filter((m) => / {2}html-table$/.test(m)) };
}

describe('HTML tables', () => {
  it('a `|` in a segment’s English cannot stand in a GFM row: the HTML form, the English kept whole', () => {
    const { page, messages } = importPage(
      [
        '<table>',
        '<tr><th>A</th><th>B</th></tr>',
        '<tr><td><span data-ttu-id="1a-101">はい | いいえ</span><span class="sxs-lookup"><span data-stu-id="1a-101">Yes | No</span></span></td><td>2</td></tr>',
        '</table>',
      ].join('\n'),
      'ja-JP',
    );
    expect(page).toContain('<Segment id="1a-101" source="Yes | No">はい | いいえ</Segment>');
    expect(page).toContain('<th scope="col">');
    expect(messages).toEqual([expect.stringMatching(/info {2}Converted an HTML table \(2 rows\) to a plain HTML table.*a `\|` in a segment's English/)]);
  });

  it('a caption and text outside the cells go before the table, with a warning', () => {
    const { page, messages } = importPage('<table id="prices"><caption>Prices</caption>Stray text<tr><th>Plan</th></tr><tr><td>Free</td></tr></table>');
    expect(page).toBe('<a id="prices" />\n\nPrices\n\nStray text\n\n| Plan |\n| - |\n| Free |\n');
    expect(messages).toEqual([
      expect.stringMatching(/info {2}Converted an HTML table \(2 rows\) to a Markdown table; header row: the first row, all `<th>`/),
      expect.stringMatching(/warning {2}In the HTML table: kept its `<caption>` as a paragraph before it; moved `Stray text`, which stood outside its cells, before it/),
    ]);
  });

  it('footer rows last and header rows first, wherever they are written', () => {
    const { page } = importPage('<table><tfoot><tr><td>Total</td></tr></tfoot><tbody><tr><td>One</td></tr></tbody><thead><tr><th>Item</th></tr></thead></table>');
    expect(page).toBe('| Item |\n| - |\n| One |\n| Total |\n');
  });

  it('a first row with a row span is no header row', () => {
    const { page, messages } = importPage('<table><tr><td rowspan="2"><b>A</b></td><td><b>B</b></td></tr><tr><td><b>C</b></td></tr></table>');
    expect(page).not.toContain('<thead>');
    expect(page).toContain('<th rowspan="2" scope="row">');
    expect(messages[0]).toContain('it has row or column spans and it has no header row');
  });

  it('cells outside a row, and a cell left open, read as a browser reads them', () => {
    const { page, messages } = importPage('<table><th>K</th><th>V</th><tr><td>a<td>b</tr></table>');
    expect(page).toBe('| K | V |\n| - | - |\n| a | b |\n');
    expect(messages[1]).toContain('a row or cell was not closed');
  });

  it('a dropped attribute other than presentation is a warning; widths and classes are a note', () => {
    const { messages } = importPage('<table class="t" summary="Prices by plan"><tr><th width="10">Plan</th></tr><tr><td lang="fr">Gratuit</td></tr></table>');
    expect(messages[0]).toMatch(/dropped `class` and `width` \(the site's stylesheet lays tables out\)/);
    expect(messages[1]).toMatch(/warning {2}In the HTML table: dropped the attributes `summary` on `<table>` \(line 8\) and `lang` on `<td>` \(line 8\)/);
  });

  it('a table inside a paragraph cannot stay a table: its cells, one a line', () => {
    const { page, messages } = importPage('<p>Before <table><tr><td>A</td><td>B</td></tr></table></p>');
    expect(page).toBe('Before A\\\nB\n');
    expect(messages).toEqual([expect.stringMatching(/warning {2}An HTML table inside inline content/)]);
  });

  it('a table with no rows is dropped, its caption kept', () => {
    const { page, messages } = importPage('<table><caption>Nothing yet</caption></table>');
    expect(page).toBe('Nothing yet\n');
    expect(messages).toEqual([expect.stringMatching(/warning {2}Dropped an HTML table with no rows; kept its `<caption>`/)]);
  });
});
