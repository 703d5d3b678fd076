import type { Day } from '../calendar.js';
import type { LanguageKit } from '../types.js';
import { capitaliseFirst, dateStyle, grouped } from './shared.js';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const NNBSP = '\u202f';

const month = (d: Day) => MONTHS[d.month - 1] ?? '';
const dayNumber = (d: Day) => (d.day === 1 ? '1er' : String(d.day));

/** Words starting with a vowel or a (mute) h take the elided article: `l'armée`, `d'Almaty`. */
const ELIDING_INITIALS = 'aeiouyh';
const elides = (letter: string) => ELIDING_INITIALS.includes(letter.normalize('NFD').charAt(0).toLowerCase());

/** Contractions and elisions a French writer would make: `à le` → `au`, `de Almaty` → `d'Almaty`. */
function contract(sentence: string): string {
  return sentence
    .replace(/(?<![\p{L}])à le /gu, 'au ')
    .replace(/(?<![\p{L}])à les /gu, 'aux ')
    .replace(/(?<![\p{L}])de le /gu, 'du ')
    .replace(/(?<![\p{L}])de les /gu, 'des ')
    .replace(/(?<!\p{L})(de|que|le|la) (?=\p{L})/giu, (match: string, word: string, offset: number, whole: string) => (elides(whole.charAt(offset + match.length)) ? `${word.slice(0, -1)}'` : match));
}

