/**
 * Sites where many companies have a page: "facebook.com/acmebakery" as a website says nothing
 * about which company it is, so like free mail these never count as a company domain.
 * Hosting platforms that give each tenant its own subdomain (github.io, blogspot.com, …) are
 * not listed: the Public Suffix List already makes "acme.github.io" the registrable domain.
 */
export const SHARED_SITE_DOMAINS: ReadonlySet<string> = new Set([
  // Social networks and link pages
  'facebook.com', 'fb.com', 'instagram.com', 'linkedin.com', 'twitter.com', 'x.com', 'youtube.com',
  'tiktok.com', 'weibo.com', 'douyin.com', 'xiaohongshu.com', 'linktr.ee', 'bit.ly', 'goo.gl',
  // Site builders, listings and shop platforms that put companies under paths of one domain
  'google.com', 'yelp.com', 'wix.com', 'wordpress.com', 'squarespace.com', 'taobao.com', 'tmall.com',
]);
