/** Norwegian (bokmål) additions to the `stopword` list (116 words): frequent news function words it lacks. */
export const extraStopwords = [
  'ifølge', 'sier', 'sa', 'sagt', 'flere', 'andre', 'annen', 'annet', 'under', 'blant', 'minst', 'rundt', 'nesten',
  'cirka', 'drøyt', 'år', 'dag', 'dager', 'må', 'måtte', 'fikk', 'får', 'gjennom', 'hos', 'mens', 'dens', 'ennå',
  'allerede', 'likevel', 'samt', 'per', 'løpet', 'hele', 'dermed', 'derfor', 'hvilket', 'mye', 'mer', 'mest',
  'herr', 'fru', 'ei',
  'igjen',
  // number words two to ten: counts that matter are written in digits
  'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti',
];

/** Lower-case words that may stand inside a proper name: `Direktoratet for samfunnssikkerhet`. */
export const nameConnectors = ['for', 'av', 'og', 'de', 'von', 'van', 'der', 'al', 'bin'];

export const boilerplateCues = [
  'del artikkelen', 'skriv ut', 'publisert', 'oppdatert', 'sist oppdatert', 'les mer', 'les også',
  'følg oss', 'annonse', 'kommentarer', 'kommenter', 'logg inn', 'abonner', 'alle rettigheter forbeholdt',
];

export const boilerplateParagraphCues = [
  'abonnement*', 'abonner*', 'nyhetsbrev*', 'informasjonskapsler', 'cookies', 'personvernerklæring',
  'alle rettigheter forbeholdt', 'din e-postadresse',
];

export const trailerCues = [
  'les også', 'les mer', 'relaterte artikler', 'mer om', 'mest lest', 'kommentarer', 'siste nytt', 'flere nyheter',
];
