/** English additions to the `stopword` list (108 words): frequent news function words it lacks. */
export const extraStopwords = [
  'said', 'says', 'also', 'would', 'could', 'should', 'may', 'might', 'must', 'will', 'can', 'one', 'two',
  'according', 'among', 'around', 'several', 'many', 'much', 'more', 'most', 'other', 'others', 'least',
  'including', 'however', 'although', 'since', 'until', 'while', 'within', 'without', 'across', 'against',
  'during', 'before', 'after', 'about', 'above', 'below', 'between', 'into', 'through', 'over', 'under',
  'again', 'further', 'then', 'once', 'here', 'there', 'when', 'where', 'why', 'how', 'all', 'any', 'both',
  'each', 'few', 'some', 'such', 'only', 'own', 'same', 'than', 'too', 'very', 'just', 'now', 'even',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'year', 'years', 'day', 'days', 'new', 'its', 'his', 'her', 'their', 'our', 'your', 'who', 'whom',
  'which', 'what', 'this', 'that', 'these', 'those', 'been', 'being', 'has', 'had', 'having', 'did', 'does',
];

/** Lower-case words that may stand inside a proper name: `Bureau for Human Rights`, `Rule of Law`. */
export const nameConnectors = ['of', 'for', 'de', 'da', 'del', 'von', 'van', 'der', 'al', 'bin', 'la', 'le', 'du'];

export const boilerplateCues = [
  'share', 'share this', 'share this article', 'tweet', 'print', 'email', 'published', 'updated', 'read more',
  'follow us', 'advertisement', 'comments', 'leave a reply', 'leave a comment', 'sign in', 'log in',
  'subscribe', 'download all', 'view original', 'all rights reserved', 'visit the blog', 'contact us',
];

export const boilerplateParagraphCues = [
  'subscription*', 'subscribe*', 'newsletter*', 'cookies', 'privacy policy', 'all rights reserved',
  'your email address', 'email address will not be published', 'for more information', 'media requests',
];

export const trailerCues = [
  'related stories', 'related articles', 'related content', 'related sites', 'related', 'read more',
  'more on this', 'more stories', 'recommended', 'recommended reading', 'you may also like', 'most read',
  'leave a reply', 'leave a comment', 'comments', 'learn more about', 'share this article',
];

/** Country names news writes that ICU's region names lack (its official ones: `Türkiye`, `Czechia`). */
export const regionAliases: Readonly<Record<string, string>> = { Turkey: 'TR', 'Czech Republic': 'CZ', 'Ivory Coast': 'CI', Swaziland: 'SZ', Burma: 'MM', 'East Timor': 'TL', 'DR Congo': 'CD', 'Democratic Republic of Congo': 'CD', 'Democratic Republic of the Congo': 'CD', Macedonia: 'MK', Britain: 'GB', 'Great Britain': 'GB', Holland: 'NL', Vatican: 'VA', 'Gaza Strip': 'PS' };
