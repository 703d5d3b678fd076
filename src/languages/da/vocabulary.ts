/** Danish additions to the `stopword` list (170 words): frequent news function words it lacks. */
export const extraStopwords = [
  'ifølge', 'sagde', 'siger', 'sagt', 'mellem', 'blandt', 'omkring', 'cirka', 'mindst', 'knap', 'år', 'dag',
  'dage', 'inden', 'uden', 'gennem', 'samt', 'hvilket', 'hvilke', 'allerede', 'stadig', 'dermed', 'derfor',
  'desuden', 'imidlertid', 'heller', 'både', 'mest', 'løbet', 'hele', 'per', 'via', 'hr', 'fru',
  'igen',
];

/** Words of the `stopword` list that are topic words in news: `mand` (man), `far` (father). */
export const notStopwords = ['mand', 'far'];

/** Lower-case words that may stand inside a proper name: `Styrelsen for Patientsikkerhed`. */
export const nameConnectors = ['for', 'af', 'og', 'de', 'von', 'van', 'der', 'al', 'bin'];

export const boilerplateCues = [
  'del artiklen', 'udskriv', 'publiceret', 'opdateret', 'senest opdateret', 'læs mere', 'læs også', 'følg os',
  'annonce', 'kommentarer', 'kommenter', 'log ind', 'abonner', 'alle rettigheder forbeholdes',
];

export const boilerplateParagraphCues = [
  'abonnement*', 'abonner*', 'nyhedsbrev*', 'cookies', 'privatlivspolitik', 'alle rettigheder forbeholdes',
  'din e-mailadresse',
];

export const trailerCues = [
  'læs også', 'læs mere', 'relaterede artikler', 'mere om', 'mest læste', 'kommentarer', 'seneste nyt', 'flere nyheder',
];
