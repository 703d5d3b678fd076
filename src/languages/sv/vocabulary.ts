/** Swedish additions to the `stopword` list: frequent news function words it lacks. */
export const extraStopwords = [
  'enligt', 'även', 'också', 'sade', 'sa', 'säger', 'flera', 'många', 'andra', 'olika', 'både', 'mot',
  'under', 'efter', 'innan', 'sedan', 'bland', 'minst', 'cirka', 'drygt', 'nästan', 'år', 'dag', 'dagar',
  'herr', 'fru', 'ska', 'skulle', 'kan', 'kunde', 'måste', 'får', 'fick', 'har', 'hade', 'blev', 'bli', 'varit', 'enbart',
];

/** Lower-case words that may stand inside a proper name: `Förenta nationernas råd för mänskliga rättigheter`. */
export const nameConnectors = ['för', 'av', 'de', 'von', 'van', 'der', 'af', 'al', 'bin', 'la', 'le'];

export const boilerplateCues = [
  'dela', 'dela med sig', 'dela artikeln', 'dela den här artikeln', 'skriv ut', 'publicerade', 'publicerad',
  'uppdaterad', 'läs mer', 'läs också', 'följ oss', 'annons', 'kommentera', 'kommentarer', 'logga in',
  'anslut dig', 'tipsa', 'prenumerera', 'alla rättigheter förbehållna',
];

export const boilerplateParagraphCues = [
  'prenumeration*', 'prenumerera*', 'nyhetsbrev*', 'cookies', 'kakor', 'personuppgifter',
  'alla rättigheter förbehållna', 'din e-postadress', 'inte nödvändigtvis',
];

export const trailerCues = [
  'relaterade artiklar', 'relaterat', 'läs också', 'läs mer', 'mer om', 'mest läst', 'dela den här artikeln',
  'kommentarer', 'lämna en kommentar', 'senaste nytt', 'fler nyheter',
];

/** Country names news writes that ICU's region names lack (its official ones: `Türkiye`, `Czechia`). */
export const regionAliases: Readonly<Record<string, string>> = { Burma: 'MM', 'Demokratiska republiken Kongo': 'CD', 'Kongo-Kinshasa': 'CD', Holland: 'NL', Tjeckien: 'CZ', Elfenbenskusten: 'CI' };
