/**
 * The wording files (content/rules/eligibility.<locale>.json): one per locale, each complete.
 * The strings a file must have are enumerated here from the rules, so a new question, answer,
 * criterion, verdict or link without wording fails in every locale.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/config/locales.ts';
import type { EligibilityRules } from '../../../src/schemas/eligibility/rules.ts';
import { eligibilityWordingSchema } from '../../../src/schemas/eligibility/wording.ts';
import { eligibilityUiKeys, requiredWordingPaths } from '../../../src/schemas/eligibility/wording-keys.ts';
import { describeIssues, formatProblems } from '../../../src/lib/schema-issues.ts';
import { copyRules, readJson, rules, rulesDir } from './helpers.ts';

const wordingOf = (locale: string) => readJson(join(rulesDir, `eligibility.${locale}.json`)) as Record<string, unknown>;

/** Every string path the rules call for, worked out here from the rules file alone. */
function requiredPaths(r: EligibilityRules): string[] {
  const paths: string[] = [];
  for (const q of r.questions) {
    paths.push(`questions.${q.id}.legend`, `questions.${q.id}.hint`);
    for (const a of q.answers) paths.push(`questions.${q.id}.options.${a.value}`);
  }
  for (const c of r.criteria) {
    paths.push(`criteria.${c.id}.name`, `criteria.${c.id}.howToGet`);
    const given = new Set(r.questions.filter((q) => q.criterion === c.id).flatMap((q) => q.answers.map((a) => a.outcome)));
    // A reason for each way the criterion can fall short: unmet, unsure, pending.
    for (const outcome of ['unmet', 'unsure', 'pending'] as const) if (given.has(outcome)) paths.push(`criteria.${c.id}.${outcome}`);
  }
  for (const v of r.verdicts) paths.push(`verdicts.${v.id}.heading`, `verdicts.${v.id}.explanation`, `verdicts.${v.id}.nextSteps`);
  const linkIds = new Set([...r.criteria, ...r.verdicts].flatMap((x) => x.links.map((l) => l.id)));
  for (const id of linkIds) paths.push(`links.${id}`);
  for (const key of eligibilityUiKeys) paths.push(`ui.${key}`);
  return paths;
}

const get = (object: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((o, key) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined), object);

/** Every string leaf of a wording file, with its path (list items as `path.0`). */
function leaves(object: unknown, prefix = ''): [string, unknown][] {
  if (object && typeof object === 'object') {
    return Object.entries(object).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, object]];
}

/** The paths of a wording file whose strings are missing or empty. */
function missingStrings(wording: unknown, r: EligibilityRules): string[] {
  return requiredPaths(r).filter((path) => {
    const value = get(wording, path);
    if (path.startsWith('verdicts.') && path.endsWith('.nextSteps')) return !Array.isArray(value) || value.length === 0 || value.some((s) => typeof s !== 'string' || !s.trim());
    return typeof value !== 'string' || !value.trim();
  });
}

const schemaProblems = (wording: unknown, r: EligibilityRules = rules) => {
  const result = eligibilityWordingSchema(r).safeParse(wording);
  return result.success ? [] : formatProblems(describeIssues(result.error.issues)).split('\n');
};

const scriptLetters: Record<string, RegExp> = {
  Latn: /\p{Script=Latin}/u,
  Hant: /\p{Script=Han}/u,
  Cyrl: /\p{Script=Cyrillic}/u,
  Kore: /\p{Script=Hangul}/u,
  Jpan: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
};

/** Words the texts must use, per locale: Partner Center as Microsoft localizes it, and what the eligible verdict must mention. */
const terms: Record<string, { partnerCenter: string; eligible: string[] }> = {
  'en-us': { partnerCenter: 'Partner Center', eligible: ['rebate', 'co-op', 'invitation', 'migration steps'] },
  'zh-tw': { partnerCenter: '合作夥伴中心', eligible: ['價款回贈', '合作收益', '邀請', '移轉步驟'] },
  'ru-ru': { partnerCenter: 'Центр', eligible: ['бонус', 'совместный маркетинг', 'приглашени', 'переход'] },
  'ko-kr': { partnerCenter: '파트너 센터', eligible: ['리베이트', '협력(마케팅) 자금', '초대장', '마이그레이션'] },
  'ja-jp': { partnerCenter: 'パートナー センター', eligible: ['リベート', '共同 (マーケティング) 資金', '招待', '移行の手順'] },
};

