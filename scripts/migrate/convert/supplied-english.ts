/**
 * English a legacy translation does not carry, written by hand for the en-us page recovered
 * from a half-translated page. The importer uses an entry only where the legacy file has the
 * translated text exactly (white space aside) and reports every use: this English is supplied,
 * not recovered.
 *
 * Keys: the translated text as plain text; values: the English, as inline Markdown.
 */
import type { Locale } from '../../../src/config/locales.ts';

export const suppliedEnglish: Readonly<Partial<Record<Locale, Readonly<Record<string, string>>>>> = {
  'zh-tw': {
    // 001 "Manage your incentives in Partner Center" (title, description, three steps).
    // The steps match the published English page (docs.microsoft.com/en-us/partner-center/manage-your-incentives-in-partner-center).
    '在合作夥伴中心管理您的獎勵': 'Manage your incentives in Partner Center',
    'Microsoft 合作夥伴獎勵計畫支援合作夥伴獲利能力和業務成長': 'The Microsoft Partner Incentives program supports partner profitability and business growth',
    '登入合作夥伴中心': 'Sign in to Partner Center',
    '依照電子郵件中的指示，設定您的獎勵使用者': 'Following the directions in the email, set up your incentive users',
    '將合作夥伴中心登入認證提供給您新近設定的獎勵使用者': 'Give Partner Center login credentials to your newly set up incentive users',
  },
};

export function normaliseKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function suppliedFor(locale: Locale, text: string): string | undefined {
  const table = suppliedEnglish[locale];
  if (!table) return undefined;
  const key = normaliseKey(text);
  for (const [k, v] of Object.entries(table)) if (normaliseKey(k) === key) return v;
  return undefined;
}
