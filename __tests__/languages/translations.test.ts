import { clusterDocuments, type NewsDocumentInput } from '../../src/index.js';

/**
 * One short news item (a ferry fire off Gotland, Tuesday 10 November 2026) written in English
 * and translated into every added language, plus a same-topic item on another date with other
 * numbers (a cargo-ship fire near Gotland in September). Languages are detected, not given.
 */
const REFERENCE_DATE = '2026-11-23';
const PUBLISHED = '2026-11-10';

const original: NewsDocumentInput = {
  id: 'ferry-en',
  publishedAt: PUBLISHED,
  title: 'Ferry fire off Gotland: 214 passengers evacuated',
  text: `A fire broke out in the engine room of the ferry Baltic Star off the Swedish island of Gotland on Tuesday, 10 November 2026. All 214 passengers and 38 crew members were taken off the ship by rescue boats and helicopters, the Swedish Maritime Administration said. Three people were taken to hospital in Visby with smoke inhalation. The ship, operated by Nordic Seaways, was on its way from Nynäshamn to Visby. Captain Erik Lindqvist said the crew had put out the fire within two hours.`,
};

const translations: readonly [code: string, title: string, text: string][] = [
  [
    'de',
    'Brand auf Fähre vor Gotland: 214 Passagiere evakuiert',
    `Im Maschinenraum der Fähre Baltic Star ist am Dienstag, dem 10. November 2026, vor der schwedischen Insel Gotland ein Feuer ausgebrochen. Alle 214 Passagiere und 38 Besatzungsmitglieder wurden mit Rettungsbooten und Hubschraubern von Bord geholt, teilte die schwedische Seefahrtsbehörde mit. Drei Menschen kamen mit Rauchvergiftungen ins Krankenhaus in Visby. Das Schiff der Reederei Nordic Seaways war auf dem Weg von Nynäshamn nach Visby. Kapitän Erik Lindqvist sagte, die Besatzung habe das Feuer innerhalb von zwei Stunden gelöscht.`,
  ],
  [
    'es',
    'Incendio en un ferri frente a Gotland: evacuados 214 pasajeros',
    `Un incendio se declaró el martes 10 de noviembre de 2026 en la sala de máquinas del ferri Baltic Star, frente a la isla sueca de Gotland. Los 214 pasajeros y 38 tripulantes fueron evacuados en botes salvavidas y helicópteros, informó la Administración Marítima de Suecia. Tres personas fueron trasladadas al hospital de Visby por inhalación de humo. El barco, de la naviera Nordic Seaways, cubría la ruta entre Nynäshamn y Visby. El capitán Erik Lindqvist afirmó que la tripulación apagó el fuego en menos de dos horas.`,
  ],
  [
    'it',
    'Incendio su un traghetto al largo di Gotland: evacuati 214 passeggeri',
    `Martedì 10 novembre 2026 è scoppiato un incendio nella sala macchine del traghetto Baltic Star, al largo dell'isola svedese di Gotland. Tutti i 214 passeggeri e i 38 membri dell'equipaggio sono stati evacuati con scialuppe di salvataggio ed elicotteri, ha reso noto l'Amministrazione marittima svedese. Tre persone sono state portate all'ospedale di Visby per aver inalato fumo. La nave, della compagnia Nordic Seaways, era diretta da Nynäshamn a Visby. Il capitano Erik Lindqvist ha detto che l'equipaggio ha spento l'incendio in meno di due ore.`,
  ],
  [
    'nl',
    'Brand op veerboot bij Gotland: 214 passagiers geëvacueerd',
    `In de machinekamer van de veerboot Baltic Star is op dinsdag 10 november 2026 brand uitgebroken voor de kust van het Zweedse eiland Gotland. Alle 214 passagiers en 38 bemanningsleden werden met reddingsboten en helikopters van boord gehaald, meldde de Zweedse scheepvaartautoriteit. Drie mensen werden met rookvergiftiging naar het ziekenhuis in Visby gebracht. Het schip van rederij Nordic Seaways was onderweg van Nynäshamn naar Visby. Kapitein Erik Lindqvist zei dat de bemanning het vuur binnen twee uur had geblust.`,
  ],
  [
    'pt',
    'Incêndio em ferry ao largo de Gotland: 214 passageiros retirados',
    `Um incêndio deflagrou na terça-feira, 10 de novembro de 2026, na casa das máquinas do ferry Baltic Star, ao largo da ilha sueca de Gotland. Os 214 passageiros e 38 tripulantes foram retirados em botes salva-vidas e helicópteros, informou a Administração Marítima da Suécia. Três pessoas foram levadas para o hospital de Visby por inalação de fumo. O navio, da companhia Nordic Seaways, fazia a ligação entre Nynäshamn e Visby. O comandante Erik Lindqvist disse que a tripulação apagou o fogo em menos de duas horas.`,
  ],
  [
    'no',
    'Brann på ferje ved Gotland: 214 passasjerer evakuert',
    `Det brøt ut brann i maskinrommet på ferja Baltic Star utenfor den svenske øya Gotland tirsdag 10. november 2026. Alle 214 passasjerer og 38 besetningsmedlemmer ble hentet fra skipet med redningsbåter og helikoptre, opplyser Sjøfartsverket i Sverige. Tre personer ble fraktet til sykehuset i Visby med røykforgiftning. Skipet, som drives av rederiet Nordic Seaways, var på vei fra Nynäshamn til Visby. Kaptein Erik Lindqvist sier at mannskapet slukket brannen i løpet av to timer.`,
  ],
  [
    'da',
    'Brand på færge ud for Gotland: 214 passagerer evakueret',
    `Der opstod brand i maskinrummet på færgen Baltic Star ud for den svenske ø Gotland tirsdag den 10. november 2026. Alle 214 passagerer og 38 besætningsmedlemmer blev bragt fra borde med redningsbåde og helikoptere, oplyser den svenske søfartsstyrelse. Tre personer blev kørt på hospitalet i Visby med røgforgiftning. Skibet, der drives af rederiet Nordic Seaways, var på vej fra Nynäshamn til Visby. Kaptajn Erik Lindqvist siger, at besætningen slukkede branden inden for to timer.`,
  ],
  [
    'fi',
    'Tulipalo lautalla Gotlannin edustalla: 214 matkustajaa evakuoitiin',
    `Baltic Star -lautan konehuoneessa syttyi tulipalo Ruotsin Gotlannin saaren edustalla tiistaina 10. marraskuuta 2026. Kaikki 214 matkustajaa ja 38 miehistön jäsentä evakuoitiin pelastusveneillä ja helikoptereilla, kertoi Ruotsin merenkulkulaitos. Kolme ihmistä vietiin Visbyn sairaalaan savumyrkytyksen vuoksi. Nordic Seaways -varustamon alus oli matkalla Nynäshamnista Visbyyn. Kapteeni Erik Lindqvistin mukaan miehistö sammutti palon kahdessa tunnissa.`,
  ],
];