describe('wording files', () => {
  it('there is exactly one per locale of the locale table', () => {
    const files = readdirSync(rulesDir).filter((f) => /^eligibility\..+\.json$/.test(f)).sort();
    expect(files).toEqual(locales.map((l) => `eligibility.${l.locale}.json`).sort());
  });

  it('the schema asks for exactly the strings enumerated from the rules', () => {
    expect([...requiredWordingPaths(rules)].sort()).toEqual(requiredPaths(rules).sort());
  });

  for (const { locale, script } of locales) {
    describe(locale, () => {
      const wording = wordingOf(locale);

      it('has every string the rules call for, none empty', () => {
        expect(missingStrings(wording, rules)).toEqual([]);
      });

      it('has no string the rules do not call for', () => {
        const required = new Set(requiredPaths(rules));
        const extra = leaves(wording)
          .map(([path]) => path.replace(/\.nextSteps\.\d+$/, '.nextSteps'))
          .filter((path) => !required.has(path));
        expect(extra).toEqual([]);
      });

      it('passes the wording schema', () => {
        expect(schemaProblems(wording)).toEqual([]);
      });

      it(`is written in its own script (${script}) throughout`, () => {
        const notInScript = leaves(wording).filter(([, text]) => !scriptLetters[script]!.test(String(text)));
        expect(notInScript).toEqual([]);
      });

      it(`says "${terms[locale]!.partnerCenter}" when it tells where to verify an agreement or a competency`, () => {
        const unsure = leaves(get(wording, 'criteria')).filter(([path]) => path.endsWith('.unsure'));
        expect(unsure.length).toBe(5);
        for (const [path, text] of unsure) expect(text, path).toContain(terms[locale]!.partnerCenter);
        if (locale !== 'en-us') expect(JSON.stringify(wording)).not.toContain('Partner Center');
      });

      it('the eligible verdict mentions rebate and co-op earnings, the invitation and the migration steps', () => {
        const eligible = JSON.stringify(get(wording, 'verdicts.eligible'));
        for (const term of terms[locale]!.eligible) expect(eligible).toContain(term);
      });

      it('quotes its own labels exactly where it refers to them', () => {
        const incomplete = JSON.stringify(get(wording, 'verdicts.incomplete.nextSteps'));
        expect(incomplete).toContain(get(wording, 'ui.questionsToAnswer') as string);
        expect(incomplete).toContain(get(wording, 'questions.mpn.options.unsure') as string);
        expect(get(wording, 'ui.needsJavaScript')).toContain(get(wording, 'links.program-requirements') as string);
      });

      it('tells a reader who does not qualify yet how to get each criterion', () => {
        for (const c of rules.criteria) {
          const howToGet = get(wording, `criteria.${c.id}.howToGet`) as string;
          expect(howToGet.length, c.id).toBeGreaterThan(20);
          expect(howToGet, c.id).not.toBe(get(wording, `criteria.${c.id}.unmet`));
        }
      });

      if (locale !== 'en-us') {
        it('is translated: no string is the English one', () => {
          const english = new Map(leaves(wordingOf('en-us')));
          const same = leaves(wording).filter(([path, text]) => english.get(path) === text);
          expect(same).toEqual([]);
        });
      }
    });
  }
});

describe('a change to the rules without wording fails', () => {
  const english = wordingOf('en-us');

  const withNewCriterion = () => {
    const r = copyRules();
    r.criteria.push({ id: 'tax-profile', links: [{ id: 'payout-setup', href: '../understand-incentive-payouts/#before-you-can-be-paid' }] });
    r.questions.push({
      id: 'tax-profile',
      appliesTo: ['direct-reseller', 'indirect-provider', 'indirect-reseller'],
      criterion: 'tax-profile',
      answers: [
        { value: 'yes', outcome: 'met' },
        { value: 'no', outcome: 'unmet' },
      ],
    });
    return r;
  };

  it('a new criterion and its question: every string of theirs is missing', () => {
    expect(missingStrings(english, withNewCriterion())).toEqual([
      'questions.tax-profile.legend',
      'questions.tax-profile.hint',
      'questions.tax-profile.options.yes',
      'questions.tax-profile.options.no',
      'criteria.tax-profile.name',
      'criteria.tax-profile.howToGet',
      'criteria.tax-profile.unmet',
      'links.payout-setup',
    ]);
    expect(schemaProblems(english, withNewCriterion())).toEqual([
      'questions.tax-profile: the wording of question "tax-profile": {"legend", "hint", "options"} is missing',
      'criteria.tax-profile: the wording of criterion "tax-profile": {"name", "howToGet", "unmet"} is missing',
      'links.payout-setup: this string is missing',
    ]);
  });

  it('a new answer value: its label is missing', () => {
    const r = copyRules();
    r.questions[1]!.answers.push({ value: 'expired', outcome: 'unmet' });
    expect(missingStrings(english, r)).toEqual(['questions.mpn.options.expired']);
    expect(schemaProblems(english, r)).toEqual(['questions.mpn.options.expired: this string is missing']);
  });

  it('a new outcome for a criterion: its reason is missing', () => {
    const r = copyRules();
    r.questions[0]!.answers.push({ value: 'not-sure', outcome: 'unsure' });
    expect(missingStrings(english, r)).toEqual(['questions.partner-type.options.not-sure', 'criteria.csp-reseller.unsure']);
  });

  it('a new verdict: its heading, explanation and next steps are missing', () => {
    const r = copyRules();
    r.verdicts.splice(4, 0, { id: 'almost', when: 'pending', links: [] });
    r.verdicts = r.verdicts.filter((v) => v.id !== 'pending-first-transaction');
    expect(missingStrings(english, r)).toEqual(['verdicts.almost.heading', 'verdicts.almost.explanation', 'verdicts.almost.nextSteps']);
    expect(schemaProblems(english, r)).toEqual([
      'verdicts.almost: the wording of verdict "almost": {"heading", "explanation", "nextSteps"} is missing',
      'verdicts.pending-first-transaction: unknown field "pending-first-transaction" (not a verdict in the rules); remove it or check its spelling',
    ]);
  });

  it('an empty string, an empty list of next steps, markup, a stale key', () => {
    const broken = structuredClone(english) as any;
    broken.ui.startAgain = ' ';
    broken.verdicts.eligible.nextSteps = [];
    broken.criteria.competency.howToGet = 'See <a href="../competencies/">competencies</a>';
    broken.criteria['csp-reseller'].unsure = 'Nobody is unsure of this.';
    expect(schemaProblems(broken)).toEqual([
      'criteria.csp-reseller.unsure: unknown field "unsure" (not wording this criterion needs: its question gives no such outcome); remove it or check its spelling',
      'criteria.competency.howToGet: expected plain text: markup is not rendered (links come from content/rules/eligibility.json)',
      'verdicts.eligible.nextSteps: expected at least one next step',
      'ui.startAgain: this string is empty',
    ]);
  });
});
