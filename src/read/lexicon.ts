// Loads the line-rule lexicon (data/read/lexicon.yaml): versioned data, validated at load.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { EscaladeError } from '../errors.js';
import { foldForMatch } from './text-utils.js';

const phraseList = z.array(z.string().min(1));

const LexiconSchema = z.object({
  version: z.number().int().positive(),
  sources: z.array(z.string().min(1)).min(1),
  shareWords: phraseList,
  sharePrefixes: phraseList,
  readMoreCues: z.array(z.object({ text: z.string().min(1), inline: z.boolean(), aloneOnly: z.boolean().default(false) })),
  legalCues: phraseList.default([]),
  publisherNotes: phraseList.default([]),
  referenceMarkers: z.array(z.string().length(1)).default([]),
  editLinks: phraseList.default([]),
  sectionCues: phraseList.default([]),
  wireNotes: phraseList.default([]),
  navPrefixes: z.array(z.object({ text: z.string().min(1), caseSensitive: z.boolean() })),
  navLines: phraseList,
  adLines: phraseList,
  commentForm: phraseList,
  followCues: phraseList,
  followPrefixes: phraseList,
  consentCues: phraseList.default([]),
  copyrightCues: phraseList.default([]),
  labelPrefixes: phraseList.default([]),
  tagLabels: phraseList.default([]),
  creditPrefixes: phraseList.default([]),
  bylinePrefixes: phraseList.default([]),
  anonymousBylines: phraseList.default([]),
  bylineRoleWords: phraseList.default([]),
  bareBylines: phraseList.default([]),
  printEditionLabels: phraseList.default([]),
  agencies: phraseList.default([]),
  creditWords: phraseList.default([]),
  timestampLabels: phraseList.default([]),
  dateWords: phraseList.default([]),
  monthWords: phraseList.default([]),
  readingTimeWords: phraseList.default([]),
  siteNames: phraseList,
  titleCaseConnectors: phraseList,
  functionWords: phraseList,
});

type RawLexicon = z.infer<typeof LexiconSchema>;

/** The lexicon with phrases folded (see foldForMatch) and put in sets for O(1) look-ups. */
export interface Lexicon {
  version: number;
  shareWords: Set<string>;
  sharePrefixes: string[];
  /** aloneOnly: a cue only when it is the whole line (« Pour mémoire » also starts sentences). */
  readMoreCues: { text: string; inline: boolean; aloneOnly: boolean }[];
  /** Legal notices and disclaimers of a page footer (contained in a short line). */
  legalCues: string[];
  /** A publisher's note ("<Site> est édité par <Company>"): contained in a short line that is no real sentence (v22). */
  publisherNotes: string[];
  /** Characters that open an entry of a reference list ("¹", "↑"). */
  referenceMarkers: Set<string>;
  /** Edit links that end an encyclopaedia heading ("[modifier | modifier le code]", "[edit]"). */
  editLinks: string[];
  /** "more from": followed by a short section name and a colon, a cross-link line. */
  sectionCues: string[];
  wireNotes: string[];
  navPrefixes: { text: string; caseSensitive: boolean }[];
  navLines: Set<string>;
  adLines: Set<string>;
  commentForm: string[];
  followCues: string[];
  followPrefixes: string[];
  /** Cookie and consent banner phrases (contained in a line). */
  consentCues: string[];
  /** "All rights reserved" and its translations (contained in a short line). */
  copyrightCues: string[];
  /** Metadata labels ("tags", "mots-clés", "source", "photo"), longest first. */
  labelPrefixes: string[];
  /** Tag-list labels that may stand without a colon before a Title-Case list ("Tags Kim Jong Un North Korea"). */
  tagLabels: string[];
  /** Wire credits ("reporting by"), longest first. */
  creditPrefixes: string[];
  /** "by", "par"..., longest first. */
  bylinePrefixes: string[];
  anonymousBylines: Set<string>;
  /** "correspondent", "reporter"...: "By our Defence Correspondent" names no person. */
  bylineRoleWords: Set<string>;
  /** Anonymous bylines that stand alone on their line, without "by"/"par". */
  bareBylines: Set<string>;
  /** "published in", "paru dans": before a publication name and a date. */
  printEditionLabels: string[];
  agencies: Set<string>;
  creditWords: Set<string>;
  /** "updated", "mis à jour le"..., longest first. */
  timestampLabels: string[];
  dateWords: Set<string>;
  monthWords: Set<string>;
  /** Words around a duration that make a reading-time or audio label ("3 min read"). */
  readingTimeWords: Set<string>;
  siteNames: Set<string>;
  titleCaseConnectors: Set<string>;
  functionWords: Set<string>;
}

