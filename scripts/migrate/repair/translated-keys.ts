/**
 * Legacy front matter whose keys were translated along with the text (`標題：`, `Заголовок:`,
 * `제목:`, `作者：`, `Автор:`, `작성자:` …), and the translated "Applies to" labels.
 */

export type CanonicalKey = 'title' | 'description' | 'author';

/** The key names a machine or a translator produced for the three translatable keys. */
export const translatedKeys: Readonly<Record<CanonicalKey, readonly string[]>> = {
  title: ['title', '標題', '标题', 'タイトル', '題名', 'Заголовок', 'Название', '제목'],
  description: ['description', '描述', '說明', '说明', '説明', '描写', 'Описание', '설명'],
  author: ['author', '作者', '作成者', '著者', 'Автор', '작성자', '저자'],
};

const lookup = new Map<string, CanonicalKey>();
for (const [canonical, names] of Object.entries(translatedKeys) as [CanonicalKey, readonly string[]][]) {
  for (const name of names) lookup.set(name.toLowerCase(), canonical);
}

/** `Заголовок` → `title`; keys that are not translated forms come back as written. */
export function canonicalKey(key: string): string {
  return lookup.get(key.trim().toLowerCase()) ?? key.trim();
}

export function isTranslatedKey(key: string): boolean {
  const canonical = lookup.get(key.trim().toLowerCase());
  return canonical !== undefined && canonical !== key.trim();
}

export function isKnownKey(key: string): boolean {
  return lookup.has(key.trim().toLowerCase());
}

/** "Applies to" in the seeds' languages (and close variants). */
export const appliesToLabels: readonly string[] = [
  'Applies to',
  '適用於',
  '適用對象',
  '适用于',
  '適用対象',
  '適用先',
  'Область применения',
  'Применимо к',
  'Относится к',
  '적용 대상',
  '적용 대상:',
];

function normaliseLabel(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\s:：]+$/u, '').trim().toLowerCase();
}

const labelSet = new Set(appliesToLabels.map(normaliseLabel));

export function isAppliesToLabel(text: string): boolean {
  return labelSet.has(normaliseLabel(text));
}
