/**
 * DocFX titles end with the product: `Reset a user password | Partner Center` (and translated:
 * ` | 合作夥伴中心`, ` | パートナー センター`, ` | Центр партнеров`, ` | 파트너 센터`). The site adds
 * no suffix, so it is dropped. Broken legacy files also merge the description into the title
 * line: `title: X | Partner Center description: Y`, `標題：X | 合作夥伴中心描述：Y`,
 * `Заголовок: X | Описание в Центре партнеров: Y` (the product swallowed by the key).
 */
import { translatedKeys } from './translated-keys.ts';

/** The product name as it appears in title suffixes (and its Russian locative form). */
export const productNames: readonly string[] = [
  'Partner Center',
  '合作夥伴中心',
  '合作伙伴中心',
  'パートナー センター',
  'パートナーセンター',
  'Центр партнеров',
  'Центре партнеров',
  'Центра партнеров',
  '파트너 센터',
  // The older product name, and the national clouds' Partner Centers, as the 2018 docset writes them.
  'Partner Dashboard',
  'パートナー ダッシュボード',
  '合作夥伴儀表板',
  '파트너 대시보드',
  'Информационная панель Центра партнеров',
  'Microsoft Cloud ドイツのパートナー センター',
  'Microsoft Cloud 德國合作夥伴中心',
  'Microsoft 클라우드 독일 파트너 센터',
  'Центр партнеров Microsoft Cloud в Германии',
  '米国政府機関向け Microsoft Cloud のパートナー センター',
  '美國政府適用的 Microsoft Cloud 合作夥伴中心',
  '미국 정부용 Microsoft 클라우드 파트너 센터',
  'Microsoft Cloud for US Government용 파트너 센터',
  'Центр партнеров Microsoft Cloud для правительства США',
  'Центр партнеров для Microsoft Cloud для правительства США',
];

const separator = /\s*[|｜]\s*/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isProduct(text: string): boolean {
  const flat = text.replace(/\s+/g, ' ').trim().toLowerCase();
  return productNames.some((p) => p.toLowerCase() === flat);
}

export interface TitleParts {
  title: string;
  /** The suffix dropped, as written (` | Partner Center`). */
  suffix?: string;
  /** The suffix was not a known product name: kept in the title. */
  unknownSuffix?: string;
}

/** `X | Partner Center` → `X`. An unknown ` | Y` is kept (and returned for a report). */
export function stripTitleSuffix(value: string): TitleParts {
  const match = /^(.*\S)\s*[|｜]\s*([^|｜]+)$/u.exec(value.trim());
  if (!match) return { title: value.trim() };
  const [, title, suffix] = match;
  if (isProduct(suffix!)) return { title: title!, suffix: suffix!.trim() };
  return { title: value.trim(), unknownSuffix: suffix!.trim() };
}

export interface MergedTitle {
  title: string;
  /** Product text between the separator and the description key, dropped. */
  suffix: string;
  /** The description key as written, with anything merged into it (`Описание в Центре партнеров`). */
  descriptionKey: string;
  /** The text as written from the separator to the description's colon (`| Partner Center description:`). */
  junction: string;
  description: string;
  suffixIsProduct: boolean;
}

const descriptionKeyPattern = new RegExp(
  `^(.*?)\\s*(${translatedKeys.description.map(escapeRegExp).join('|')})([^:：|｜]{0,40}?)\\s*[:：]\\s*(.*)$`,
  'iu',
);

/** Splits `X | Partner Center description: Y` (in any of the seeds' languages); undefined if not merged. */
export function splitMergedTitle(value: string): MergedTitle | undefined {
  let searchFrom = 0;
  for (;;) {
    const rest = value.slice(searchFrom);
    const sep = separator.exec(rest);
    if (!sep) return undefined;
    const title = value.slice(0, searchFrom + sep.index).trim();
    const after = rest.slice(sep.index + sep[0].length);
    const match = descriptionKeyPattern.exec(after);
    if (match && title !== '') {
      const [, before, key, merged, description] = match;
      const junction = (sep[0] + after.slice(0, after.length - description!.length)).trim();
      const suffix = `${before!} ${merged!}`.replace(/\s+/g, ' ').trim();
      return {
        title,
        suffix,
        descriptionKey: `${key!}${merged!}`.trim(),
        junction,
        description: description!.trim(),
        suffixIsProduct: suffix === '' || isProduct(suffix) || productNames.some((p) => suffix.includes(p)),
      };
    }
    searchFrom += sep.index + sep[0].length;
  }
}
