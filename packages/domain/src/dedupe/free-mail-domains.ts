/**
 * Domains where anybody can open a mailbox. Two customers writing from @gmail.com or @qq.com
 * are not the same company, so these never count as a company domain. Keep the list sorted
 * by region when adding to it; registrable domains only (vip.qq.com is covered by qq.com).
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  // Global
  'gmail.com', 'googlemail.com', 'msn.com', 'windowslive.com', 'passport.com', 'ymail.com', 'rocketmail.com',
  'icloud.com', 'me.com', 'mac.com', 'protonmail.com', 'protonmail.ch', 'proton.me', 'pm.me', 'tutanota.com',
  'tuta.io', 'fastmail.com', 'fastmail.fm', 'zoho.com', 'zohomail.com', 'mail.com', 'email.com', 'inbox.com',
  'hushmail.com',
  // China
  'qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net', 'netease.com', '188.com',
  'sina.com', 'sina.cn', 'sohu.com', 'aliyun.com', '139.com', '189.cn', 'wo.cn', '21cn.com',
  'tom.com', '263.net', 'china.com',
  // Hong Kong, Taiwan, Japan, Korea, India, Russia
  'netvigator.com', 'hinet.net', 'docomo.ne.jp', 'ezweb.ne.jp', 'softbank.ne.jp',
  'nifty.com', 'biglobe.ne.jp', 'ocn.ne.jp', 'naver.com', 'daum.net', 'hanmail.net', 'rediffmail.com',
  'mail.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'rambler.ru',
  // North America
  'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'bellsouth.net', 'cox.net', 'charter.net',
  'earthlink.net', 'optonline.net', 'juno.com', 'netzero.net', 'frontier.com', 'windstream.net', 'shaw.ca',
  'rogers.com', 'sympatico.ca', 'videotron.ca', 'telus.net',
  // United Kingdom, Ireland, Australia
  'btinternet.com', 'btopenworld.com', 'sky.com', 'virginmedia.com', 'ntlworld.com', 'talktalk.net',
  'blueyonder.co.uk', 'tiscali.co.uk', 'eircom.net', 'bigpond.com', 'bigpond.net.au', 'optusnet.com.au',
  // Germany, Austria, Switzerland
  'web.de', 't-online.de', 'freenet.de', 'arcor.de', 'posteo.de', 'mailbox.org', 'bluewin.ch',
  // France, Belgium
  'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr', 'neuf.fr', 'laposte.net', 'bbox.fr', 'numericable.fr',
  'skynet.be', 'telenet.be', 'voo.be',
  // Spain, Italy, Netherlands
  'terra.es', 'telefonica.net', 'movistar.es', 'libero.it', 'virgilio.it', 'tiscali.it', 'alice.it', 'tin.it',
  'email.it', 'ziggo.nl', 'kpnmail.nl', 'kpnplanet.nl', 'planet.nl', 'hetnet.nl', 'home.nl', 'chello.nl',
  'xs4all.nl', 'casema.nl',
]);

/** Providers with one brand under many national suffixes: yahoo.co.jp, hotmail.fr, live.cn, gmx.com … */
export const FREE_MAIL_BRANDS: ReadonlySet<string> = new Set([
  'yahoo', 'hotmail', 'live', 'outlook', 'gmx', 'aol', 'yandex',
]);
