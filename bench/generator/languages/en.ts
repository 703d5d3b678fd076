import type { Day } from '../calendar.js';
import type { LanguageKit } from '../types.js';
import { capitaliseFirst, dateStyle, grouped } from './shared.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const month = (d: Day) => MONTHS[d.month - 1] ?? '';

export const en: LanguageKit = {
  code: 'en',
  months: MONTHS,
  weekdays: WEEKDAYS,
  wordShape: {
    onsets: ['b', 'c', 'd', 'f', 'g', 'h', 'l', 'm', 'n', 'p', 'r', 's', 't', 'w', 'st', 'tr', 'pl', 'gr', 'br', 'sh', 'th', 'cl'],
    nuclei: ['a', 'e', 'i', 'o', 'u', 'ea', 'oo', 'ai', 'ou'],
    codas: ['n', 'r', 'l', 'st', 'nd', 'ck', 'm'],
    endings: ['tion', 'ment', 'ness', 'ing', 'er', 'ity', 'al', 'ure', 'ance', 'ly', 'ed', 'ive', 'ist', 'age', 's'],
  },
  roles: ['a spokesperson', 'the interior minister', 'a witness', 'a local official', 'a lawyer', 'the mayor', 'a researcher', 'a police spokesman'],
  organisations: {
    protest: ['Amnesty International', 'Human Rights Watch'], election: ['the OSCE', 'Transparency International'], flood: ['the Red Cross', 'UNICEF'],
    earthquake: ['the Red Cross', 'the United Nations'], strike: ['the ILO', 'the European Commission'], trial: ['the European Court of Human Rights', 'Amnesty International'],
    wildfire: ['the Red Cross', 'the European Commission'], summit: ['the United Nations', 'the European Union'], crash: ['the Red Cross', 'the European Commission'], outbreak: ['the WHO', 'UNICEF'],
  },
  topics: {
    protest: { nouns: ['protest', 'demonstration', 'rally', 'crackdown', 'opposition', 'police'], units: ['protesters', 'people detained'], outcomes: ['detained', 'arrested', 'dispersed'] },
    election: { nouns: ['election', 'vote', 'ballot', 'campaign', 'turnout', 'parliament'], units: ['voters', 'polling stations'], outcomes: ['contested', 'annulled', 'disputed'] },
    flood: { nouns: ['flood', 'flooding', 'river', 'rainfall', 'evacuation', 'dam'], units: ['residents evacuated', 'homes'], outcomes: ['flooded', 'evacuated', 'submerged'] },
    earthquake: { nouns: ['earthquake', 'quake', 'aftershock', 'rescue', 'rubble', 'tremor'], units: ['people injured', 'buildings'], outcomes: ['destroyed', 'damaged', 'collapsed'] },
    strike: { nouns: ['strike', 'walkout', 'union', 'wages', 'workers', 'negotiations'], units: ['workers', 'factories'], outcomes: ['halted', 'paralysed', 'shut'] },
    trial: { nouns: ['trial', 'court', 'verdict', 'prosecutor', 'sentence', 'defendant'], units: ['witnesses', 'days of hearings'], outcomes: ['sentenced', 'convicted', 'acquitted'] },
    wildfire: { nouns: ['wildfire', 'fire', 'blaze', 'firefighters', 'forest', 'smoke'], units: ['hectares', 'firefighters'], outcomes: ['burned', 'evacuated', 'destroyed'] },
    summit: { nouns: ['summit', 'talks', 'delegation', 'agreement', 'ministers', 'declaration'], units: ['delegates', 'countries'], outcomes: ['signed', 'agreed', 'postponed'] },
    crash: { nouns: ['crash', 'collision', 'accident', 'train', 'bus', 'investigation'], units: ['passengers', 'people injured'], outcomes: ['killed', 'injured', 'derailed'] },
    outbreak: { nouns: ['outbreak', 'epidemic', 'infection', 'vaccination', 'hospital', 'virus'], units: ['cases', 'patients'], outcomes: ['infected', 'hospitalised', 'quarantined'] },
  },
  templates: {
    headline: ['{N} {U} {O} in {CITY} as {T} spreads', '{COUNTRY}: {T} in {CITY} leaves {N} {U} {O}', '{P} says {N} {U} {O} after {T} in {CITY}', '{T} in {CITY}: what we know', '{ORG} reports {N} {U} after {T} in {COUNTRY}'],
    lead: [
      'At least {N} {U} were {O} in {CITY} {DATE}, according to {ORG}.',
      'Authorities in {COUNTRY} said {N} {U} had been {O} after the {T} in {CITY} {DATE}.',
      'The {T} in {CITY} {DATE} left {N} {U} {O}, {P}, {ROLE}, told reporters.',
      '{N} {U} were {O} {DATE} when the {T} reached {CITY}, {ORG} said in a statement.',
    ],
    event: [
      'According to {ORG}, {N} {U} were involved in the {T} in {CITY}.',
      'The {T} began {DATE} in {CITY}, where {N} {U} had gathered.',
      '{P} told reporters that the {T} {DATE} was the {W} {W} in years.',
      'Officials in {COUNTRY} said {N2} {U2} were still {K} by the evening.',
      'Some {PCT} of the {U} in {CITY} were {K}, {P} said.',
      '{P}, {ROLE}, called the {T} a {K} {W}.',
      'The {K} of the {T} was confirmed by {P} {DATE}.',
      'In {CITY}, {N} {U} took part, and {N2} {U2} were reported by {ORG}.',
      '{ORG} said the {K} and the {K} would be investigated.',
      'By the end of the day, {N2} {U2} had been {O}, {ORG} said.',
      'Footage from {CITY} showed the {K} of the {T}.',
      'Both {P} and {P} had warned about the {K} before the {T}.',
      '{PG} statement on the {T} mentioned {N} {U} and a {K} {W}.',
      'The {T} in {CITY} was the largest since {XDATE}, according to {P}.',
    ],
    quote: ['"{Q}," said {P}, {ROLE}.', '"{Q}," {P} told {ORG}.', '{P} said: "{Q}."', '"{Q}," added {P}.'],
    quoteClause: ['we have never seen {K} like this in {CITY}', 'the {T} is a {W} for the whole {W}', 'nobody expected the {K} to {W} so fast', 'the {W} must {W} the {K} now', 'people in {CITY} are asking for {W} and {W}'],
    filler: [
      'President {LEADER} has not commented on the {W} so far.',
      '{NGO} has repeatedly criticised the {W} in {COUNTRY}.',
      'The ruling {PARTY} said the {W} was {W} and {W}.',
      'The {W} of the {T} has been a {W} issue in {COUNTRY} for years.',
      'Critics say the {W} {W} and the {W} are part of a wider {W}.',
      'It was not the first {T} in {COUNTRY}: a similar {W} took place on {XDATE}.',
      'The government has promised a {W} {W}, but the {W} remains {W}.',
      'Analysts expect the {W} to {W} the {W} of the region.',
      'More than {M} {W} were reported in the {W} last year.',
      'The {W} and the {W} of the {K} are expected to {W} further.',
      'Many {W} in {COUNTRY} now see the {W} as a {W} of the {W}.',
      'The {W} {W} had already {W} the {W} in the past, observers noted.',
      'There is no {W} that the {W} will {W} the {W} soon.',
      'Local media described the {W} as {W} and {W}.',
      'The {W} was last {W} in the {W} of the {W}.',
    ],
  },
  furniture: ['Share this article', 'Advertisement', 'Sign up for our newsletter to receive the latest news every morning.', 'Follow us on social media', 'Print'],
  trailerHeading: 'Related stories',
  formatCount: (n) => grouped(n, ','),
  formatPercent: (n, rng) => (rng.chance(0.6) ? `${n}%` : `${n} percent`),
  eventDate(date, published, rng) {
    const style = dateStyle(date, published, rng);
    if (style === 'full') return rng.chance(0.7) ? `on ${month(date)} ${date.day}, ${date.year}` : `on ${date.day} ${month(date)} ${date.year}`;
    if (style === 'dayMonth') return rng.chance(0.7) ? `on ${SHORT[date.month - 1]} ${date.day}` : `on ${month(date)} ${date.day}`;
    if (style === 'weekdayDate') return `on ${WEEKDAYS[date.weekday]}, ${month(date)} ${date.day}`;
    const gap = published.n - date.n;
    return gap === 0 ? 'today' : gap === 1 && rng.chance(0.5) ? 'yesterday' : `on ${WEEKDAYS[date.weekday]}`;
  },
  otherDate: (d) => `${month(d)} ${d.day}, ${d.year}`,
  dateline: (city, p, rng) => (rng.chance(0.6) ? `${city.toUpperCase()}, ${SHORT[p.month - 1]} ${p.day} (Reuters) –` : `${city.toUpperCase()} (AP) —`),
  publishedStamp: (p) => `Published ${p.day} ${MONTHS[p.month - 1]} ${p.year}`,
  genitive: (name) => `${name}'s`,
  polish: capitaliseFirst,
};
