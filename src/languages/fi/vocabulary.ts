/**
 * Entries of the `stopword` list for Finnish (73 words, drawn from encyclopaedia text) that are
 * not Finnish function words: English and French words, digits, letters, season words.
 */
export const notStopwords = ['the', 'of', 'a', 'de', '9', 'n', 's', 'kauden', 'kaudella', 'luvun', 'luvulla'];

/**
 * Finnish function words the list lacks: pronouns in their frequent cases, conjunctions,
 * postpositions, forms of `olla` and the negative verb, and news verbs of saying.
 */
export const extraStopwords = [
  'minä', 'sinä', 'me', 'te', 'ne', 'tämä', 'tätä', 'tässä', 'tästä', 'tähän', 'nämä', 'näiden', 'näitä', 'niitä',
  'niiden', 'niissä', 'siitä', 'siinä', 'siihen', 'siten', 'jota', 'josta', 'johon', 'joiden', 'joita', 'joissa',
  'mikä', 'mitä', 'missä', 'mistä', 'mihin', 'miksi', 'miten', 'kuka', 'ketä', 'kenen', 'häntä', 'heidän', 'heitä',
  'niin', 'nyt', 'vielä', 'jos', 'vaikka', 'koska', 'ilman', 'kautta', 'luona', 'ohella', 'alle', 'yhä', 'olla',
  'olisi', 'olisivat', 'olleet', 'olemme', 'olen', 'olet', 'eivät', 'en', 'et', 'emme', 'ette', 'voivat',
  'voidaan', 'pitää', 'täytyy', 'tulee', 'kertoi', 'kertoo', 'sanoi', 'sanoo', 'mukaansa', 'lähes', 'ainakin',
  'kaikki', 'kaikkia', 'muut', 'muiden', 'myöskin', 'sitten', 'siis', 'vuoksi', 'takia',
  'uudelleen', 'jälleen',
  // number words two to ten: counts that matter are written in digits
  'neljä', 'viisi', 'kuusi', 'seitsemän', 'kahdeksan', 'yhdeksän', 'kymmenen',
];

/** Lower-case words that may stand inside a proper name (`af` in Finland-Swedish family names). */
export const nameConnectors = ['af', 'von', 'van', 'de', 'der', 'al', 'bin'];

export const boilerplateCues = [
  'jaa artikkeli', 'tulosta', 'julkaistu', 'päivitetty', 'lue lisää', 'lue myös', 'seuraa meitä', 'mainos',
  'kommentit', 'kommentoi', 'kirjaudu sisään', 'tilaa uutiskirje', 'kaikki oikeudet pidätetään',
];

export const boilerplateParagraphCues = [
  'tilaajille*', 'uutiskirje*', 'evästeet', 'evästeitä', 'tietosuojaseloste', 'kaikki oikeudet pidätetään',
  'sähköpostiosoitteesi',
];

export const trailerCues = [
  'lue myös', 'lue lisää', 'aiheesta lisää', 'luetuimmat', 'kommentit', 'uusimmat uutiset', 'lisää uutisia',
];