export const fr: LanguageKit = {
  code: 'fr',
  months: MONTHS,
  weekdays: WEEKDAYS,
  wordShape: {
    onsets: ['b', 'c', 'd', 'f', 'g', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'ch', 'pr', 'tr', 'cr', 'gr', 'bl', 'qu'],
    nuclei: ['a', 'e', 'i', 'o', 'u', 'é', 'ou', 'ai', 'eu', 'au', 'è'],
    codas: ['n', 'r', 'l', 's', 'rt'],
    endings: ['tion', 'ment', 'eur', 'ique', 'ité', 'age', 'ance', 'ence', 'oire', 'eux', 'ais', 'elle', 'ier', 'iste', 'ée'],
  },
  roles: ['porte-parole', 'ministre de l’Intérieur', 'témoin', 'responsable local', 'avocat', 'maire', 'chercheuse', 'porte-parole de la police'],
  organisations: {
    protest: ['Amnesty International', 'Human Rights Watch'], election: ["l'OSCE", 'Transparency International'], flood: ['la Croix-Rouge', "l'Unicef"],
    earthquake: ['la Croix-Rouge', "l'ONU"], strike: ["l'OIT", 'la Commission européenne'], trial: ['la Cour européenne des droits de l’homme', 'Amnesty International'],
    wildfire: ['la Croix-Rouge', 'la Commission européenne'], summit: ["l'ONU", "l'Union européenne"], crash: ['la Croix-Rouge', 'la Commission européenne'], outbreak: ["l'OMS", "l'Unicef"],
  },
  topics: {
    protest: { nouns: ['la manifestation', 'le rassemblement', 'la répression', "l'opposition", 'la police', 'la protestation'], units: ['manifestants', 'personnes interpellées'], outcomes: ['interpellés', 'arrêtés', 'dispersés'] },
    election: { nouns: ["l'élection", 'le scrutin', 'le vote', 'la campagne', 'la participation', 'le parlement'], units: ['électeurs', 'bureaux de vote'], outcomes: ['contestés', 'annulés', 'disputés'] },
    flood: { nouns: ["l'inondation", 'la crue', 'la rivière', 'les pluies', "l'évacuation", 'le barrage'], units: ['habitants évacués', 'maisons'], outcomes: ['inondés', 'évacués', 'submergés'] },
    earthquake: { nouns: ['le séisme', 'le tremblement de terre', 'la réplique', 'les secours', 'les décombres', 'la secousse'], units: ['blessés', 'bâtiments'], outcomes: ['détruits', 'endommagés', 'effondrés'] },
    strike: { nouns: ['la grève', 'le débrayage', 'le syndicat', 'les salaires', 'les ouvriers', 'les négociations'], units: ['ouvriers', 'usines'], outcomes: ['paralysés', 'arrêtés', 'fermés'] },
    trial: { nouns: ['le procès', 'le tribunal', 'le verdict', 'le procureur', 'la peine', "l'accusé"], units: ['témoins', "jours d'audience"], outcomes: ['condamnés', 'reconnus coupables', 'acquittés'] },
    wildfire: { nouns: ["l'incendie", 'le feu', 'les flammes', 'les pompiers', 'la forêt', 'la fumée'], units: ['hectares', 'pompiers'], outcomes: ['brûlés', 'évacués', 'détruits'] },
    summit: { nouns: ['le sommet', 'les pourparlers', 'la délégation', "l'accord", 'les ministres', 'la déclaration'], units: ['délégués', 'pays'], outcomes: ['signés', 'conclus', 'reportés'] },
    crash: { nouns: ["l'accident", 'la collision', 'le train', 'le bus', "l'enquête", 'le déraillement'], units: ['passagers', 'blessés'], outcomes: ['tués', 'blessés', 'évacués'] },
    outbreak: { nouns: ["l'épidémie", 'la flambée', "l'infection", 'la vaccination', "l'hôpital", 'le virus'], units: ['cas', 'patients'], outcomes: ['infectés', 'hospitalisés', 'confinés'] },
  },
  templates: {
    headline: ['{CITY} : {N} {U} {O} après {T}', '{COUNTRY} : {N} {U} {O} à {CITY}', '{P} : {N} {U} {O} après {T}', 'Ce que l’on sait de {T} à {CITY}', '{ORG} fait état de {N} {U} dans {COUNTRY}'],
    lead: [
      'Au moins {N} {U} ont été {O} à {CITY} {DATE}, selon {ORG}.',
      'Les autorités de {COUNTRY} ont indiqué que {N} {U} avaient été {O} après {T} à {CITY} {DATE}.',
      '{T} à {CITY} {DATE} a fait {N} {U} {O}, a déclaré {P}, {ROLE}.',
      '{N} {U} ont été {O} {DATE} lorsque {T} a atteint {CITY}, a indiqué {ORG} dans un communiqué.',
    ],
    event: [
      'Selon {ORG}, {N} {U} ont été concernés par {T} à {CITY}.',
      '{T} a commencé {DATE} à {CITY}, où {N} {U} s’étaient rassemblés.',
      '{P} a affirmé que {T} {DATE} était le {W} le plus {W} depuis des années.',
      'Les autorités de {COUNTRY} affirment que {N2} {U2} étaient encore {K} dans la soirée.',
      'Environ {PCT} des {U} de {CITY} étaient {K}, selon {P}.',
      '{P}, {ROLE}, a qualifié {T} de {K} {W}.',
      'Le {K} a été confirmé par {P} {DATE}.',
      'À {CITY}, {N} {U} ont participé, et {ORG} a recensé {N2} {U2}.',
      '{ORG} a annoncé que le {K} et la {K} feraient l’objet d’une enquête.',
      'En fin de journée, {N2} {U2} avaient été {O}, selon {ORG}.',
      'Des images tournées à {CITY} montrent le {K} après {T}.',
      '{P} et {P} avaient mis en garde contre le {K} avant {T}.',
      'La déclaration de {P} sur {T} évoquait {N} {U} et une {K} {W}.',
      '{T} à {CITY} est le plus important depuis le {XDATE}, selon {P}.',
    ],
    quote: ['« {Q} », a déclaré {P}, {ROLE}.', '« {Q} », a dit {P} à {ORG}.', '{P} a affirmé : « {Q} ».', '« {Q} », a ajouté {P}.'],
    quoteClause: ['nous n’avons jamais vu un tel {K} à {CITY}', '{T} est une {W} pour toute la {W}', 'personne ne s’attendait à ce que le {K} soit si {W}', 'il faut maintenant que la {W} règle le {K}', 'les habitants de {CITY} réclament la {W} et le {W}'],
    filler: [
      'Le président {LEADER} ne s’est pas encore exprimé sur la {W}.',
      '{NGO} a critiqué à plusieurs reprises la {W} de {COUNTRY}.',
      'Le parti au pouvoir, {PARTY}, juge la {W} {W} et {W}.',
      'La question de la {W} est un sujet {W} pour {COUNTRY} depuis des années.',
      'Les critiques estiment que la {W} et le {W} font partie d’une {W} plus large.',
      'Ce n’était pas une première pour {COUNTRY} : une {W} similaire avait eu lieu le {XDATE}.',
      'Le gouvernement a promis une {W} {W}, mais la {W} reste {W}.',
      'Les analystes s’attendent à ce que la {W} modifie le {W} de la région.',
      'Plus de {M} {W} ont été signalés au cours de l’année dernière.',
      'La {W} et le {W} devraient encore {W} dans les semaines à venir.',
      'Beaucoup de gens voient désormais la {W} comme le signe d’une {W}.',
      'Selon les observateurs, le {W} avait déjà {W} la {W} par le passé.',
      'Rien ne permet de penser que la {W} va bientôt {W}.',
      'La presse locale décrit la {W} comme {W} et {W}.',
      'La dernière fois, c’était lors de la {W} du {W}.',
    ],
  },
  furniture: ['Partager cet article', 'Publicité', 'Abonnez-vous à notre newsletter pour recevoir les dernières informations.', 'Suivez-nous sur les réseaux sociaux', 'Imprimer'],
  trailerHeading: 'À lire aussi',
  formatCount: (n) => grouped(n, NNBSP),
  formatPercent: (n) => `${n}${NNBSP}%`,
  eventDate(date, published, rng) {
    const style = dateStyle(date, published, rng);
    if (style === 'full') return `le ${dayNumber(date)} ${month(date)} ${date.year}`;
    if (style === 'dayMonth') return `le ${dayNumber(date)} ${month(date)}`;
    if (style === 'weekdayDate') return `${WEEKDAYS[date.weekday]} ${dayNumber(date)} ${month(date)}`;
    const gap = published.n - date.n;
    return gap === 0 ? "aujourd'hui" : gap === 1 && rng.chance(0.5) ? 'hier' : `${WEEKDAYS[date.weekday]}`;
  },
  otherDate: (d) => `${dayNumber(d)} ${month(d)} ${d.year}`,
  dateline: (city, p, rng) => (rng.chance(0.6) ? `${city.toUpperCase()}, ${dayNumber(p)} ${month(p)} (AFP) –` : `${city.toUpperCase()} (AFP) –`),
  publishedStamp: (p) => `Publié le ${dayNumber(p)} ${MONTHS[p.month - 1]} ${p.year}`,
  genitive: (name) => `de ${name}`,
  polish: (sentence) => capitaliseFirst(contract(sentence)),
};