const otherDate: NewsDocumentInput = {
  id: 'cargo-en',
  publishedAt: '2026-09-20',
  title: 'Fire on cargo ship near Gotland: 12 sailors rescued',
  text: `A fire broke out on the cargo ship Nordland Trader north of Gotland on Sunday, 20 September 2026. All 12 crew members were rescued by a coast guard helicopter, the Swedish Maritime Administration said. Two sailors were treated in hospital in Visby for minor burns. The ship was carrying timber from Riga to Stockholm. The coast guard said the fire was out after five hours.`,
};

const translated = (code: string, title: string, text: string): NewsDocumentInput => ({ id: `ferry-${code}`, publishedAt: PUBLISHED, title, text });

function clusterOf(result: ReturnType<typeof clusterDocuments>, id: string): string[] {
  return [...(result.clusters.find((c) => c.members.includes(id))?.members ?? [])].sort();
}

describe('a news item and its translations', () => {
  test.each(translations)('%s: detected, grouped with the English original, apart from the other-date item', (code, title, text) => {
    const docs = [original, translated(code, title, text), otherDate];
    const result = clusterDocuments(docs, { referenceDate: REFERENCE_DATE });
    const summary = result.documents.find((d) => d.id === `ferry-${code}`);
    expect(summary?.lang).toBe(code);
    expect(summary?.eventDate).toBe('2026-11-10');
    expect(clusterOf(result, 'ferry-en')).toEqual([`ferry-${code}`, 'ferry-en'].sort());
    expect(clusterOf(result, 'cargo-en')).toEqual(['cargo-en']);
  });

  test('all nine versions form one cluster and the other-date item stays alone', () => {
    const docs = [otherDate, ...translations.map(([code, title, text]) => translated(code, title, text)), original];
    const result = clusterDocuments(docs, { referenceDate: REFERENCE_DATE });
    expect(clusterOf(result, 'ferry-en')).toEqual(['ferry-en', ...translations.map(([code]) => `ferry-${code}`)].sort());
    expect(clusterOf(result, 'cargo-en')).toEqual(['cargo-en']);
  });
});
