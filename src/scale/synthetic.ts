// Synthetic news documents for load tests and benchmarks of the work stream: deterministic, full of the
// statements the extractor codes, and as unlike each other as unrelated real articles are.
//
// Each coded statement comes from a dozen templates, so on their own two dispatches share many 3-word
// shingles (median estimated Jaccard 0.14): every new one then met a near-duplicate candidate in ~4 % of
// the store, a cost that grew with the store and that real news does not have (the bundled articles,
// all on the same subject: median 0.00, max 0.09). Background sentences drawn at random from neutral
// word lists, as real articles carry prose that codes nothing, bring the synthetic profile down to
// that of real articles (test/scale/synthetic.test.ts).
import { createHash } from 'node:crypto';
import type { ReadDocument } from '../types.js';
import { mulberry32 } from '../util/mulberry32.js';

const ACTORS_EN = ['Russia', 'The United States', 'China', 'North Korea', 'Iran', 'France', 'The United Kingdom', 'NATO', 'Pakistan', 'India', 'Israel'];
const LEADERS_EN = ['Vladimir Putin', 'Joe Biden', 'Xi Jinping', 'Kim Jong Un', 'Emmanuel Macron', 'Dmitry Medvedev', 'Jens Stoltenberg', 'Sergei Lavrov'];
const ACTORS_FR = ['La Russie', 'Les États-Unis', 'La Chine', 'La Corée du Nord', "L'Iran", 'La France', 'Le Royaume-Uni', "L'OTAN", 'Le Pakistan', "L'Inde"];
const LEADERS_FR = ['Vladimir Poutine', 'Joe Biden', 'Xi Jinping', 'Kim Jong-un', 'Emmanuel Macron', 'Dmitri Medvedev', 'Sergueï Lavrov'];
const PLACES = ['Belarus', 'Kaliningrad', 'the Baltic Sea', 'the Korean peninsula', 'the Black Sea', 'Crimea', 'the Arctic', 'the Pacific'];
const SYSTEMS = ['Iskander', 'Sarmat', 'Hwasong-18', 'Minuteman III', 'Kinzhal', 'Tomahawk', 'Burevestnik', 'Trident II'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** Everyday words for background sentences: no actor, weapon, threat, speech cue or time word among them. */
const BACKGROUND_EN = (
  'apple agenda airport amber archive anchor avenue bakery balcony basket bicycle blanket bridge budget ' +
  'candle calendar canal carpet cathedral ceiling cellar chapter cheese cinema citizen climate coastal coffee ' +
  'college concert cottage county courtyard crowd cultural customer dusty delivery dentist desert dinner ' +
  'district doctor dozen elegant engine exhibit factory family farmer festival fishing forest fountain ' +
  'garden gentle harbour harvest highway hammock hospital island journey kitchen ladder lantern library ' +
  'little local lunch market meadow modest marble mountain museum narrow neighbour noisy orchard painter ' +
  'parcel parking pastry patient pleasant pocket potato quiet railway recipe region river rural saddle ' +
  'school saucer shelter shopping silver sleepy smooth pebble square stadium station steady street sugar ' +
  'sunny teacher theatre ticket timber tourist traffic tunnel valley village visitor warm wagon wheat ' +
  'window willow wooden yellow young'
).split(' ');
const BACKGROUND_FR = (
  'affiche agenda allée ardoise avenue balcon banlieue bateau bibliothèque boulangerie boutique budget ' +
  'cahier calendrier campagne canal carnet cathédrale cave chapitre château chemin cinéma citoyen climat ' +
  'colline commerce concert confiture cour cuisine culturel dentelle docteur douce école église élégant ' +
  'étagère famille farine ferme festival fenêtre fleuve fontaine forêt fromage gare gentil grenier habitant ' +
  'hérisson hôpital horloge île jardin jupe jonquille lanterne légume librairie lumière lycée marché marmite ' +
  'médecin modeste montagne moulin musée musique neige paisible panier parc passant pâtisserie paysage ' +
  'peintre pluie pomme pont pinceau quartier rivière route rural savon salon serrure sucrier soleil ' +
  'square stade tableau théâtre tranquille train tunnel vallée vélo verger village visiteur voisin wagon'
).split(' ');

type Pick = <T>(items: readonly T[]) => T;

const EN: ((p: Pick, n: () => number) => string)[] = [
  (p) => `${p(LEADERS_EN)} warned that any attack would be met with a nuclear response.`,
  (p, n) => `${p(ACTORS_EN)} test-fired a ${p(SYSTEMS)} missile on ${p(MONTHS_EN)} ${1 + (n() % 28)}, the defence ministry said.`,
  (p, n) => `${p(ACTORS_EN)} said it had deployed ${n()} tactical nuclear warheads to ${p(PLACES)}.`,
  (p) => `"We will use all the means at our disposal," ${p(LEADERS_EN)} told reporters on Tuesday.`,
  (p) => `${p(ACTORS_EN)} raised the alert level of its strategic forces after the strike.`,
  (p) => `${p(ACTORS_EN)} announced it was suspending its participation in the New START treaty.`,
  (_p, n) => `Analysts put the risk of nuclear use at between ${1 + (n() % 9)} and 10 percent this year.`,
  (p) => `${p(ACTORS_EN)} held a large exercise of its nuclear forces near ${p(PLACES)}.`,
  (p) => `${p(LEADERS_EN)} called for talks to reduce tensions and pledged restraint.`,
  (p, n) => `Officials said ${n()} drones and missiles were launched overnight against targets in ${p(PLACES)}.`,
  () => `The statement did not say when the change to the doctrine would take effect.`,
  (p) => `${p(ACTORS_EN)} accused ${p(ACTORS_EN)} of preparing a false-flag operation with a dirty bomb.`,
];

const FR: ((p: Pick, n: () => number) => string)[] = [
  (p) => `${p(LEADERS_FR)} a averti que toute attaque entraînerait une riposte nucléaire.`,
  (p, n) => `${p(ACTORS_FR)} a procédé au tir d'un missile ${p(SYSTEMS)} le ${1 + (n() % 28)} ${p(MONTHS_FR)}, selon le ministère de la défense.`,
  (p, n) => `${p(ACTORS_FR)} a annoncé le déploiement de ${n()} ogives nucléaires tactiques.`,
  (p) => `« Nous utiliserons tous les moyens à notre disposition », a déclaré ${p(LEADERS_FR)} mardi.`,
  (p) => `${p(ACTORS_FR)} a relevé le niveau d'alerte de ses forces stratégiques après la frappe.`,
  (p) => `${p(ACTORS_FR)} a suspendu sa participation au traité New START.`,
  (p) => `${p(ACTORS_FR)} a mené un vaste exercice de ses forces nucléaires.`,
  (p) => `${p(LEADERS_FR)} a appelé à des négociations pour réduire les tensions.`,
  (_p, n) => `Selon les autorités, ${n()} drones et missiles ont été lancés dans la nuit.`,
  (p) => `${p(ACTORS_FR)} a modifié sa doctrine nucléaire pour abaisser le seuil d'emploi.`,
];


/** A ReadDocument for a text, its id the sha256 of the text, as the read stage makes it. */
export function documentFromText(text: string, meta: { source: string; lang: string; title?: string | null; published?: string | null }): ReadDocument {
  return {
    id: createHash('sha256').update(text).digest('hex'),
    source: meta.source,
    title: meta.title ?? null,
    lang: meta.lang,
    published: meta.published ?? null,
    removedBoilerplate: [],
    raw: text,
    text,
    langScore: 1,
    publishedFrom: meta.published ? 'metadata' : null,
  };
}

/** Background sentences written after each coded statement. */
const BACKGROUND_PER_STATEMENT = 3;

/** A sentence of 9 to 16 background words, capitalised, ending with a full stop. */
function backgroundSentence(words: readonly string[], random: () => number): string {
  const count = 9 + Math.floor(random() * 8);
  const picked = Array.from({ length: count }, () => words[Math.floor(random() * words.length)]);
  return `${picked[0][0].toUpperCase()}${picked[0].slice(1)} ${picked.slice(1).join(' ')}.`;
}

/**
 * The i-th synthetic document of a run (same seed, same documents); every third one is French. Each of
 * its `statements` coded statements starts a paragraph followed by background sentences.
 */
export function syntheticDocument(i: number, seed = 1, statements = 8): ReadDocument {
  const random = mulberry32(seed * 1_000_003 + i);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)];
  const number = () => 2 + Math.floor(random() * 400);
  const french = i % 3 === 2;
  const templates = french ? FR : EN;
  const background = french ? BACKGROUND_FR : BACKGROUND_EN;
  const paragraphs: string[] = [];
  for (let s = 0; s < statements; s++) {
    const sentences = [pick(templates)(pick, number)];
    for (let b = 0; b < BACKGROUND_PER_STATEMENT; b++) sentences.push(backgroundSentence(background, random));
    paragraphs.push(sentences.join(' '));
  }
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  const published = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const title = french ? `Dépêche ${seed}-${i} : tensions nucléaires` : `Dispatch ${seed}-${i}: nuclear tensions`;
  const text = `${title}\n\n${paragraphs.join('\n\n')}\n\n(${french ? 'Réf.' : 'Ref.'} ${seed}-${i}-${Math.floor(random() * 1e9)})`;
  return documentFromText(text, { source: `synthetic://${seed}/${i}`, lang: french ? 'fr' : 'en', title, published });
}

export function syntheticDocuments(count: number, seed = 1, start = 0): ReadDocument[] {
  return Array.from({ length: count }, (_, k) => syntheticDocument(start + k, seed));
}
