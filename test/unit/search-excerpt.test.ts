/** Search excerpts start where their sentence does (or say they are cut), with Pagefind's real shapes. */
import { describe, expect, it } from 'vitest';
import { alignExcerpt, maxWiden, type ExcerptPart } from '../../src/lib/search-excerpt.ts';

/** `a <b> c` → parts, marks in angle brackets; and back. */
const parts = (s: string): ExcerptPart[] => s.split(/(<[^>]+>)/).filter(Boolean).map((t) => (t.startsWith('<') ? { text: t.slice(1, -1), mark: true } : { text: t, mark: false }));
const show = (p: ExcerptPart[]) => p.map((x) => (x.mark ? `<${x.text}>` : x.text)).join('');

describe('alignExcerpt', () => {
  it('widens an English excerpt back to its sentence start (the page title)', () => {
    const content = 'Understand your incentives payouts. CSP partners who are incentives users can see their position on Payout summary. More text.';
    expect(show(alignExcerpt(parts('incentives <payouts.> CSP partners who are incentives users can see their position on <Payout>'), content))).toBe(
      'Understand your incentives <payouts.> CSP partners who are incentives users can see their position on <Payout>…',
    );
  });

  it('starts a Chinese excerpt on the whole word, not inside 合作夥伴', () => {
    const content = '合作夥伴獎勵現在位於合作夥伴中心. 雲端解決方案提供者合作夥伴獎勵計畫 The CSP Partner Incentives program.';
    expect(show(alignExcerpt(parts('夥伴<獎勵>現在位於合作夥伴中心. 雲端解決方案提供者合作夥伴<獎勵>計畫 The CSP Partner Incentives program.'), content))).toBe(
      '合作夥伴<獎勵>現在位於合作夥伴中心. 雲端解決方案提供者合作夥伴<獎勵>計畫 The CSP Partner Incentives program.',
    );
  });

  it('widens to the last sentence end before the excerpt (Japanese full stop, English period)', () => {
    expect(show(alignExcerpt(parts('ユーザーを<追加>します。'), '前の文です。新しいユーザーを追加します。'))).toBe('新しいユーザーを<追加>します。');
    expect(show(alignExcerpt(parts('the <role> now.'), 'First one. Then assign the role now.'))).toBe('Then assign the <role> now.');
  });

  it('an excerpt that starts a sentence is left as it is', () => {
    expect(show(alignExcerpt(parts('Drill down on <payouts.>'), 'Intro. Drill down on payouts.'))).toBe('Drill down on <payouts.>');
  });

  it('a sentence start too far back: a leading "…", and a word cut in two loses its end', () => {
    const long = `${'word '.repeat(maxWiden)}`;
    expect(show(alignExcerpt(parts('ompetency is <gold>'), `${long}competency is gold`))).toBe('…is <gold>');
    expect(show(alignExcerpt(parts('competency is <gold>'), `${long}competency is gold`))).toBe('…competency is <gold>');
  });

  it('an excerpt not found in the text is kept as Pagefind gave it', () => {
    expect(show(alignExcerpt(parts('some <text>'), 'other content'))).toBe('some <text>');
  });
});
