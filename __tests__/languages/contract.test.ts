import { detectLanguage } from '../../src/index.js';
import { LANGUAGES } from '../../src/languages/index.js';
import type { LanguageProfile } from '../../src/languages/types.js';

/** Every registered profile obeys the same contract (cf. date-fns' all-locales test). */
const profiles: [string, LanguageProfile][] = [...LANGUAGES];

/** Two or three sentences of news in each language: the same story, a climate law. */
const samples = new Map<string, string>([
  ['sv', 'Regeringen lade på onsdagen fram en ny klimatlag. Enligt departementet ska utsläppen halveras till 2030. Oppositionen kritiserade förslaget som för svagt.'],
  ['fr', "Le gouvernement a adopté mercredi une nouvelle loi sur le climat. Selon le ministère, les émissions devront être réduites de moitié d'ici 2030. L'opposition a jugé le texte trop faible."],
  ['en', 'The government approved a new climate law on Wednesday. According to the ministry, emissions are to be halved by 2030. The opposition called the bill too weak.'],
  ['de', 'Die Bundesregierung hat am Mittwoch ein neues Klimaschutzgesetz beschlossen. Nach Angaben des Ministeriums sollen die Emissionen bis 2030 um die Hälfte sinken. Die Opposition kritisierte den Entwurf als zu schwach.'],
  ['es', 'El Gobierno aprobó el miércoles una nueva ley de protección del clima. Según el ministerio, las emisiones se reducirán a la mitad antes de 2030. La oposición criticó el proyecto por considerarlo insuficiente.'],
  ['it', "Il governo ha approvato mercoledì una nuova legge sul clima. Secondo il ministero, le emissioni dovranno dimezzarsi entro il 2030. L'opposizione ha criticato il testo, giudicandolo troppo debole."],
  ['nl', 'Het kabinet heeft woensdag een nieuwe klimaatwet aangenomen. Volgens het ministerie moet de uitstoot tegen 2030 worden gehalveerd. De oppositie noemde het voorstel te zwak.'],
  ['pt', 'O governo aprovou na quarta-feira uma nova lei de proteção do clima. Segundo o ministério, as emissões deverão cair para metade até 2030. A oposição criticou o projeto por ser demasiado fraco.'],
  ['no', 'Regjeringen la onsdag fram en ny klimalov. Ifølge departementet skal utslippene halveres innen 2030. Opposisjonen mener forslaget er for svakt.'],
  ['da', 'Regeringen fremlagde onsdag en ny klimalov. Ifølge ministeriet skal udledningerne halveres inden 2030. Oppositionen kalder forslaget for svagt.'],
  ['fi', 'Hallitus hyväksyi keskiviikkona uuden ilmastolain. Ministeriön mukaan päästöt on tarkoitus puolittaa vuoteen 2030 mennessä. Oppositio arvosteli esitystä liian heikoksi.'],
]);

const ODD_WORDS = ['', 'x', 'ab', 'a'.repeat(200), '12345', '3,14', '🙂', '🇸🇪', 'ß', 'İ', '\u0301', 'x\u0301', 'ﬁ', '-', "'"];

function isLowerNfc(word: string): boolean {
  return word === word.normalize('NFC') && word === word.toLowerCase();
}

function vocabularyOf(p: LanguageProfile): string[] {
  return [
    ...p.months.flat(), ...p.weekdays.flat(), ...p.stopwords, ...p.elisions, ...p.apostropheSuffixes, ...p.nameConnectors,
    ...p.dayOrdinalSuffixes, ...p.dayArticles, ...(p.monthPrepositions ?? []), ...p.dayConnectors,
    ...p.relativeDays.today, ...p.relativeDays.yesterday, ...p.relativeDays.tomorrow,
    ...p.boilerplateCues, ...p.boilerplateParagraphCues, ...p.trailerCues,
  ];
}