export const DEFAULT_LEXICON_PATH = fileURLToPath(new URL('../../data/read/lexicon.yaml', import.meta.url));

let cached: Lexicon | null = null;

export function loadLexicon(path: string = DEFAULT_LEXICON_PATH): Lexicon {
  if (path === DEFAULT_LEXICON_PATH && cached) return cached;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new EscaladeError(`cannot read lexicon ${path}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new EscaladeError(`lexicon ${path} is not valid YAML: ${(error as Error).message}`);
  }
  const parsed = LexiconSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    throw new EscaladeError(`lexicon ${path}: field "${field}": ${issue.message}`);
  }
  const lexicon = compile(parsed.data);
  if (path === DEFAULT_LEXICON_PATH) cached = lexicon;
  return lexicon;
}

function compile(raw: RawLexicon): Lexicon {
  const fold = (list: string[]) => list.map(foldForMatch);
  return {
    version: raw.version,
    shareWords: new Set(fold(raw.shareWords)),
    sharePrefixes: fold(raw.sharePrefixes),
    // Longest cue first, so "à lire aussi" wins over "lire aussi" and "related articles" over "related".
    readMoreCues: raw.readMoreCues
      .map((c) => ({ text: foldForMatch(c.text), inline: c.inline, aloneOnly: c.aloneOnly }))
      .sort((a, b) => b.text.length - a.text.length),
    sectionCues: fold(raw.sectionCues),
    wireNotes: fold(raw.wireNotes),
    navPrefixes: raw.navPrefixes.map((p) => ({ text: p.caseSensitive ? p.text : foldForMatch(p.text), caseSensitive: p.caseSensitive })),
    navLines: new Set(fold(raw.navLines)),
    adLines: new Set(fold(raw.adLines)),
    commentForm: fold(raw.commentForm),
    followCues: fold(raw.followCues),
    followPrefixes: fold(raw.followPrefixes),
    consentCues: fold(raw.consentCues),
    legalCues: fold(raw.legalCues),
    publisherNotes: fold(raw.publisherNotes),
    referenceMarkers: new Set(raw.referenceMarkers),
    editLinks: fold(raw.editLinks),
    copyrightCues: fold(raw.copyrightCues),
    labelPrefixes: longestFirst(fold(raw.labelPrefixes)),
    tagLabels: longestFirst(fold(raw.tagLabels)),
    creditPrefixes: longestFirst(fold(raw.creditPrefixes)),
    bylinePrefixes: longestFirst(fold(raw.bylinePrefixes)),
    anonymousBylines: new Set(fold(raw.anonymousBylines)),
    bylineRoleWords: new Set(fold(raw.bylineRoleWords)),
    bareBylines: new Set(fold(raw.bareBylines)),
    printEditionLabels: longestFirst(fold(raw.printEditionLabels)),
    agencies: new Set(fold(raw.agencies)),
    creditWords: new Set(fold(raw.creditWords)),
    timestampLabels: longestFirst(fold(raw.timestampLabels)),
    dateWords: new Set(fold(raw.dateWords)),
    monthWords: new Set(fold(raw.monthWords)),
    readingTimeWords: new Set(fold(raw.readingTimeWords)),
    siteNames: new Set(fold(raw.siteNames)),
    titleCaseConnectors: new Set(fold(raw.titleCaseConnectors)),
    functionWords: new Set(fold(raw.functionWords)),
  };
}

function longestFirst(list: string[]): string[] {
  return [...list].sort((a, b) => b.length - a.length);
}
