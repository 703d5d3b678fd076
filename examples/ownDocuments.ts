/**
 * Your own documents: an earthquake reported in English, French and Swedish, and a second,
 * unrelated earthquake in the same region two months later. Shows the evidence for a pair.
 *
 *   npx tsx examples/ownDocuments.ts
 */
import { clusterDocuments } from 'event-clusters';
import { describeLink, printClusters } from './print.js';

const documents = [
  {
    id: 'en-quake',
    lang: 'en',
    publishedAt: '2023-02-07',
    text: `A magnitude 7.8 earthquake struck southern Turkey and northern Syria on Monday, February 6, 2023, killing more than 5,000 people.
The quake hit near Gaziantep before dawn. Turkish President Recep Tayyip Erdogan declared seven days of national mourning, and rescue teams from the European Union arrived in Kahramanmaras.`,
  },
  {
    id: 'fr-seisme',
    lang: 'fr',
    publishedAt: '2023-02-07',
    text: `Un séisme de magnitude 7,8 a frappé le sud de la Turquie et le nord de la Syrie lundi 6 février 2023. Le bilan dépasse 5 000 morts.
L'épicentre se situe près de Gaziantep. Le président Recep Tayyip Erdoğan a décrété sept jours de deuil national ; des secouristes de l'Union européenne sont arrivés à Kahramanmaraş.`,
  },
  {
    id: 'sv-jordbavning',
    lang: 'sv',
    publishedAt: '2023-02-07',
    text: `En jordbävning med magnituden 7,8 drabbade södra Turkiet och norra Syrien på måndagen den 6 februari. Över 5 000 människor har omkommit.
Skalvet inträffade nära Gaziantep före gryningen. President Recep Tayyip Erdoğan utlyste sju dagars landssorg och räddningsarbetare från EU har anlänt till Kahramanmaraş.`,
  },
  {
    id: 'en-aftershock',
    lang: 'en',
    publishedAt: '2023-04-21',
    text: `A magnitude 5.6 earthquake shook the Turkish province of Malatya on Thursday, April 20, 2023, injuring 27 people and damaging buildings already weakened in February.
The disaster agency AFAD said search teams were checking collapsed homes in Yesilyurt.`,
  },
];

const result = clusterDocuments(documents);
printClusters(result);

console.log('\nWhy the English and Swedish reports are one event:');
console.log(`  ${describeLink(result.evidence('en-quake', 'sv-jordbavning'))}`);
console.log('Why the April aftershock is another event:');
console.log(`  ${describeLink(result.evidence('en-quake', 'en-aftershock'))}`);
