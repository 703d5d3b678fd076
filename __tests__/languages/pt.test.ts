import { pt } from '../../src/languages/index.js';
import { describeLanguage } from './languageSuite.js';

describeLanguage({
  profile: pt,
  stems: [
    ['govern', ['governo', 'governos']],
    ['inund', ['inundação', 'inundações']],
    ['evacu', ['evacuados', 'evacuadas', 'evacuação']],
    ['bombeir', ['bombeiros', 'bombeiro']],
    ['cidad', ['cidade', 'cidades']],
  ],
  stopwords: [
    ['Segundo a polícia, duas pessoas ficaram gravemente feridas no acidente na autoestrada.', ['polícia', 'pessoas', 'ficaram', 'gravemente', 'feridas', 'acidente', 'autoestrada']],
    ['O governo disse que as escolas vão reabrir depois do verão.', ['governo', 'escolas', 'vão', 'reabrir', 'verão']],
  ],
  dates: [
    { name: 'with year', text: 'O julgamento começa a 22 de fevereiro de 2027 no Tribunal de Lisboa.', publishedAt: '2026-03-16', values: ['2027-02-22'], explicitYear: true, weekday: false },
    { name: 'without year', text: 'A manifestação realizou-se no dia 14 de março em frente à Assembleia da República.', publishedAt: '2026-03-16', values: ['2026-03-14'], explicitYear: false, weekday: false },
    { name: 'with weekday', text: 'No sábado, 14 de março, muitas lojas ficaram fechadas.', publishedAt: null, values: ['2026-03-14'], explicitYear: false, weekday: true },
    { name: 'with a hyphenated weekday', text: 'Na terça-feira, 10 de novembro de 2026, o ministro falou aos jornalistas.', publishedAt: null, values: ['2026-11-10'], explicitYear: true, weekday: true },
  ],
});

test('a Portuguese ordinal (`a segunda maior cidade`) is not read as a weekday', () => {
  expect(pt.weekdays.flat()).not.toContain('segunda');
});
