/** Addresses of pages, in one place so links and twins never disagree. */
export const urls = {
  home: '/',
  search: '/search/',
  scripts: '/scripts/',
  strategies: '/strategies/',
  sops: '/sops/',
  situations: '/situations/',
  script: (slug: string) => `/scripts/${slug}/`,
  strategy: (slug: string) => `/strategies/${slug}/`,
  sop: (slug: string) => `/sops/${slug}/`,
  situation: (slug: string) => `/situations/${slug}/`,
  /** The Markdown twin of an entry page: `/scripts/own-the-delay/` → `/scripts/own-the-delay.md`. */
  twin: (pageUrl: string) => `${pageUrl.replace(/\/$/, '')}.md`,
}
