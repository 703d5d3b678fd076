import { es } from '../../src/languages/index.js';
import { describeLanguage } from './languageSuite.js';

describeLanguage({
  profile: es,
  stems: [
    ['inund', ['inundación', 'inundaciones']],
    ['evacu', ['evacuados', 'evacuadas', 'evacuación']],
    ['bomber', ['bomberos', 'bombero']],
    ['inform', ['información', 'informaciones']],
    ['her', ['heridos', 'herida']],
  ],
  stopwords: [
    [
      'Según la policía, dos personas resultaron heridas de gravedad en el accidente de la autopista.',
      ['policía', 'personas', 'resultaron', 'heridas', 'gravedad', 'accidente', 'autopista'],
    ],
    [
      'El Gobierno ha anunciado que las ayudas llegarán a todos los afectados antes del verano.',
      ['gobierno', 'anunciado', 'ayudas', 'llegarán', 'afectados', 'verano'],
    ],
  ],
  dates: [
    { name: 'with year', text: 'El juicio comenzará el 22 de febrero de 2027 en la Audiencia Nacional.', publishedAt: '2026-03-16', values: ['2027-02-22'], explicitYear: true, weekday: false },
    { name: 'without year', text: 'La manifestación tuvo lugar el 14 de marzo frente al Congreso.', publishedAt: '2026-03-16', values: ['2026-03-14'], explicitYear: false, weekday: false },
    { name: 'with weekday', text: 'El sábado 14 de marzo muchas tiendas permanecieron cerradas.', publishedAt: null, values: ['2026-03-14'], explicitYear: false, weekday: true },
    { name: 'range', text: 'La feria se celebra del 9 al 11 de junio de 2025 en Sevilla.', publishedAt: null, values: ['2025-06-09', '2025-06-11'], explicitYear: true, weekday: false },
    { name: 'ordinal', text: 'El 1.º de mayo de 2026 hubo marchas en todo el país.', publishedAt: null, values: ['2026-05-01'], explicitYear: true, weekday: false },
  ],
});
