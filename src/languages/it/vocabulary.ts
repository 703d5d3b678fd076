/**
 * Elided articles and prepositions written before an apostrophe (`l'isola`, `dell'equipaggio`,
 * `un'indagine`, `c'è`). `Sant'` is left out: it belongs to names (`Sant'Angelo`).
 */
export const elisions = [
  "l'", "dell'", "dall'", "nell'", "sull'", "all'", "coll'", "un'", "d'", "c'", "s'", "m'", "t'", "v'",
  "n'", "quest'", "quell'", "nessun'", "tutt'", "anch'", "com'", "dov'", "cos'", "bell'", "buon'",
];

/** Italian additions to the `stopword` list (279 words): frequent news function words it lacks. */
export const extraStopwords = [
  'secondo', 'dopo', 'prima', 'durante', 'verso', 'sotto', 'sopra', 'senza', 'presso', 'oltre', 'entro', 'circa',
  'almeno', 'ancora', 'già', 'quindi', 'però', 'mentre', 'nonché', 'inoltre', 'invece', 'fra', 'essere', 'avere',
  'fare', 'stato', 'stata', 'stati', 'state', 'può', 'possono', 'potrebbe', 'deve', 'devono', 'detto', 'dice',
  'dichiarato', 'spiegato', 'altro', 'altra', 'altri', 'altre', 'molto', 'molti', 'molte', 'ogni', 'alcuni',
  'alcune', 'tanto', 'tanti', 'stesso', 'stessa', 'anno', 'anni', 'giorno', 'giorni', 'sig', 'dott', 'solo',
  'soltanto', 'così', 'quando', 'qui', 'lì', 'là', 'sempre', 'mai',
  // number words two to ten: counts that matter are written in digits
  'due', 'tre', 'quattro', 'cinque', 'sette', 'otto', 'nove', 'dieci',
];

/** Lower-case words that may stand inside a proper name: `Ministero della Salute`, `Corte dei conti`. */
export const nameConnectors = ['di', 'del', 'della', 'dei', 'degli', 'delle', 'dello', 'de', 'da', 'la', "d'", "dell'", 'van', 'von', 'al', 'bin'];

export const boilerplateCues = [
  'condividi', 'pubblicato', 'pubblicato il', 'aggiornato', 'leggi anche', 'leggi di più', 'seguici',
  'pubblicità', 'commenti', 'commenta', 'accedi', 'abbonati', 'riproduzione riservata', 'tutti i diritti riservati',
];

export const boilerplateParagraphCues = [
  'abbonamento*', 'abbonati*', 'newsletter*', 'cookie', 'cookies', 'trattamento dei dati personali', 'informativa sulla privacy',
  'riproduzione riservata', 'tutti i diritti riservati', 'il tuo indirizzo email',
];

export const trailerCues = [
  'leggi anche', 'articoli correlati', 'potrebbe interessarti', 'ti potrebbe interessare', 'i più letti',
  'più letti', 'commenti', 'lascia un commento', 'altre notizie', 'ultime notizie',
];
