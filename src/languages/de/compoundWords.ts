/**
 * Frequent nouns of German news, lower case, used as the known parts of compounds
 * (`Bundes|regierung`, `Feuerwehr|leute`, `Hoch|wasser`). Short on purpose: a compound is split
 * only when every part is in this list, so an unknown word is never cut at random.
 */
export const compoundNouns = [
  // state, politics, law
  'bund', 'land', 'länder', 'staat', 'stadt', 'gemeinde', 'kreis', 'bezirk', 'regierung', 'minister', 'ministerin',
  'ministerium', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'parlament', 'tag', 'rat', 'amt', 'behörde',
  'partei', 'wahl', 'wahlen', 'stimme', 'koalition', 'opposition', 'gesetz', 'gericht', 'richter', 'anwalt',
  'verfassung', 'haushalt', 'steuer', 'politik', 'politiker', 'sprecher', 'sprecherin', 'chef', 'chefin',
  'leiter', 'leitung', 'vertreter', 'verband', 'union', 'gipfel', 'treffen', 'konferenz', 'vertrag', 'abkommen',
  'krieg', 'frieden', 'armee', 'militär', 'soldat', 'truppe', 'truppen', 'angriff', 'waffe', 'waffen', 'grenze',
  'sicherheit', 'polizei', 'polizist', 'beamte', 'beamter', 'ermittlung', 'ermittlungen', 'ermittler', 'festnahme',
  'haft', 'gefängnis', 'strafe', 'prozess', 'verfahren', 'urteil', 'klage', 'protest', 'demonstration',
  // economy, society
  'wirtschaft', 'unternehmen', 'firma', 'bank', 'markt', 'preis', 'preise', 'geld', 'euro', 'kosten', 'arbeit',
  'arbeiter', 'streik', 'lohn', 'rente', 'energie', 'strom', 'gas', 'kohle', 'wind', 'sonne', 'kraft', 'werk',
  'industrie', 'handel', 'export', 'import', 'bahn', 'zug', 'flug', 'hafen', 'verkehr', 'straße', 'auto', 'schiff',
  'boot', 'fähre', 'luft', 'fahrt', 'gesundheit', 'krankenhaus', 'klinik', 'arzt', 'ärztin', 'patient', 'virus',
  'impfung', 'schule', 'schüler', 'lehrer', 'kind', 'kinder', 'familie', 'eltern', 'frau', 'frauen', 'mensch',
  'recht', 'rechte', 'bürger', 'bürgerin', 'meister', 'flüchtling', 'migration', 'asyl', 'wohnung', 'miete',
  'haus', 'häuser', 'klima', 'umwelt', 'schutz', 'plan', 'ziel', 'zeit', 'jahr', 'woche', 'monat', 'stunde',
  // disasters, rescue
  'feuer', 'wehr', 'feuerwehr', 'brand', 'rettung', 'retter', 'dienst', 'einsatz', 'kräfte', 'leute', 'hilfe', 'opfer', 'tote',
  'unfall', 'unglück', 'wasser', 'hochwasser', 'flut', 'sturm', 'regen', 'schnee', 'erde', 'beben', 'welle', 'katastrophe',
  'alarm', 'warnung', 'gefahr', 'lage', 'zentrum', 'raum', 'maschine', 'maschinen', 'besatzung', 'mitglied',
  'mitglieder', 'passagier', 'passagiere', 'insel', 'küste', 'see', 'meer', 'berg', 'wald', 'fluss',
  // places, media
  'europa', 'welt', 'nachricht', 'nachrichten', 'agentur', 'zeitung', 'bericht',
  'angabe', 'angaben', 'daten', 'zahl', 'zahlen', 'bevölkerung', 'volk', 'dorf', 'region', 'gebiet', 'ort',
];

/**
 * Forms that only ever begin a compound (`Haupt|stadt`, `Innen|minister`, `Erd|beben`): never
 * taken as its final part.
 */
export const modifierOnly = ['haupt', 'innen', 'außen', 'erd', 'schul'];

/** Linking elements written between the parts of a compound (`Bund-es-regierung`, `Straße-n-bahn`). */
export const linkingElements = ['s', 'es', 'n', 'en', 'er', 'e'];

/** Case and number endings a final part may carry (`Bundesregierung-en`, `Krankenhaus-es`). */
export const headEndings = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ern', 'ns'];
