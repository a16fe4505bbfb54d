/** A problem found in the built site. */
export interface SiteMessage {
  /** The build file or URL path where the problem is. */
  file: string;
  ruleId: string;
  message: string;
}

export function formatSiteReport(messages: readonly SiteMessage[], pages: number, links: number, seconds: number): string {
  const lines = messages.map((m) => `${m.file}  error  ${m.message}  ${m.ruleId}`);
  const summary = messages.length
    ? `✖ ${messages.length} problem${messages.length === 1 ? '' : 's'} in the built site (${pages} pages, ${links} links crawled in ${seconds.toFixed(2)} s).`
    : `✔ The built site has every page of the content, and no broken internal links, fragments, canonical or hreflang URLs (${pages} pages, ${links} links crawled in ${seconds.toFixed(2)} s).`;
  return [...lines, summary].join('\n');
}