describe.each(profiles)('profile %s', (key, profile) => {
  test('is registered under its own code: two lower-case letters, with a three-letter ISO 639-3 code', () => {
    expect(profile.code).toBe(key);
    expect(profile.code).toMatch(/^[a-z]{2}$/u);
    expect(profile.iso639_3).toMatch(/^[a-z]{3}$/u);
    expect(profile.name.length).toBeGreaterThan(0);
    expect(Object.isFrozen(profile)).toBe(true);
  });

  test('has 12 month groups and 7 weekday groups, none empty, no form in two groups', () => {
    expect(profile.months).toHaveLength(12);
    expect(profile.weekdays).toHaveLength(7);
    for (const groups of [profile.months, profile.weekdays]) {
      for (const group of groups) expect(group.length).toBeGreaterThan(0);
      const forms = groups.flat();
      expect(new Set(forms).size).toBe(forms.length);
    }
    expect(profile.dateOrders.length).toBeGreaterThan(0);
  });

  test('writes all its words in lower case, NFC, without surrounding spaces', () => {
    const bad = vocabularyOf(profile).filter((w) => !isLowerNfc(w) || w.trim() !== w || w.length === 0);
    expect(bad).toEqual([]);
  });

  test('has stop words, and no calendar word is a stop word it would hide from dates', () => {
    expect(profile.stopwords.size).toBeGreaterThanOrEqual(50);
    expect(profile.months.flat().filter((m) => m.length > 4 && profile.stopwords.has(m))).toEqual([]);
  });

  test.each(ODD_WORDS.map((w) => [w]))('stems %j without throwing, to a string, the same way every time', (word) => {
    const once = profile.stem(word);
    expect(typeof once).toBe('string');
    expect(profile.stem(word)).toBe(once);
    expect(typeof profile.stem(once)).toBe('string');
  });

  test('stems a word of its own to something shorter or equal, and leaves long words alone', () => {
    const word = profile.months[0]?.[0] ?? '';
    expect(profile.stem(word).length).toBeLessThanOrEqual(word.length);
    expect(profile.stem('a'.repeat(200))).toBe('a'.repeat(200));
  });

  test('splits compounds, if it does, into non-empty lower-case parts without throwing', () => {
    for (const word of ['', 'x', 'a'.repeat(200), '2026', 'regierungsbildung', 'bundesregierung']) {
      const parts = profile.splitCompound?.(word) ?? [word];
      expect(parts.length).toBeGreaterThan(0);
      for (const part of parts) expect(isLowerNfc(part)).toBe(true);
    }
  });

  test('a news sample in this language is detected as this language', () => {
    const sample = samples.get(profile.code);
    expect(sample).toBeDefined();
    expect(detectLanguage(sample ?? '', LANGUAGES.values()).code).toBe(profile.code);
  });
});

describe('languages without a profile go to the language-neutral profile', () => {
  test.each([
    ['Polish', 'Rząd przyjął w środę nową ustawę klimatyczną. Według ministerstwa emisje mają zostać zmniejszone o połowę do 2030 roku. Opozycja uznała projekt za zbyt słaby.'],
    ['Czech', 'Vláda ve středu schválila nový klimatický zákon. Podle ministerstva se mají emise do roku 2030 snížit na polovinu. Opozice návrh označila za příliš slabý.'],
    ['Romanian', 'Guvernul a aprobat miercuri o nouă lege a climei. Potrivit ministerului, emisiile trebuie reduse la jumătate până în 2030. Opoziția a criticat proiectul ca fiind prea slab.'],
    ['Turkish', 'Hükümet çarşamba günü yeni bir iklim yasasını onayladı. Bakanlığa göre emisyonlar 2030 yılına kadar yarıya indirilecek. Muhalefet tasarıyı çok zayıf buldu.'],
    ['Estonian', 'Valitsus kiitis kolmapäeval heaks uue kliimaseaduse. Ministeeriumi sõnul tuleb heitkogused 2030. aastaks poole võrra vähendada. Opositsioon pidas eelnõu liiga nõrgaks.'],
    ['Icelandic', 'Ríkisstjórnin samþykkti á miðvikudag ný loftslagslög. Samkvæmt ráðuneytinu á að helminga losun fyrir árið 2030. Stjórnarandstaðan sagði frumvarpið of veikt.'],
  ])('%s', (_language, text) => {
    expect(detectLanguage(text, LANGUAGES.values()).code).toBe('und');
  });

  /*
   * eld names these languages (hu, ca); we have no profile for them, and Spanish stop words
   * (`a`, `el`, `de`, `la`) must not claim them: the stop-word fallback only speaks for
   * profiles eld does not know.
   */
  test.each([
    ['Hungarian', 'A kormány szerdán új klímatörvényt fogadott el. A minisztérium szerint a kibocsátást 2030-ig felére kell csökkenteni. Az ellenzék szerint a javaslat túl gyenge.'],
    ['Catalan', "El Govern va aprovar dimecres una nova llei del clima. Segons el ministeri, les emissions s'han de reduir a la meitat abans del 2030. L'oposició va criticar el projecte per insuficient."],
  ])('%s goes to the neutral profile, not to a neighbour with similar stop words', (_language, text) => {
    expect(detectLanguage(text, LANGUAGES.values()).code).toBe('und');
  });
});
