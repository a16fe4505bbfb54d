/**
 * The check's own word lists for legacy DocFX pages (kept apart from the importer's on purpose):
 * the front matter keys a translator translated, the product name that ends titles
 * (`… | Partner Center`, its older name Partner Dashboard, and the national clouds' Partner
 * Centers), and the "Applies to" label. Compared case-insensitively.
 */

export type TranslatableKey = 'title' | 'description' | 'author';

const keyNames: Record<TranslatableKey, readonly string[]> = {
  title: ['title', '標題', '标题', 'タイトル', '題名', 'Заголовок', 'Название', '제목'],
  description: ['description', '描述', '說明', '说明', '説明', '描写', 'Описание', '설명'],
  author: ['author', '作者', '作成者', '著者', 'Автор', '작성자', '저자'],
};

const byName = new Map<string, TranslatableKey>();
for (const [key, names] of Object.entries(keyNames) as [TranslatableKey, readonly string[]][]) {
  for (const name of names) byName.set(name.toLowerCase(), key);
}

/** `Заголовок` → `title`, `Description` → `description`; any other key as written (trimmed). */
export function keyOf(written: string): string {
  return byName.get(written.trim().toLowerCase()) ?? written.trim();
}

/** A key a page must carry, in any of its written forms. */
export function isTranslatableKey(written: string): boolean {
  return byName.has(written.trim().toLowerCase());
}

/** The written forms of `description` (to find it merged into a title line). */
export const descriptionNames: readonly string[] = keyNames.description;

const productNames: readonly string[] = [
  'Partner Center',
  '合作夥伴中心',
  '合作伙伴中心',
  'パートナー センター',
  'パートナーセンター',
  'Центр партнеров',
  'Центре партнеров',
  'Центра партнеров',
  '파트너 센터',
  'Partner Dashboard',
  'パートナー ダッシュボード',
  '合作夥伴儀表板',
  '파트너 대시보드',
  'Информационная панель Центра партнеров',
];

const flat = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
const products = new Set(productNames.map(flat));

/**
 * The text is the product's name (as a title suffix says it), also a national cloud's
 * (`Microsoft Cloud ドイツのパートナー センター`); not a title that mentions the product
 * (`파트너 센터용 Cloudyn의 Azure 비용 관리`).
 */
export function isProductName(text: string): boolean {
  const name = flat(text);
  if (products.has(name)) return true;
  return [...products].some((p) => name.includes(p) && /microsoft (cloud|클라우드)/.test(name.replace(p, '')));
}

/** The text mentions the product (a merged title line swallows it into the description key). */
export function mentionsProduct(text: string): boolean {
  const lower = flat(text);
  return [...products].some((p) => lower.includes(p));
}

const appliesLabels = new Set(
  ['Applies to', '適用於', '適用對象', '适用于', '適用対象', '適用先', 'Область применения', 'Применимо к', 'Относится к', '적용 대상'].map(flat),
);

/** `Applies to`, `適用対象:` …: the label DocFX pages put before the products a page is about. */
export function isAppliesLabel(text: string): boolean {
  return appliesLabels.has(flat(text.replace(/[\s:：]+$/u, '')));
}
