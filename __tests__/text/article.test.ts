import { analyzeCollection, sv, en } from '../../src/index.js';
import { findArticle } from '../../src/text/article.js';
import { readCorpus, REFERENCE_DATE } from '../helpers/corpus.js';

const seeds = readCorpus();
const seed = (prefix: string) => seeds.find((d) => d.id.startsWith(prefix)) as (typeof seeds)[number];

describe('the article inside a real page (the bundled seeds)', () => {
  const analysed = analyzeCollection(seeds.map(({ id, text, lang }) => ({ id, text, lang })), { referenceDate: REFERENCE_DATE }).documents;
  const title = (prefix: string) => analysed.find((d) => d.id.startsWith(prefix))?.title;

  test('the headline is found below the site lines (EU Reporter: "Anslut dig till vårt nätverk!", "EU")', () => {
    expect(title('000')).toBe('#Kazakhstan - Dussintals fängslade i en våldsamhet mot fredlig protest');
    const body = findArticle(seed('000').text, sv).body;
    expect(body).not.toContain('Anslut dig till vårt nätverk');
    expect(body.trimStart().startsWith('#Kazakhstan')).toBe(true);
  });

  test('a dated line above the headline stays in the text (a dateline: "Sunday, April 18")', () => {
    expect(title('002')).toBe('Kazakhstan: dozens of arrests during an opposition demonstration');
    expect(findArticle(seed('002').text, en).body).toContain('Sunday, April 18');
    expect(analysed.find((d) => d.id.startsWith('002'))?.eventDate).toBe('2021-04-18');
  });

  test('the crawler stamp of ReliefWeb\'s page is its publication date, not its title', () => {
    const doc = analysed.find((d) => d.id.startsWith('004'));
    expect(doc?.publishedAt).toBe('2019-06-12');
    expect(doc?.title.startsWith('UN Human Rights Office calls on Kazakhstan')).toBe(true);
  });
});

describe('findArticle', () => {
  test('skips menus, skip links and site names whose words the story never repeats', () => {
    const page = ['Gå direkt till innehåll', 'Nyheter Sport Kultur', 'Stockholms Tidning', 'Kraftigt jordskalv skakar södra Turkiet', 'Ett kraftigt jordskalv skakade södra Turkiet natten till måndag. Jordskalvet kändes ända till Syrien.'].join('\n');
    const article = findArticle(page, sv);
    expect(article.title).toBe('Kraftigt jordskalv skakar södra Turkiet');
    expect(article.body.split('\n')[0]).toBe('Kraftigt jordskalv skakar södra Turkiet');
  });

  test('lists of other stories above the article leave the text, dated or not', () => {
    const page = ['- Other story about a court - 21.11.2024', '- A third story - 20.11.2024', 'Police in Vienna hunted more gunmen on Tuesday after the attack in the city centre left four people dead.'].join('\n');
    const article = findArticle(page, en);
    expect(article.body).not.toContain('Other story');
    expect(article.title.startsWith('Police in Vienna')).toBe(true);
  });

  test('a page that opens with its story keeps its first line as the title; an empty page has none', () => {
    const page = 'Protesters stormed the parliament in the capital on Monday, the police said, and dozens were arrested.\nMore text follows.';
    expect(findArticle(page, en).title).toBe('Protesters stormed the parliament in the capital on Monday, the police said, and dozens were arrested.');
    expect(findArticle('   \n  ', en)).toEqual({ title: '', body: '   \n  ' });
  });
});
