/** German additions to the `stopword` list (621 words): frequent news function words it lacks. */
export const extraStopwords = [
  'laut', 'zufolge', 'bislang', 'mindestens', 'insgesamt', 'zudem', 'hieß', 'hiess', 'teilte', 'erklärte', 'sagen',
  'innerhalb', 'außerhalb', 'mehrere', 'nahe', 'ans', 'aufs', 'herr', 'frau', 'dr', 'prof', 'bzw', 'trotz',
];

/**
 * Words of the `stopword` list that are topic words in news, or names: they stay ordinary words
 * (`Menschen` in a casualty count, `Ernst` as a first name).
 */
export const notStopwords = [
  'gott', 'mensch', 'menschen', 'mann', 'ordnung', 'sache', 'ernst', 'recht', 'rechte', 'rechten', 'rechter',
  'rechtes', 'mittel', 'startseite', 'suche', 'gross', 'grosse', 'grossen', 'grosser', 'grosses', 'teil',
];

/** Lower-case words that may stand inside a proper name: `Ministerium für Gesundheit`, `von der Leyen`. */
export const nameConnectors = ['von', 'vom', 'der', 'des', 'für', 'zu', 'van', 'de', 'al', 'bin', 'am'];

export const boilerplateCues = [
  'artikel teilen', 'drucken', 'veröffentlicht', 'veröffentlicht am', 'aktualisiert', 'zuletzt aktualisiert',
  'mehr zum thema', 'lesen sie auch', 'folgen sie uns', 'werbung', 'kommentare', 'kommentieren',
  'anmelden', 'einloggen', 'abonnieren', 'alle rechte vorbehalten',
];

export const boilerplateParagraphCues = [
  'abonnement*', 'abonnieren*', 'newsletter*', 'cookies', 'datenschutzerklärung', 'alle rechte vorbehalten',
  'ihre e-mail-adresse', 'e-mail-adresse', 'nutzungsbedingungen',
];

export const trailerCues = [
  'mehr zum thema', 'lesen sie auch', 'das könnte sie auch interessieren', 'weitere artikel', 'verwandte artikel',
  'meistgelesen', 'kommentare', 'diskutieren sie mit', 'artikel teilen', 'weitere nachrichten',
];
