import type { Day } from '../calendar.js';
import type { LanguageKit } from '../types.js';
import { capitaliseFirst, dateStyle, grouped } from './shared.js';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];

const month = (d: Day) => MONTHS[d.month - 1] ?? '';

export const sv: LanguageKit = {
  code: 'sv',
  months: MONTHS,
  weekdays: WEEKDAYS,
  wordShape: {
    onsets: ['b', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'sk', 'st', 'sp', 'tr', 'fr', 'kr', 'gr', 'bl', 'fl', 'sj'],
    nuclei: ['a', 'e', 'i', 'o', 'u', 'y', 'å', 'ä', 'ö'],
    codas: ['n', 'r', 'l', 'st', 'nd', 'ck', 'tt', 'ng'],
    endings: ['ning', 'het', 'are', 'lig', 'else', 'skap', 'ande', 'ing', 'ad', 'en', 'ar', 'or', 'er', 'na', 'et'],
  },
  roles: ['talesperson', 'inrikesminister', 'ett vittne', 'lokal tjänsteman', 'advokat', 'kommunalråd', 'forskare', 'polisens presstalesperson'],
  organisations: {
    protest: ['Amnesty International', 'Human Rights Watch'], election: ['OSSE', 'Transparency International'], flood: ['Röda korset', 'Unicef'],
    earthquake: ['Röda korset', 'FN'], strike: ['ILO', 'EU-kommissionen'], trial: ['Europadomstolen', 'Amnesty International'],
    wildfire: ['Röda korset', 'EU-kommissionen'], summit: ['FN', 'EU'], crash: ['Röda korset', 'EU-kommissionen'], outbreak: ['WHO', 'Unicef'],
  },
  topics: {
    protest: { nouns: ['protesten', 'demonstrationen', 'manifestationen', 'tillslaget', 'oppositionen', 'polisen'], units: ['demonstranter', 'gripna'], outcomes: ['gripna', 'fängslade', 'skingrade'] },
    election: { nouns: ['valet', 'omröstningen', 'valsedlarna', 'valkampanjen', 'valdeltagandet', 'parlamentet'], units: ['väljare', 'vallokaler'], outcomes: ['ifrågasatta', 'ogiltiga', 'omstridda'] },
    flood: { nouns: ['översvämningen', 'floden', 'regnet', 'evakueringen', 'dammen', 'vattennivån'], units: ['evakuerade invånare', 'hus'], outcomes: ['översvämmade', 'evakuerade', 'förstörda'] },
    earthquake: { nouns: ['jordbävningen', 'skalvet', 'efterskalvet', 'räddningsarbetet', 'rasmassorna', 'skakningen'], units: ['skadade', 'byggnader'], outcomes: ['förstörda', 'skadade', 'raserade'] },
    strike: { nouns: ['strejken', 'arbetsnedläggelsen', 'facket', 'lönerna', 'arbetarna', 'förhandlingarna'], units: ['arbetare', 'fabriker'], outcomes: ['stoppade', 'lamslagna', 'stängda'] },
    trial: { nouns: ['rättegången', 'domstolen', 'domen', 'åklagaren', 'straffet', 'den åtalade'], units: ['vittnen', 'förhandlingsdagar'], outcomes: ['dömda', 'fällda', 'frikända'] },
    wildfire: { nouns: ['skogsbranden', 'branden', 'elden', 'brandmännen', 'skogen', 'röken'], units: ['hektar', 'brandmän'], outcomes: ['brända', 'evakuerade', 'förstörda'] },
    summit: { nouns: ['toppmötet', 'samtalen', 'delegationen', 'avtalet', 'ministrarna', 'deklarationen'], units: ['delegater', 'länder'], outcomes: ['eniga', 'överens', 'uppskjutna'] },
    crash: { nouns: ['olyckan', 'kollisionen', 'krocken', 'tåget', 'bussen', 'utredningen'], units: ['passagerare', 'skadade'], outcomes: ['omkomna', 'skadade', 'evakuerade'] },
    outbreak: { nouns: ['utbrottet', 'epidemin', 'smittan', 'vaccinationen', 'sjukhuset', 'viruset'], units: ['fall', 'patienter'], outcomes: ['smittade', 'inlagda', 'isolerade'] },
  },
  templates: {
    headline: ['{N} {U} {O} i {CITY} efter {T}', '{COUNTRY}: {N} {U} {O} i {CITY}', '{P}: {N} {U} {O} efter {T}', 'Det här vet vi om {T} i {CITY}', '{ORG} rapporterar {N} {U} i {COUNTRY}'],
    lead: [
      'Minst {N} {U} blev {O} i {CITY} {DATE}, enligt {ORG}.',
      'Myndigheterna i {COUNTRY} uppger att {N} {U} var {O} efter {T} i {CITY} {DATE}.',
      '{T} i {CITY} {DATE} lämnade {N} {U} {O}, säger {P}, {ROLE}.',
      '{N} {U} var {O} {DATE} när {T} nådde {CITY}, skriver {ORG} i ett uttalande.',
    ],
    event: [
      'Enligt {ORG} var {N} {U} inblandade i {T} i {CITY}.',
      '{T} inleddes {DATE} i {CITY}, där {N} {U} hade samlats.',
      '{P} sade till reportrar att {T} {DATE} var den {W} {W} på flera år.',
      'Myndigheterna i {COUNTRY} uppger att {N2} {U2} fortfarande var {K} på kvällen.',
      'Omkring {PCT} av alla {U} i {CITY} var {K}, säger {P}.',
      '{P}, {ROLE}, kallar {T} för en {K} {W}.',
      '{K} bekräftades av {P} {DATE}.',
      'I {CITY} deltog {N} {U}, och {ORG} rapporterade {N2} {U2}.',
      '{ORG} uppger att {K} och {K} ska utredas.',
      'Vid dagens slut var {N2} {U2} {O}, enligt {ORG}.',
      'Bilder från {CITY} visar {K} efter {T}.',
      'Både {P} och {P} hade varnat för {K} före {T}.',
      '{PG} uttalande om {T} nämnde {N} {U} och en {K} {W}.',
      '{T} i {CITY} var den största sedan {XDATE}, enligt {P}.',
    ],
    quote: ['– {Q}, säger {P}, {ROLE}.', '– {Q}, säger {P} till {ORG}.', '{P} säger: "{Q}."', '– {Q}, tillägger {P}.'],
    quoteClause: ['vi har aldrig sett {K} som detta i {CITY}', '{T} är en {W} för hela {W}', 'ingen väntade sig att {K} skulle {W} så snabbt', 'nu måste {W} ta itu med {K}', 'folk i {CITY} kräver {W} och {W}'],
    filler: [
      'President {LEADER} har ännu inte kommenterat {W}.',
      '{NGO} har upprepade gånger kritiserat {W} i {COUNTRY}.',
      'Regeringspartiet {PARTY} säger att {W} är {W} och {W}.',
      'Frågan om {W} har varit en {W} fråga i {COUNTRY} i flera år.',
      'Kritiker menar att {W} och {W} är en del av en större {W}.',
      'Det var inte första gången i {COUNTRY}: en liknande {W} ägde rum den {XDATE}.',
      'Regeringen har lovat en {W} {W}, men {W} är fortfarande {W}.',
      'Bedömare väntar sig att {W} kommer att {W} hela regionens {W}.',
      'Mer än {M} {W} rapporterades under förra året.',
      '{W} och {W} väntas {W} ytterligare under de kommande veckorna.',
      'Många i {COUNTRY} ser nu {W} som ett tecken på {W}.',
      'Enligt bedömare har {W} redan tidigare {W} den {W} {W}.',
      'Det finns inget som tyder på att {W} snart kommer att {W}.',
      'Lokala medier beskriver {W} som {W} och {W}.',
      'Senast det hände var under {W} i samband med {W}.',
    ],
  },
  furniture: ['Dela artikeln', 'Annons', 'Prenumerera på vårt nyhetsbrev och få de senaste nyheterna varje morgon.', 'Följ oss i sociala medier', 'Skriv ut'],
  trailerHeading: 'Läs också',
  formatCount: (n) => grouped(n, '\u00a0'),
  formatPercent: (n, rng) => (rng.chance(0.7) ? `${n} procent` : `${n}\u00a0%`),
  eventDate(date, published, rng) {
    const style = dateStyle(date, published, rng);
    if (style === 'full') return `den ${date.day} ${month(date)} ${date.year}`;
    if (style === 'dayMonth') return `den ${date.day} ${month(date)}`;
    if (style === 'weekdayDate') return `${WEEKDAYS[date.weekday]}en den ${date.day} ${month(date)}`;
    const gap = published.n - date.n;
    if (gap === 0) return 'i dag';
    if (gap === 1 && rng.chance(0.5)) return 'i går';
    // `i söndags` is the everyday form for a past weekday; `på söndagen` the written one.
    return rng.chance(0.3) ? `i ${WEEKDAYS[date.weekday]}s` : `på ${WEEKDAYS[date.weekday]}en`;
  },
  otherDate: (d) => `${d.day} ${month(d)} ${d.year}`,
  dateline: (city, p, rng) => (rng.chance(0.6) ? `${city.toUpperCase()} (TT) –` : `${city.toUpperCase()}, ${p.day} ${month(p)} –`),
  publishedStamp: (p) => `Publicerad ${p.day} ${MONTHS[p.month - 1]} ${p.year}`,
  genitive: (name) => (/[sxz]$/u.test(name) ? name : `${name}s`),
  polish: capitaliseFirst,
};
