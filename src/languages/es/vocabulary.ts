/**
 * Spanish additions to the `stopword` list, which has only 57 distinct words: articles,
 * contractions, pronouns, the forms of `ser`, `estar`, `haber` and `tener`, and news verbs of saying.
 */
export const extraStopwords = [
  'unos', 'unas', 'e', 'u', 'ante', 'bajo', 'entre', 'hacia', 'mediante', 'según', 'tras', 'este', 'esta', 'estos',
  'estas', 'esa', 'esos', 'esas', 'aquel', 'aquella', 'aquellos', 'aquellas', 'esto', 'ello', 'ellas', 'ellos',
  'nosotros', 'vosotros', 'usted', 'ustedes', 'les', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'suyo', 'suya',
  'cuyo', 'cuya', 'es', 'son', 'fue', 'fueron', 'era', 'eran', 'ser', 'sido', 'será', 'serán', 'sea', 'sería',
  'está', 'están', 'estaba', 'estaban', 'estar', 'estado', 'ha', 'han', 'había', 'habían', 'haber', 'habido',
  'hay', 'he', 'hemos', 'tiene', 'tienen', 'tenía', 'tener', 'tuvo', 'puede', 'pueden', 'podría', 'debe', 'deben',
  'dijo', 'afirmó', 'aseguró', 'explicó', 'señaló', 'indicó', 'informó', 'añadió', 'así', 'aún', 'tampoco',
  'además', 'sólo', 'solo', 'todo', 'toda', 'todos', 'todas', 'otra', 'otros', 'otras', 'mismo', 'misma', 'cada',
  'varios', 'varias', 'algunos', 'algunas', 'alguno', 'alguna', 'ningún', 'ninguna', 'mucho', 'muchos', 'muchas',
  'pocos', 'menos', 'tan', 'tanto', 'cómo', 'quienes', 'cuales', 'mientras', 'aunque', 'pues', 'sino', 'si', 'año',
  'años', 'día', 'días', 'sr', 'sra', 'don', 'doña', 'cerca', 'casi', 'luego', 'después', 'antes', 'entonces',
  'allí', 'aquí',
  // number words two to ten: counts that matter are written in digits
  'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez',
];

/** Lower-case words that may stand inside a proper name: `Ministerio de Sanidad`, `Banco Central del Perú`. */
export const nameConnectors = ['de', 'del', 'la', 'las', 'los', 'el', 'y', 'van', 'von', 'al', 'bin'];

export const boilerplateCues = [
  'compartir', 'comparte', 'imprimir', 'publicado', 'publicado el', 'actualizado', 'leer más', 'lee también',
  'lea también', 'síguenos', 'publicidad', 'comentarios', 'comentar', 'iniciar sesión', 'suscríbete',
  'todos los derechos reservados',
];

export const boilerplateParagraphCues = [
  'suscripción*', 'suscríbete*', 'boletín*', 'newsletter*', 'cookies', 'política de privacidad',
  'todos los derechos reservados', 'tu correo electrónico', 'su correo electrónico',
];

export const trailerCues = [
  'noticias relacionadas', 'te puede interesar', 'también te puede interesar', 'lee también', 'lea también',
  'más noticias', 'lo más leído', 'comentarios', 'deja un comentario', 'contenido relacionado',
];
