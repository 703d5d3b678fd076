/** Elided forms written before an apostrophe (`l'armée`, `qu'il`, `jusqu'au`). */
export const elisions = ["l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "presqu'"];

/** French additions to the `stopword` list: frequent news function words it lacks. */
export const extraStopwords = [
  'a', 'ont', 'été', 'être', 'fait', 'selon', 'plus', 'moins', 'lors', 'après', 'avant', 'depuis', 'contre',
  'entre', 'sans', 'sous', 'vers', 'chez', 'dont', 'où', 'cette', 'ces', 'ses', 'leurs', 'tous', 'toutes',
  'tout', 'toute', 'aussi', 'encore', 'déjà', 'bien', 'très', 'doit', 'doivent', 'peut', 'peuvent', 'dit',
  'déclaré', 'autres', 'autre', 'certains', 'certaines', 'plusieurs', 'ainsi', 'car', 'donc', 'alors',
  'm', 'mme', 'mlle', 'me', 'quelques', 'an', 'ans', 'jour', 'jours', 'lequel', 'laquelle', 'celui', 'celle', 'ceux', 'non', 'si',
];

/** Lower-case words that may stand inside a proper name: `Cour de justice`, `Parti du travail`. */
export const nameConnectors = ['de', 'du', 'des', 'la', 'le', "l'", "d'", 'pour', 'sur', 'von', 'van', 'al', 'bin'];

export const boilerplateCues = [
  'partager', 'partagez', 'imprimer', 'publié le', 'mis à jour', 'lire aussi', 'lire la suite', 'à lire aussi',
  'suivez-nous', 'commentaires', 'commenter', 'se connecter', 'publicité', "s'abonner", 'abonnez-vous',
  'tous droits réservés',
];

export const boilerplateParagraphCues = [
  'abonnement*', 'abonnez*', 'newsletter*', 'lettre d’information', "lettre d'information", 'cookies',
  'données personnelles', 'tous droits réservés', 'votre adresse e-mail', 'votre adresse mail',
];

export const trailerCues = [
  'à lire aussi', 'lire aussi', 'sur le même sujet', 'articles similaires', 'articles liés', 'voir aussi',
  'les plus lus', 'commentaires', 'laisser un commentaire', 'dans la même rubrique', 'partager cet article',
];

/** Country names news writes that ICU's region names lack (its official ones: `Türkiye`, `Czechia`). */
export const regionAliases: Readonly<Record<string, string>> = { Birmanie: 'MM', RDC: 'CD', 'République démocratique du Congo': 'CD', 'Grande-Bretagne': 'GB', Hollande: 'NL', 'Côte-d\'Ivoire': 'CI', Tchéquie: 'CZ' };
