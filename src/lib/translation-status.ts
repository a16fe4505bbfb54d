/**
 * How current a translation is, from the source hash it records and the English page's hash now
 * (src/lib/source-hash.ts). One function for the checker and the site's status page.
 */
export type Freshness = 'fresh' | 'stale' | 'unknown';

export function translationFreshness(recorded: unknown, current: string | undefined): Freshness {
  if (typeof recorded !== 'string' || recorded.trim() === '' || !current) return 'unknown';
  const hash = recorded.trim().toLowerCase();
  // A shortened hash (at least 7 hex digits, as git prints them) matches its full form.
  return hash.length >= 7 && current.toLowerCase().startsWith(hash) ? 'fresh' : 'stale';
}
