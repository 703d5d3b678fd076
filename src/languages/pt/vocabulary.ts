/**
 * Portuguese additions to the `stopword` list (106 words): the forms of `ser`, `estar`, `ter` and
 * `haver`, contractions (`nesta`, `pelo`), and frequent news function words it lacks.
 */
export const extraStopwords = [
  'é', 'são', 'foi', 'foram', 'era', 'eram', 'ser', 'sido', 'será', 'serão', 'seja', 'seria', 'está', 'estão',
  'estava', 'estavam', 'estar', 'estado', 'tem', 'têm', 'ter', 'tinha', 'tinham', 'teve', 'tido', 'há', 'havia',
  'haver', 'houve', 'pode', 'podem', 'poderá', 'poderia', 'deve', 'devem', 'disse', 'afirmou', 'declarou',
  'informou', 'explicou', 'segundo', 'conforme', 'após', 'antes', 'durante', 'desde', 'sobre', 'sob', 'contra',
  'cerca', 'perto', 'ainda', 'onde', 'outro', 'outra', 'outros', 'outras', 'todo', 'toda', 'todos', 'todas',
  'cada', 'vários', 'várias', 'alguns', 'algumas', 'algum', 'alguma', 'nenhum', 'nenhuma', 'menos', 'apenas',
  'quase', 'vez', 'vezes', 'nesta', 'neste', 'nestas', 'nestes', 'nessa', 'nesse', 'desta', 'deste', 'dessa',
  'desse', 'naquele', 'naquela', 'daquele', 'daquela', 'dum', 'duma', 'ano', 'anos', 'dia', 'dias', 'sr', 'sra',
  'dr', 'assim', 'porque', 'pois', 'enquanto', 'embora', 'sim', 'lá', 'aqui', 'tão', 'tanto', 'mesma', 'mesmos',
  'mesmas',
  // number words two to ten: counts that matter are written in digits
  'dois', 'duas', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez',
];

/** Lower-case words that may stand inside a proper name: `Ministério da Saúde`, `Banco do Brasil`. */
export const nameConnectors = ['de', 'do', 'da', 'dos', 'das', 'van', 'von', 'al', 'bin'];

export const boilerplateCues = [
  'partilhar', 'compartilhar', 'compartilhe', 'imprimir', 'publicado', 'publicado em', 'atualizado',
  'atualizado em', 'leia mais', 'leia também', 'siga-nos', 'publicidade', 'comentários', 'comentar',
  'assine', 'todos os direitos reservados',
];

export const boilerplateParagraphCues = [
  'assinatura*', 'assine*', 'newsletter*', 'cookies', 'política de privacidade',
  'todos os direitos reservados', 'seu e-mail', 'o seu e-mail',
];

export const trailerCues = [
  'leia também', 'notícias relacionadas', 'veja também', 'mais lidas', 'as mais lidas', 'comentários',
  'deixe um comentário', 'mais notícias', 'conteúdo relacionado',
];
