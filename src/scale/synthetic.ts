// Synthetic news documents for load tests and benchmarks of the work stream: deterministic, distinct
// enough not to be near-duplicates of each other, and full of the statements the extractor codes.
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

/** The i-th synthetic document of a run (same seed, same documents); every third one is French. */
export function syntheticDocument(i: number, seed = 1, sentences = 14): ReadDocument {
  const random = mulberry32(seed * 1_000_003 + i);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)];
  const number = () => 2 + Math.floor(random() * 400);
  const french = i % 3 === 2;
  const templates = french ? FR : EN;
  const lines: string[] = [];
  for (let s = 0; s < sentences; s++) lines.push(pick(templates)(pick, number));
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  const published = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const title = french ? `Dépêche ${seed}-${i} : tensions nucléaires` : `Dispatch ${seed}-${i}: nuclear tensions`;
  const text = `${title}\n\n${lines.join(' ')}\n\n(${french ? 'Réf.' : 'Ref.'} ${seed}-${i}-${Math.floor(random() * 1e9)})`;
  return documentFromText(text, { source: `synthetic://${seed}/${i}`, lang: french ? 'fr' : 'en', title, published });
}

export function syntheticDocuments(count: number, seed = 1, start = 0): ReadDocument[] {
  return Array.from({ length: count }, (_, k) => syntheticDocument(start + k, seed));
}
