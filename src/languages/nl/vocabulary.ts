/** Dutch additions to the `stopword` list (104 words): frequent news function words it lacks. */
export const extraStopwords = [
  'volgens', 'zegt', 'zeggen', 'zeiden', 'wordt', 'werden', 'geworden', 'tijdens', 'sinds', 'onder', 'tussen',
  'vanaf', 'rond', 'ongeveer', 'minstens', 'ruim', 'bijna', 'enkele', 'enige', 'elke', 'ieder', 'iedere', 'alle',
  'beide', 'echter', 'waar', 'waarin', 'waarbij', 'waardoor', 'daarom', 'daarna', 'daarbij', 'zowel', 'evenals',
  'bovendien', 'inmiddels', 'nadat', 'terwijl', 'zullen', 'moeten', 'mogen', 'willen', 'wilde', 'zouden', 'gaat',
  'gaan', 'ging', 'gingen', 'komt', 'komen', 'kwam', 'kwamen', 'hadden', 'meest', 'meeste', 'welke', 'jaar',
  'jaren', 'dag', 'dagen', 'dhr', 'mevrouw', 'meneer', 'mw', 'per', 'via', 'binnen', 'buiten', 'langs', 'achter',
  'naast', 'boven', 'beneden', 'hen', 'zichzelf', 'één',
  'weer', 'opnieuw',
  // number words two to ten: counts that matter are written in digits
  'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien',
];

/** Lower-case words that may stand inside a proper name: `Ministerie van Defensie`, `Raad van State`, `De Jong`. */
export const nameConnectors = ['van', 'de', 'der', 'den', 'het', 'voor', 'ter', 'ten', 'von', 'al', 'bin'];

export const boilerplateCues = [
  'deel dit artikel', 'printen', 'gepubliceerd', 'gepubliceerd op', 'bijgewerkt', 'laatste update',
  'lees meer', 'lees ook', 'volg ons', 'advertentie', 'reacties', 'reageer', 'inloggen', 'abonneer',
  'alle rechten voorbehouden',
];

export const boilerplateParagraphCues = [
  'abonnement*', 'abonneer*', 'nieuwsbrief*', 'newsletter*', 'cookies', 'privacyverklaring', 'privacybeleid',
  'alle rechten voorbehouden', 'je e-mailadres', 'uw e-mailadres',
];

export const trailerCues = [
  'lees ook', 'lees meer', 'gerelateerde artikelen', 'meer over', 'meest gelezen', 'reacties', 'plaats een reactie',
  'meer nieuws', 'ander nieuws', 'deel dit artikel',
];
