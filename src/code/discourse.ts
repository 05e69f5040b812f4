// Reported speech: quote spans, reporting cues (frames) with their speaker, and coreference-lite for
// pronouns (il/elle/he/she -> last compatible speaker, else last compatible person). One pass in document order.
import { gazetteer, type Mention } from './gazetteer.js';
import { inList, wordIdsOf } from './pattern.js';
import { lexicon, type Lexicon } from './lexicon.js';
import { isCloser, isOpener, sentenceWords, type Paragraph, type Segmented, type Sentence } from './segment.js';
import type { Token } from './text.js';

export interface Speaker {
  id: string | null;
  name: string;
  /** State, alliance or body the speaker speaks for. */
  state: string | null;
  kind: 'person' | 'group' | 'state';
  gender: 'm' | 'f' | null;
  role: string | null;
  /** A vague source ("certains experts"): reported, but attributed to nobody. */
  vague: boolean;
  /** One unnamed official ("un chef de l'espionnage britannique", "a senior official"): may be named next. */
  indefinite?: boolean;
}

export interface Frame {
  sentence: number;
  /** Cue token range (document tokens). */
  cueStart: number;
  cueEnd: number;
  cue: string;
  speaker: Speaker | null;
  belief: boolean;
  /** ", a déclaré X" / "said X" after the words: covers the whole sentence before it. */
  parenthetical: boolean;
  /** "did not say", "n'a pas dit": the speech act itself is negated. */
  negated: boolean;
}

export interface QuoteSpan {
  /** Token indices of the marks (close = -1 when the quote runs to the paragraph end). */
  open: number;
  close: number;
  innerStart: number;
  innerEnd: number;
  start: number;
  end: number;
  paragraph: number;
  sentence: number;
  closeSentence: number;
  speaker: Speaker | null;
  cue: string | null;
  /** Inside a sentence of the narrator (partial quote), not a whole quoted passage. */
  partial: boolean;
  /** Extra inner spans when partial quotes of one speaker were joined ("a […] b"). */
  parts: Array<{ start: number; end: number }>;
  /** Sentence whose cue introduced the quote (for dates). */
  cueSentence: number;
}

export interface Discourse {
  frames: Frame[][];
  quotes: QuoteSpan[];
  /** Quote index for each token, -1 outside quotes. */
  quoteOf: Int32Array;
  /** Mention index for each token, -1 outside mentions. */
  mentionOf: Int32Array;
}

/** Words between a qualifying verb and its quotation: "called [the Kremlin's latest move] "..."". */
const QUALIFIED_OBJECT_TOKENS = 6;
/** Particles after a qualifying verb that make it another verb ("called for", "called on", "called off"). */
const PHRASAL_PARTICLES = new Set(['for', 'on', 'upon', 'off', 'up', 'back', 'in', 'out', 'into']);
/** A transcript label: at most this many tokens of name (ranks and their periods included) before the colon... */
const MAX_NAME_LABEL_TOKENS = 7;
/** ...or before the role and the translator's note that may follow the name, themselves at most this long. */
const MAX_LABEL_ROLE_TOKENS = 12;
/** What a label's role may hold besides words: "Secretary-General", "(through interpreter)", "U.S.", "l'Élysée". */
const LABEL_ROLE_PUNCTUATION = new Set([',', '(', ')', '.', '-', "'", '’', '/', '&']);
/** Prepositions of place: a state after one inside the clause is where things happen, seldom who speaks. */
export const PLACE_MARKERS: ReadonlySet<string> = new Set(['in', 'dans', 'en', 'at']);
/** Relative pronouns that make the noun before them the subject of their clause. */
const RELATIVE_SUBJECTS = new Set(['qui', 'who', 'which']);
const OBJECT_MARKERS = new Set(['a', 'au', 'aux', 'to', 'contre', 'against', 'par', 'by', 'de', 'du', "d'", 'des', 'of', 'sur', 'on', 'vers', 'avec', 'with', 'envers', 'from', 'pour', 'for']);
const INVERTED = /-(?:t-)?(il|elle|ils|elles|on)$/;
export const TITLE_ROLES: Record<string, string[]> = {
  president: ['head_of_state', 'head_of_government'],
  presidente: ['head_of_state', 'head_of_government'],
  chancellor: ['head_of_government'],
  chancelier: ['head_of_government'],
  secretary: ['minister', 'head_of_body'],
  secretaire: ['minister', 'head_of_body'],
  minister: ['minister'],
  ministre: ['minister'],
  spokesman: ['spokesperson'],
  spokeswoman: ['spokesperson'],
  spokesperson: ['spokesperson'],
  'porte-parole': ['spokesperson'],
  director: ['intelligence', 'head_of_body'],
  directeur: ['intelligence', 'head_of_body'],
  general: ['military'],
};

function speakerFromMention(m: Mention): Speaker | null {
  if (m.kind === 'adjective') return null;
  if (m.kind === 'person' || m.kind === 'role') {
    return { id: m.id, name: m.id ? m.name : m.text, state: m.state, kind: 'person', gender: m.gender, role: m.id ? (gazetteer().actors.get(m.id)?.role ?? m.role) : 'official', vague: false };
  }
  return { id: m.state, name: m.name, state: m.state, kind: 'state', gender: null, role: 'official', vague: false };
}

export function analyseDiscourse(seg: Segmented, mentions: Mention[]): Discourse {
  return new DocumentDiscourse(seg, mentions).run();
}

type LabelKind = 'speaker' | 'question' | 'answer';

/**
 * The analysis of one document: the token tables every step reads, the frames and quotes found so far and the
 * coreference memory. Its steps are methods (not closures of one long function) so that each one is small
 * enough for the JIT to optimise quickly.
 */
class DocumentDiscourse {
  private readonly lex: Lexicon;
  private readonly tokens: Token[];
  private readonly sentences: Sentence[];
  private readonly paragraphs: Paragraph[];
  private readonly mentions: Mention[];
  private readonly mentionOf: Int32Array;
  private readonly quoteOf: Int32Array;
  private readonly sentenceOfToken: Int32Array;
  private readonly wordIds: Int32Array;
  private readonly quotes: QuoteSpan[] = [];
  private readonly frames: Frame[][];

  // Coreference memory.
  private readonly recentSpeakers: Array<{ speaker: Speaker; sentence: number }> = [];
  private readonly recentPersons: Array<{ speaker: Speaker; sentence: number; subject: boolean }> = [];

  private pendingQuote: QuoteSpan | null = null; // unclosed at a paragraph end
  private transcript = false;
  private labelSpeaker: Speaker | null = null;
  private lastAnswerer: Speaker | null = null;

  constructor(seg: Segmented, mentions: Mention[]) {
    this.lex = lexicon();
    const { tokens, sentences, paragraphs } = seg;
    this.tokens = tokens;
    this.sentences = sentences;
    this.paragraphs = paragraphs;
    this.mentions = mentions;
    const mentionOf = new Int32Array(tokens.length).fill(-1);
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i];
      for (let k = m.tokStart; k < m.tokEnd; k++) mentionOf[k] = i;
    }
    this.mentionOf = mentionOf;
    this.quoteOf = new Int32Array(tokens.length).fill(-1);
    this.frames = sentences.map(() => []);
    const sentenceOfToken = new Int32Array(tokens.length);
    for (const s of sentences) for (let k = s.tokStart; k < s.tokEnd; k++) sentenceOfToken[k] = s.index;
    this.sentenceOfToken = sentenceOfToken;
    this.wordIds = wordIdsOf(tokens);
  }

  run(): Discourse {
    for (const para of this.paragraphs) this.paragraph(para);
    this.nameIndefiniteOfficials();
    return { frames: this.frames, quotes: this.quotes, quoteOf: this.quoteOf, mentionOf: this.mentionOf };
  }

  private sentOf(k: number): number {
    return this.sentenceOfToken[k];
  }

  private resolvePronoun(gender: 'm' | 'f' | null, sentence: number): Speaker | null {
    const { recentSpeakers, recentPersons } = this;
    let lastSpeaker: { speaker: Speaker; sentence: number } | null = null;
    for (let k = recentSpeakers.length - 1; k >= 0 && k >= recentSpeakers.length - 12; k--) {
      const r = recentSpeakers[k];
      if (sentence - r.sentence > 6) break;
      if (r.speaker.kind === 'person' && (gender === null || r.speaker.gender === gender)) {
        lastSpeaker = r;
        break;
      }
    }
    // Persons: the last one in subject position first, then any.
    let subject: { speaker: Speaker; sentence: number } | null = null;
    let any: Speaker | null = null;
    for (let k = recentPersons.length - 1; k >= 0 && k >= recentPersons.length - 30; k--) {
      const r = recentPersons[k];
      if (sentence - r.sentence > 4) break;
      if (gender !== null && r.speaker.gender !== gender) continue;
      if (r.subject) {
        subject = r;
        break;
      }
      any ??= r.speaker;
    }
    // A person made the subject of a later sentence than the last speaker's is the new topic ("X said ... .
    // Y rejected ... . 'Quote,' he said" -> Y); on a tie or otherwise the last speaker keeps the floor.
    if (subject && (!lastSpeaker || subject.sentence > lastSpeaker.sentence)) return subject.speaker;
    return lastSpeaker?.speaker ?? subject?.speaker ?? any;
  }

  private pronounGender(norm: string): 'm' | 'f' | null | undefined {
    if (this.lex.male.has(norm)) return 'm';
    if (this.lex.female.has(norm)) return 'f';
    return undefined;
  }

  private isOfficialNoun(t: Token): boolean {
    return t.kind === 'word' && inList(this.lex.officials, t.norm);
  }

  /** "les responsables américains", "un responsable de l'administration à Washington" -> the state. */
  private officialGroupAt(k: number, limit: number): Speaker | null {
    const tokens = this.tokens;
    const group = this.officialGroupCore(k, limit);
    // "Vasily Nebenzya, Russia's permanent representative, said": the role is in apposition to the person.
    if (group && group.state) {
      for (let c = k - 1; c >= Math.max(1, k - 5); c--) {
        if (tokens[c].text !== ',') continue;
        const mi = this.mentionOf[c - 1];
        const m = mi >= 0 ? this.mentions[mi] : null;
        if (m && m.kind === 'person' && m.state === group.state) return speakerFromMention(m);
        break;
      }
    }
    if (group && !group.vague) {
      // "un chef de l'espionnage britannique", "a senior defense official": one person, not yet named.
      for (let b = k - 1; b >= Math.max(0, k - 5); b--) {
        if (/^(un|une|a|an)$/.test(tokens[b].norm)) {
          group.indefinite = !/s$/.test(tokens[b + 1].norm);
          break;
        }
        if (tokens[b].kind !== 'word' || (b === k - 1 && /^(le|la|les|the)$/.test(tokens[b].norm))) break;
      }
    }
    return group;
  }

  private officialGroupCore(k: number, limit: number): Speaker | null {
    const { tokens, mentionOf, mentions, lex } = this;
    let vague = false;
    for (let b = k - 1; b >= Math.max(0, k - 2); b--) if (inList(lex.vague, tokens[b].norm) && tokens[b].norm !== 'des') vague = true;
    // "U.S. officials", "a senior Russian official": the state adjective comes before the noun.
    for (let b = k - 1; b >= Math.max(0, k - 3); b--) {
      const mi = mentionOf[b];
      if (mi < 0) continue;
      const m = mentions[mi];
      if ((m.kind === 'adjective' || m.kind === 'state') && m.state) {
        return { id: vague ? null : m.state, name: joinText(tokens, m.tokStart, k + 1), state: m.state, kind: 'group', gender: null, role: 'official', vague };
      }
      break;
    }
    for (let j = k + 1; j < Math.min(limit, k + 6); j++) {
      const mi = mentionOf[j];
      if (mi >= 0) {
        const m = mentions[mi];
        if (m.kind === 'person' || m.kind === 'role') return null;
        const state = m.state;
        if (!state) return null;
        return { id: vague ? null : state, name: joinText(tokens, k, m.tokEnd), state, kind: 'group', gender: null, role: 'official', vague };
      }
      if (tokens[j].kind === 'punct' && tokens[j].text !== '-') break;
    }
    if (vague) return { id: null, name: tokens[k].text, state: null, kind: 'group', gender: null, role: 'official', vague: true };
    return null;
  }

  /** Unknown capitalised name: "said John Smith" / "John Smith said". */
  private unknownName(from: number, to: number, step: 1 | -1, sentenceStart: number): Speaker | null {
    const { tokens, mentionOf, lex } = this;
    const run: Token[] = [];
    for (let k = from; step > 0 ? k < to : k >= to; k += step) {
      const t = tokens[k];
      if (t.kind === 'word' && t.upper && mentionOf[k] < 0 && k !== sentenceStart && t.text.length > 1) run.push(t);
      else break;
      if (run.length === 4) break;
    }
    if (run.length < 2 || run.some((t) => TITLE_ROLES[t.norm] !== undefined)) return null;
    if (step < 0) run.reverse();
    let gender: 'm' | 'f' | null = null;
    const before = tokens[(step > 0 ? from : from - run.length + 1) - 1];
    if (before && lex.titlesMale.has(before.norm)) gender = 'm';
    if (before && lex.titlesFemale.has(before.norm)) gender = 'f';
    return { id: null, name: run.map((t) => t.text).join(' '), state: null, kind: 'person', gender, role: null, vague: false };
  }

  /** Speaker after a cue: first mention not introduced by a preposition, up to a clause break. */
  private speakerAfter(from: number, to: number, sentenceStart: number): Speaker | null {
    const { tokens, mentionOf, mentions, quoteOf } = this;
    let fallback: Speaker | null = null;
    const described = this.definiteDescription(from, this.sentOf(from));
    if (described) return described;
    for (let k = from; k < Math.min(to, from + 30); k++) {
      const t = tokens[k];
      if (quoteOf[k] >= 0 || isOpener(t)) break;
      if (t.norm === 'que' || t.norm === "qu'" || t.norm === 'that' || t.text === ';') break;
      const g = this.pronounGender(t.norm);
      if (g !== undefined && k === from && (t.norm === 'he' || t.norm === 'she' || t.norm === 'il' || t.norm === 'elle')) return this.resolvePronoun(g, this.sentOf(k));
      if (this.isOfficialNoun(t) && !fallback) {
        const group = this.officialGroupAt(k, to);
        if (group) fallback = group;
      }
      const mi = mentionOf[k];
      if (mi >= 0) {
        const m = mentions[mi];
        const prev = tokens[m.tokStart - 1];
        const isObject = prev && OBJECT_MARKERS.has(prev.norm) && m.tokStart > from;
        if (!isObject && m.kind !== 'adjective') {
          const s = speakerFromMention(m);
          if (s && s.kind === 'person') return s;
          if (s && !fallback) fallback = s;
        }
        k = m.tokEnd - 1;
        continue;
      }
      if (t.kind === 'word' && t.upper) {
        const u = this.unknownName(k, to, 1, sentenceStart);
        if (u) return u;
      }
    }
    return fallback ?? this.definiteDescription(from, this.sentOf(from));
  }

  /** "the President said", ", the Secretary General added", "le secrétaire général a ajouté": the last speaker with that title. */
  private definiteDescription(at: number, sentence: number): Speaker | null {
    const { tokens, mentionOf, recentSpeakers, recentPersons } = this;
    const article = tokens[at];
    const title = tokens[at + 1];
    if (!article || !title || !/^(the|le|la|l')$/.test(article.norm)) return null;
    // "la porte-parole de la Maison Blanche", "the spokesman of ...": a specified role, not an anaphor.
    if (mentionOf[at + 1] >= 0 || mentionOf[at] >= 0 || /^(de|du|des|d'|of)$/.test(tokens[at + 2]?.norm ?? '')) return null;
    const category = TITLE_ROLES[title.norm];
    if (!category) return null;
    for (let k = recentSpeakers.length - 1; k >= 0 && k >= recentSpeakers.length - 12; k--) {
      const r = recentSpeakers[k];
      if (sentence - r.sentence > 12) break;
      if (holdsTitle(r.speaker, category)) return r.speaker;
    }
    for (let k = recentPersons.length - 1; k >= 0 && k >= recentPersons.length - 30; k--) {
      const r = recentPersons[k];
      if (sentence - r.sentence > 12) break;
      if (holdsTitle(r.speaker, category)) return r.speaker;
    }
    return null;
  }

  /** Speaker before a cue: nearest subject-like mention, persons first; pronouns resolved. */
  private speakerBefore(cueStart: number, sentenceStart: number, sentence: number): Speaker | null {
    const { tokens, mentionOf, mentions, quoteOf } = this;
    let stateCandidate: Speaker | null = null;
    // A place after in/en/dans/at ("... through its embassy in Beijing and condemned"): taken only when no other state comes.
    let placeCandidate: Speaker | null = null;
    for (let k = Math.max(sentenceStart, cueStart - 3); k < cueStart - 1; k++) {
      const d = this.definiteDescription(k, sentence);
      if (d) return d;
    }
    let scanned = 0;
    for (let k = cueStart - 1; k >= sentenceStart && scanned < 30; k--, scanned++) {
      const t = tokens[k];
      if (quoteOf[k] >= 0) continue;
      if (isCloser(t) || isOpener(t)) continue;
      if (stateCandidate && scanned > 10) break;
      const g = this.pronounGender(t.norm);
      if (g !== undefined && (t.norm === 'il' || t.norm === 'elle' || t.norm === 'he' || t.norm === 'she') && !stateCandidate) {
        return this.resolvePronoun(g, sentence);
      }
      if (this.isOfficialNoun(t) && !stateCandidate) {
        const group = this.officialGroupAt(k, cueStart);
        if (group) return group;
      }
      const mi = mentionOf[k];
      if (mi >= 0) {
        const m = mentions[mi];
        k = m.tokStart;
        const prev = tokens[m.tokStart - 1];
        if (prev && OBJECT_MARKERS.has(prev.norm)) continue;
        if (m.kind === 'adjective') continue;
        const s = speakerFromMention(m);
        if (!s) continue;
        // "Nato called Putin's announcement "dangerous"": a person in the possessive owns the thing, the subject speaks.
        if (s.kind === 'person' && tokens[m.tokEnd]?.norm === "'s") continue;
        if (s.kind === 'person') return s;
        // "Vasily Nebenzya, Russia's permanent representative, called ... and said": the person the state's
        // role is in apposition to is the subject.
        const head = tokens[m.tokStart - 1]?.text === ',' ? mentionOf[m.tokStart - 2] : -1;
        if (!stateCandidate && head >= 0 && mentions[head].kind === 'person' && mentions[head].state === s.state) {
          const person = speakerFromMention(mentions[head]);
          if (person) return person;
        }
        // (Unless a relative clause hangs on it: "... en Biélorussie, son plus proche allié, qui a annoncé".)
        if (!stateCandidate && prev && m.tokStart > sentenceStart && PLACE_MARKERS.has(prev.norm) && !tokens.slice(m.tokEnd, cueStart).some((t) => RELATIVE_SUBJECTS.has(t.norm))) {
          placeCandidate ??= s;
          continue;
        }
        if (!stateCandidate) stateCandidate = s;
        continue;
      }
      if (t.kind === 'word' && t.upper && k > sentenceStart) {
        const u = this.unknownName(k, sentenceStart, -1, sentenceStart);
        if (u && k + 1 === cueStart) return u;
      }
    }
    if (stateCandidate ?? placeCandidate) return stateCandidate ?? placeCandidate;
    for (let k = Math.max(sentenceStart, cueStart - 4); k < cueStart; k++) {
      const d = this.definiteDescription(k, sentence);
      if (d) return d;
    }
    return null;
  }

  /** First subject-like mention of the clause that contains `at` (for participles: "..., affirmant que"). */
  private clauseSubject(at: number, sentenceStart: number): Speaker | null {
    const { tokens, mentionOf, mentions, quoteOf } = this;
    let clauseStart = sentenceStart;
    for (let k = at - 1; k > sentenceStart; k--) {
      if (quoteOf[k] >= 0) continue;
      const n = tokens[k].norm;
      if (n === 'que' || n === "qu'" || n === 'that') {
        clauseStart = k + 1;
        break;
      }
    }
    for (let k = clauseStart; k < at; k++) {
      if (quoteOf[k] >= 0) continue;
      const mi = mentionOf[k];
      if (mi < 0) {
        if (this.isOfficialNoun(tokens[k])) {
          const group = this.officialGroupAt(k, at);
          if (group) return group;
        }
        continue;
      }
      const m = mentions[mi];
      const prev = tokens[m.tokStart - 1];
      k = m.tokEnd - 1;
      if (prev && OBJECT_MARKERS.has(prev.norm)) continue;
      const s = speakerFromMention(m);
      if (s) return s;
    }
    return null;
  }

  /**
   * A label before a colon at a paragraph start: upper-case words (a name), or Question/Réponse/Q/A. The name may be
   * followed by a role and a note on the translation ("DMITRY PESKOV, Kremlin Spokesman (through interpreter):",
   * « EMMANUEL MACRON, président de la République : »): the name speaks.
   */
  private speakerLabel(from: number, to: number): { kind: LabelKind; speaker: Speaker | null; end: number } | null {
    const { tokens } = this;
    let colon = -1;
    for (let k = from; k < Math.min(to, from + MAX_NAME_LABEL_TOKENS + 1 + MAX_LABEL_ROLE_TOKENS); k++) if (tokens[k].text === ':') {
      colon = k;
      break;
    }
    if (colon <= from) return this.recordLabel(from, to);
    const first = tokens[from].norm;
    if (colon === from + 1 && /^(question|q|journaliste|journalist|reporter)$/.test(first)) return { kind: 'question', speaker: null, end: colon + 1 };
    if (colon === from + 1 && /^(reponse|r|a|answer)$/.test(first)) return { kind: 'answer', speaker: null, end: colon + 1 };
    if (colon - from <= MAX_NAME_LABEL_TOKENS) {
      const named = this.labelNamed(from, colon, colon);
      if (named) return named;
    }
    const roleStart = this.labelRoleStart(from, colon);
    const named = roleStart > from ? this.labelNamed(from, roleStart, colon) : null;
    // A colon further on than a name alone may take belongs to the text of a record's speaker line.
    return named ?? (colon - from > MAX_NAME_LABEL_TOKENS ? this.recordLabel(from, to) : null);
  }

  /**
   * Where the role or the translator's note of a label starts (its comma or opening bracket), when the label reads
   * NAME, role (note): the role holds words only (no figure: "PARIS, 5 mars (AFP) :" is a dateline), at most
   * MAX_LABEL_ROLE_TOKENS of them. -1 otherwise.
   */
  private labelRoleStart(from: number, colon: number): number {
    const { tokens } = this;
    let start = -1;
    for (let k = from + 1; k < colon && k <= from + MAX_NAME_LABEL_TOKENS; k++) if (tokens[k].text === ',' || tokens[k].text === '(') {
      start = k;
      break;
    }
    if (start < 0 || colon - start - 1 > MAX_LABEL_ROLE_TOKENS) return -1;
    for (let k = start + 1; k < colon; k++) {
      const t = tokens[k];
      if (t.kind === 'word' ? /\d/.test(t.text) : !LABEL_ROLE_PUNCTUATION.has(t.text)) return -1;
    }
    return start;
  }

  /** The speaker of a label whose name runs from `from` to `nameEnd`: upper-case words, ranks with their periods. */
  private labelNamed(from: number, nameEnd: number, colon: number): { kind: LabelKind; speaker: Speaker | null; end: number } | null {
    const { tokens, mentionOf, mentions, lex } = this;
    const words = tokens.slice(from, nameEnd);
    if (!words.every((t) => t.kind === 'word' && t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text)) && !words.every((t) => t.text === '.' || (t.kind === 'word' && t.upper))) return null;
    if (words.length < 2 && mentionOf[from] < 0) return null;
    const mi = mentionOf[from];
    // Before a role, a name of one word must be a person's ("MOSCOU (AFP) :" names a place).
    if (nameEnd !== colon && words.length < 2 && mentions[mi]?.kind !== 'person') return null;
    if (mi >= 0 && mentions[mi].tokEnd === nameEnd) return { kind: 'speaker', speaker: speakerFromMention(mentions[mi]), end: colon + 1 };
    const isTitle = (t: Token) => lex.titlesMale.has(t.norm) || lex.titlesFemale.has(t.norm) || lex.titlesNeutral.has(t.norm);
    // "MAJ. GEN. PAT RYDER": ranks and their periods, then a person the gazetteer knows.
    let nameStart = from;
    while (nameStart < nameEnd && (tokens[nameStart].text === '.' || isTitle(tokens[nameStart]))) nameStart++;
    const ranked = nameStart > from ? mentionOf[nameStart] : -1;
    if (ranked >= 0 && mentions[ranked].kind === 'person' && mentions[ranked].tokEnd === nameEnd) return { kind: 'speaker', speaker: speakerFromMention(mentions[ranked]), end: colon + 1 };
    // "MR MILLER:", "MS HAINES:", "MAJ. GEN. RYDER:": honorifics or ranks and a surname the gazetteer knows
    // (one holder only).
    const nameWords = words.filter((t) => t.kind === 'word' && !isTitle(t));
    if (nameWords.length === 1 && nameWords.length < words.length) {
      const known = personBySurname(nameWords[0].norm);
      if (known) return { kind: 'speaker', speaker: known, end: colon + 1 };
    }
    // "THE REACTION:", "NOT WITHDRAWING, SUSPENDING:": a section lead-in, not a name ("THE PRESIDENT:" is one).
    const leadIn = words.some((t) => lex.labelLeadIns.has(t.norm)) && !words.some(isTitle);
    if (words.every((t) => t.kind === 'word') && !leadIn) {
      const name = words.map((t) => t.text.charAt(0) + t.text.slice(1).toLowerCase()).join(' ');
      return { kind: 'speaker', speaker: { id: null, name, state: null, kind: 'person', gender: null, role: null, vague: false }, end: colon + 1 };
    }
    return null;
  }

  /**
   * A speaker line of a parliamentary record, the paragraph's first sentence: an honorific and its period, a name,
   * then the period or a comma, a role and the period ("M. Jean-Noël Barrot, ministre de l'Europe.", "Mr. WICKER.").
   * "M. le président." is the chair giving the floor.
   */
  private recordLabel(from: number, to: number): { kind: LabelKind; speaker: Speaker | null; end: number } | null {
    const { tokens, mentionOf, mentions, lex } = this;
    if (!lex.recordHonorifics.has(tokens[from].norm) || tokens[from + 1]?.text !== '.') return null;
    const nameStart = from + 2;
    let stop = -1;
    for (let k = nameStart; k < Math.min(to, from + 24); k++) {
      if (tokens[k].text === '.') {
        stop = k;
        break;
      }
    }
    // The label is followed by what the speaker says.
    if (stop <= nameStart || stop + 1 >= to) return null;
    if (/^(le|la|the)$/.test(tokens[nameStart].norm) && stop === nameStart + 2 && lex.recordChair.has(tokens[nameStart + 1].norm)) return { kind: 'question', speaker: null, end: stop + 1 };
    let nameEnd = nameStart;
    let speaker: Speaker | null = null;
    const mi = mentionOf[nameStart];
    if (mi >= 0 && mentions[mi].kind === 'person' && mentions[mi].tokEnd <= stop) {
      nameEnd = mentions[mi].tokEnd;
      speaker = speakerFromMention(mentions[mi]);
    } else {
      while (nameEnd < stop && tokens[nameEnd].kind === 'word' && tokens[nameEnd].upper) nameEnd++;
      if (nameEnd === nameStart) return null;
      const nameWords = tokens.slice(nameStart, nameEnd);
      speaker = (nameWords.length === 1 ? personBySurname(nameWords[0].norm) : null) ?? { id: null, name: nameWords.map((t) => t.text).join(' '), state: null, kind: 'person', gender: lex.titlesFemale.has(tokens[from].norm) ? 'f' : lex.titlesMale.has(tokens[from].norm) ? 'm' : null, role: null, vague: false };
    }
    // After the name: the period, or a comma and a role that holds no other comma (", ministre, a déclaré" is prose).
    if (nameEnd !== stop) {
      if (tokens[nameEnd].text !== ',') return null;
      for (let k = nameEnd + 1; k < stop; k++) if (tokens[k].kind !== 'word') return null;
    }
    return { kind: 'speaker', speaker, end: stop + 1 };
  }

  private paragraph(para: Paragraph): void {
    const { tokens, sentences, frames, quotes, quoteOf } = this;
    // 1. Quote spans of this paragraph.
    const paraQuotes = findQuotes(tokens, para.tokStart, para.tokEnd, para.index, this.sentenceOfToken);
    const continuesQuote = this.pendingQuote !== null && paraQuotes.length > 0 && paraQuotes[0].open === para.tokStart;
    for (const q of paraQuotes) {
      quotes.push(q);
      for (let k = q.innerStart; k < q.innerEnd; k++) quoteOf[k] = quotes.length - 1;
      if (q.close >= 0) quoteOf[q.close] = quotes.length - 1;
      quoteOf[q.open] = quotes.length - 1;
    }
    const firstQuoteIndex = quotes.length - paraQuotes.length;
    // A quotation over several paragraphs, French style: « opens the first one, » closes the last one, the
    // paragraphs between carry no mark. They are the quote's speaker's words up to the closing mark.
    const carried = this.pendingQuote?.speaker && !continuesQuote && (paraQuotes.length === 0 || paraQuotes[0].open > para.tokStart) ? this.closingLater(para.index) : -1;

    // Transcript speaker labels ("MARK RUTTE:", "QUESTION:", "Réponse :"): the labelled speaker says every
    // sentence of the paragraph and of the unlabelled paragraphs that follow, until the next label.
    const label = this.speakerLabel(para.tokStart, para.tokEnd);
    if (label) {
      this.transcript = true;
      this.labelSpeaker = label.kind === 'answer' ? this.lastAnswerer : label.speaker;
      if (label.kind === 'speaker') this.lastAnswerer = label.speaker;
    }
    const labelEnd = label ? label.end : para.tokStart;

    // 2. Frames, sentence by sentence, with coreference as we go.
    const carriedQuote = carried >= 0 ? this.pendingQuote : null;
    for (let si = para.sentStart; si < para.sentEnd; si++) {
      const sent = sentences[si];
      if (carriedQuote?.speaker && (carried >= sent.tokStart || carried === Infinity)) {
        frames[si].push({ sentence: si, cueStart: sent.tokStart, cueEnd: sent.tokStart, cue: carriedQuote.cue ?? '', speaker: carriedQuote.speaker, belief: false, parenthetical: false, negated: false });
      }
      this.sentenceFrames(sent, labelEnd);
      this.rememberPersons(sent);
    }

    // An unlabelled paragraph after a transcript that reports someone by name ("Ryabkov said on Wednesday...") is
    // the narrator's again: the label stops there. One that speaks in the first person ("Notre dissuasion ..., le
    // Président l'a rappelé") is still the labelled speaker's, who reports another.
    if (!label && this.transcript && !this.firstPersonOutsideQuotes(para.tokStart, para.tokEnd)) {
      let narrated = false;
      for (let si = para.sentStart; si < para.sentEnd && !narrated; si++) narrated = frames[si].some((f) => f.cueEnd > f.cueStart && f.speaker !== null && f.speaker !== this.labelSpeaker && f.speaker.kind === 'person' && f.speaker.id !== null);
      if (narrated) {
        for (let si = para.sentStart; si < para.sentEnd; si++) frames[si] = frames[si].filter((f) => f.cueEnd > f.cueStart);
        this.transcript = false;
        this.labelSpeaker = null;
      }
    }

    // 3. Speakers of this paragraph's quotes.
    this.quoteSpeakers(para, firstQuoteIndex, continuesQuote);
    // The carried quotation's text runs to its closing mark.
    if (carriedQuote && carried >= 0) carriedQuote.end = carried === Infinity ? tokens[para.tokEnd - 1].end : tokens[Math.max(para.tokStart, carried - 1)].end;
    const lastQ = paraQuotes[paraQuotes.length - 1];
    this.pendingQuote = lastQ && lastQ.close < 0 ? lastQ : carried === Infinity ? carriedQuote : null;
  }

  private firstPersonOutsideQuotes(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.quoteOf[k] < 0 && this.lex.firstPerson.has(this.tokens[k].norm)) return true;
    return false;
  }

  /**
   * For a paragraph that continues a quotation without a mark: the closing mark in it (token index), Infinity when
   * it closes in one of the next five paragraphs, -1 when no closing mark comes before a new opening one.
   */
  private closingLater(pi: number): number {
    const { tokens } = this;
    for (let p = pi; p < Math.min(this.paragraphs.length, pi + 6); p++) {
      const para = this.paragraphs[p];
      for (let k = para.tokStart; k < para.tokEnd; k++) {
        const t = tokens[k];
        if (t.kind !== 'quote' || t.text === '"') continue;
        if (isOpener(t)) return -1;
        if (isCloser(t)) return p === pi ? k : Infinity;
      }
    }
    return -1;
  }

  /** The frames of one sentence: the transcript label, an opinion holder, and one per reported-speech cue. */
  private sentenceFrames(sent: Sentence, labelEnd: number): void {
    const { tokens, frames, quoteOf, mentionOf, lex } = this;
    const si = sent.index;
    const { idx, norms, ids } = sentenceWords(tokens, sent, this.wordIds);
    const labelSpeaker = this.labelSpeaker;
    if (this.transcript && labelSpeaker) {
      const at = Math.max(sent.tokStart, Math.min(labelEnd, sent.tokEnd));
      frames[si].push({ sentence: si, cueStart: at, cueEnd: at, cue: `${labelSpeaker.name}:`, speaker: labelSpeaker, belief: false, parenthetical: false, negated: false });
      if (labelSpeaker.kind === 'person') this.recentSpeakers.push({ speaker: labelSpeaker, sentence: si });
    }
    // "Pour Hans Kristensen, ...", "For Fiona Hill, ...": a sentence-initial opinion holder before a comma.
    const opinion = this.opinionHolder(sent.tokStart, sent.tokEnd);
    if (opinion) {
      frames[si].push({ sentence: si, cueStart: sent.tokStart, cueEnd: opinion.end, cue: joinText(tokens, sent.tokStart, opinion.end), speaker: opinion.speaker, belief: true, parenthetical: false, negated: false });
      if (opinion.speaker.kind === 'person') this.recentSpeakers.push({ speaker: opinion.speaker, sentence: si });
    }
    const cueMatches = lex.speechCues.match(norms, ids).sort((a, b) => a.start - b.start);
    let lastEnd = -1;
    for (const cm of cueMatches) {
      if (cm.start < lastEnd) continue;
      lastEnd = cm.end;
      const cueStart = idx[cm.start];
      const cueEnd = idx[cm.end - 1] + 1;
      if (quoteOf[cueStart] >= 0) continue; // words inside a quote are not the narrator's cues
      if (mentionOf[cueStart] >= 0) continue; // "United States" is not "states"
      // Passive "être considérée comme", "is considered": not a speech act of anybody named here. A pronominal verb
      // ("s'est dit préoccupé", "se sont déclarés prêts") is the subject's own statement.
      const aux = tokens[cueStart - 1]?.norm;
      const pronominal = tokens[cueStart - 2]?.norm === "s'" || tokens[cueStart - 2]?.norm === 'se';
      if (aux && /^(etre|ete|etait|est|sont|seront|sera|be|been|being|is|are|was|were)$/.test(aux) && !pronominal) continue;
      // "its announced stationing", "their stated goal": a participle used as an adjective reports nothing.
      if (aux && /^(its|their|his|her|our|the|an)$/.test(aux) && /ed$/.test(tokens[cueStart].norm) && tokens[cueEnd]?.kind === 'word') continue;
      if (cm.payload === 'qualifying' && !this.qualificationFollows(cueEnd, sent.tokEnd)) continue;
      const frame = this.cueFrame(sent, cueStart, cueEnd, cm.payload);
      frames[si].push(frame);
      if (frame.speaker && frame.speaker.kind === 'person') this.recentSpeakers.push({ speaker: frame.speaker, sentence: si });
    }
  }

  /**
   * "called the decision "deeply unfortunate"": a qualifying verb reports speech only when a quotation follows its
   * object (at most QUALIFIED_OBJECT_TOKENS words); "called on", "called for", "called Putin" report nothing.
   */
  private qualificationFollows(cueEnd: number, sentEnd: number): boolean {
    const { tokens, quoteOf } = this;
    if (tokens[cueEnd]?.kind !== 'word' || PHRASAL_PARTICLES.has(tokens[cueEnd].norm)) return false;
    for (let k = cueEnd + 1; k < Math.min(sentEnd, cueEnd + 1 + QUALIFIED_OBJECT_TOKENS); k++) {
      if (quoteOf[k] >= 0 || tokens[k].kind === 'quote') return true;
      if (tokens[k].kind === 'punct' && tokens[k].text !== '-' && tokens[k].text !== "'s") return false;
    }
    return false;
  }

  /** The frame of one reported-speech cue: its speaker, and whether it is parenthetical, a belief, negated. */
  private cueFrame(sent: Sentence, cueStart: number, cueEnd: number, cueKind: 'verb' | 'prep' | 'qualifying'): Frame {
    const { tokens, frames, mentionOf, mentions, lex } = this;
    const si = sent.index;
    const cueText = tokens.slice(Math.max(sent.tokStart, cueStart - 1), cueEnd).map((t) => t.text);
    const belief = inList(lex.belief, tokens[cueStart].norm);
    let speaker: Speaker | null = null;
    let parenthetical = false;
    // Preceding auxiliary with an inverted pronoun: "a-t-il déclaré", "a-t-elle ajouté".
    let inverted: string | null = null;
    for (let k = Math.max(sent.tokStart, cueStart - 2); k <= cueStart; k++) {
      const m = INVERTED.exec(tokens[k].norm);
      if (m) inverted = m[1];
    }
    const before = prevContent(tokens, cueStart, sent.tokStart);
    const afterQuoteOrComma = before >= 0 && (isCloser(tokens[before]) || tokens[before].text === ',' || tokens[before].text === '–' || tokens[before].text === '—' || tokens[before].text === '-' || INVERTED.test(tokens[before].norm));
    const closerBefore = this.closerWithin(cueStart, sent.tokStart, 4);
    // "NATO leaders condemn ..., call China a "decisive enabler"": a qualifying verb after a comma shares the subject.
    const coordinated = before >= 0 && (/^(et|and|mais|but|puis|then)$/.test(tokens[before].norm) || (cueKind === 'qualifying' && tokens[before].text === ',')) && frames[si].length > 0;
    if (cueKind === 'prep') {
      const next = tokens[cueEnd];
      if (next && /^lesquel|^laquelle|^lequel/.test(next.norm)) {
        speaker = this.statementNounSpeaker(cueStart, sent.tokStart);
      } else {
        const g = next ? this.pronounGender(next.norm) : undefined;
        speaker = g !== undefined ? this.resolvePronoun(g, si) : this.sourceRightAfter(cueEnd, sent.tokEnd) ?? this.officialsAgain(cueEnd, sent.tokEnd, si);
        if (!speaker) speaker = { id: null, name: joinText(tokens, cueEnd, Math.min(sent.tokEnd, cueEnd + 3)), state: null, kind: 'group', gender: null, role: null, vague: true };
      }
      // "..., according to U.S. officials.", "..., selon le Pentagone.": the source of the words before.
      // "..., according to two of the officials, who spoke on condition of anonymity.": a relative clause may follow.
      if (before >= 0 && tokens[before].text === ',' && (sent.tokEnd - cueEnd <= 8 || this.sourceThenRelative(cueEnd, sent.tokEnd))) parenthetical = true;
    } else if (coordinated) {
      speaker = frames[si][frames[si].length - 1].speaker;
    } else if (inverted) {
      speaker = this.resolvePronoun(inverted.startsWith('elle') ? 'f' : inverted.startsWith('il') ? 'm' : null, si);
      parenthetical = true;
    } else if (afterQuoteOrComma && before >= 0 && isCloser(tokens[before])) {
      speaker = this.speakerAfter(cueEnd, sent.tokEnd, sent.tokStart);
      parenthetical = true;
    } else if (/ant$/.test(tokens[cueStart].norm) || tokens[cueStart].norm === 'mettant') {
      const prior = frames[si][frames[si].length - 1];
      speaker = this.clauseSubject(cueStart, sent.tokStart) ?? prior?.speaker ?? null;
    } else {
      // English "X said" after a quote: mention between the closer and the cue.
      speaker = this.speakerBefore(cueStart, sent.tokStart, si);
      if (!speaker && afterQuoteOrComma) {
        speaker = this.speakerAfter(cueEnd, sent.tokEnd, sent.tokStart);
        parenthetical = speaker !== null;
      } else if (speaker && afterQuoteOrComma && before >= 0 && tokens[before].text === ',') {
        // ", a confirmé à l'AFP un responsable américain": the subject comes after.
        const after = this.speakerAfter(cueEnd, sent.tokEnd, sent.tokStart);
        const between = this.hasMentionBetween(before, cueStart);
        const apposition = before > 0 && mentionOf[before - 1] >= 0 && (mentions[mentionOf[before - 1]].kind === 'person' || mentions[mentionOf[before - 1]].kind === 'role');
        // Only when the words before the comma are a clause of their own ("Biden a donné son feu vert...,
        // a confirmé un responsable"), not a subject with a participle ("An official, speaking on ..., said").
        // A relative clause right before the comma ("Grant Shapps, who was on board, told MPs") is no such clause.
        const finiteBefore = this.hasAuxiliary(sent.tokStart, this.relativeClauseStart(sent.tokStart, before) ?? before);
        // An official group after the cue ("..., ont indiqué des responsables américains") speaks, as a person would.
        if (after && !between && !apposition && (finiteBefore || (speaker.kind === 'state' && (after.kind === 'person' || (after.kind === 'group' && !after.vague && after.state !== null))))) {
          speaker = after;
          parenthetical = true;
        }
      }
    }
    if (closerBefore) parenthetical = true;
    // "..., Ryder said." / "..., the President added.": a cue closing the sentence after a comma.
    if (!parenthetical && speaker && this.lastWordOfSentence(cueEnd, sent.tokEnd) && this.commaWithin(cueStart, sent.tokStart, 5)) parenthetical = true;
    // "..., a senior U.S. defense official said on Tuesday.": a short source phrase after a comma, and a short tail.
    if (!parenthetical && speaker && cueKind !== 'prep' && (sent.tokEnd - cueEnd <= 6 || tokens[cueEnd]?.text === ',') && !this.complementAfter(cueEnd, sent.tokEnd) && this.commaWithin(cueStart, sent.tokStart, this.sourceModified(cueStart, sent.tokStart) ? 16 : 9) && !this.verbBetweenComma(cueStart, sent.tokStart)) parenthetical = true;
    return { sentence: si, cueStart, cueEnd, cue: cueText.join(' ').replace(/\s+,/g, ','), speaker, belief, parenthetical, negated: this.negatedCue(cueStart, sent.tokStart) };
  }

  /** Persons mentioned in this sentence (outside quotes) feed the coreference memory. */
  private rememberPersons(sent: Sentence): void {
    const { tokens, mentionOf, mentions, quoteOf } = this;
    let seenSubject = false;
    for (let k = sent.tokStart; k < sent.tokEnd; k++) {
      const mi = mentionOf[k];
      if (mi < 0) continue;
      const m = mentions[mi];
      k = m.tokEnd - 1;
      if (quoteOf[m.tokStart] >= 0) continue;
      if (m.kind === 'person' || (m.kind === 'role' && m.id)) {
        const s = speakerFromMention(m);
        const prev = tokens[m.tokStart - 1];
        const governed = prev !== undefined && OBJECT_MARKERS.has(prev.norm);
        const afterVerb = prev !== undefined && prev.kind === 'word' && !prev.upper && !governed && !/^(le|la|les|l'|the|du|des|de)$/.test(prev.norm) && k > sent.tokStart + 3;
        if (s) this.recentPersons.push({ speaker: s, sentence: sent.index, subject: !governed && !afterVerb && !seenSubject });
        if (s && !governed && !afterVerb) seenSubject = true;
      }
    }
  }

  /** The speaker of each quote of the paragraph: a cue after it or before it, else the quote it continues. */
  private quoteSpeakers(para: Paragraph, firstQuoteIndex: number, continuesQuote: boolean): void {
    const { tokens, frames, quotes } = this;
    const pendingQuote = this.pendingQuote;
    let previous: QuoteSpan | null = null;
    for (let qi = firstQuoteIndex; qi < quotes.length; qi++) {
      const q = quotes[qi];
      let frame: Frame | null = null;
      if (q.close >= 0) {
        // The cue may follow a role apposition ("Defense Department spokesman John Kirby told reporters").
        const after = frames[q.closeSentence].find((f) => f.cueStart > q.close && f.speaker !== null && (f.cueStart - q.close <= 5 || (f.cueStart - q.close <= 12 && this.onlyNameWords(tokens[q.close + 1]?.text === ',' ? q.close + 2 : q.close + 1, f.cueStart))));
        if (after) frame = after;
      }
      if (!frame) {
        const before = frames[q.sentence].filter((f) => f.cueEnd <= q.open && (f.speaker !== null));
        if (before.length > 0) frame = before[before.length - 1];
      }
      if (frame && frame.speaker) {
        q.speaker = frame.speaker;
        q.cue = frame.cue;
        q.cueSentence = frame.sentence;
      } else if (qi === firstQuoteIndex && continuesQuote && pendingQuote) {
        q.speaker = pendingQuote.speaker;
        q.cue = pendingQuote.cue;
        q.cueSentence = pendingQuote.cueSentence;
      } else if (previous && previous.speaker && !q.partial) {
        q.speaker = previous.speaker;
        q.cue = previous.cue;
        q.cueSentence = previous.cueSentence;
      } else if (!q.partial && q.open === para.tokStart && pendingQuote === null) {
        const last = quotes[firstQuoteIndex - 1];
        if (last && last.speaker && last.paragraph === para.index - 1 && !last.partial) {
          q.speaker = last.speaker;
          q.cue = last.cue;
          q.cueSentence = last.cueSentence;
        } else {
          // "...la traduction du communiqué diffusé par le ministère russe des Affaires étrangères." then the quoted
          // text: a document announced in the paragraph before speaks for its issuer.
          const issuer = this.issuerAnnounced(para.index - 1);
          if (issuer) {
            q.speaker = issuer.speaker;
            q.cue = issuer.cue;
            q.cueSentence = issuer.sentence;
          }
        }
      }
      if (q.speaker && q.speaker.kind === 'person') this.recentSpeakers.push({ speaker: q.speaker, sentence: q.closeSentence });
      previous = q;
    }
  }

  /** The issuer of a document named in paragraph `pi` ("le communiqué diffusé par X", "a statement by X", "X's statement"). */
  private issuerAnnounced(pi: number): { speaker: Speaker; cue: string; sentence: number } | null {
    if (pi < 0) return null;
    const { tokens, mentionOf, mentions, lex } = this;
    const para = this.paragraphs[pi];
    let docAt = -1;
    for (let k = para.tokStart; k < para.tokEnd; k++) if (lex.documentNouns.has(tokens[k].norm) && this.quoteOf[k] < 0) docAt = k;
    if (docAt < 0) return null;
    for (let k = docAt + 1; k < para.tokEnd; k++) {
      const mi = mentionOf[k];
      if (mi < 0) continue;
      const m = mentions[mi];
      k = m.tokEnd - 1;
      if (!m.state) continue;
      // "le ministère russe des Affaires étrangères", "the Russian foreign ministry": the state's organ.
      const organ = m.kind === 'adjective' && (this.isOfficialNoun(tokens[m.tokStart - 1]) || this.isOfficialNoun(tokens[m.tokEnd]) || this.isOfficialNoun(tokens[m.tokEnd + 1]));
      const speaker = organ ? { id: m.state, name: m.name, state: m.state, kind: 'state' as const, gender: null, role: 'official', vague: false } : speakerFromMention(m);
      if (speaker) return { speaker, cue: joinText(tokens, docAt, m.tokEnd), sentence: this.sentenceOfToken[docAt] };
    }
    return null;
  }

  private hasAuxiliary(from: number, to: number): boolean {
    const { tokens, quoteOf } = this;
    for (let k = from; k < to; k++) {
      if (quoteOf[k] >= 0) continue;
      const n = tokens[k].norm;
      if (n === 'a') {
        // French auxiliary "a" before a past participle ("a donné"), not the English article.
        if (/(é|ée|és|ées|i|is|it|u|us|ut|ert|int|eint)$/.test(tokens[k + 1]?.text ?? '')) return true;
        continue;
      }
      if (/^(ont|avait|avaient|est|sont|etait|etaient|sera|seront|va|vont|has|have|had|is|are|was|were|will|would|did|does|do)$/.test(n)) return true;
    }
    return false;
  }

  /** The comma opening a relative clause that runs up to `to` (", who was on board"), or null. */
  private relativeClauseStart(from: number, to: number): number | null {
    const { tokens, lex } = this;
    for (let k = to - 1; k > from; k--) {
      if (tokens[k].text !== ',') continue;
      return lex.relativePronouns.has(tokens[k + 1]?.norm ?? '') ? k : null;
    }
    return null;
  }

  private lastWordOfSentence(from: number, to: number): boolean {
    const tokens = this.tokens;
    for (let k = from; k < to; k++) if (tokens[k].kind === 'word' || tokens[k].kind === 'number') return false;
    return true;
  }

  /** A short source phrase, a comma and a relative clause ("two of the officials, who spoke on condition..."). */
  private sourceThenRelative(from: number, to: number): boolean {
    const { tokens } = this;
    for (let k = from; k < Math.min(to - 1, from + 8); k++) if (tokens[k].text === ',') return /^(who|qui|lesquels|lesquelles)$/.test(tokens[k + 1].norm);
    return false;
  }

  /** "three U.S. officials familiar with the intelligence said": a source phrase lengthened by a modifier. */
  private sourceModified(cueStart: number, floor: number): boolean {
    for (let k = cueStart - 1; k >= Math.max(floor, cueStart - 9); k--) if (inList(this.lex.sourceModifiers, this.tokens[k].norm)) return true;
    return false;
  }

  private commaWithin(cueStart: number, floor: number, n: number): boolean {
    const tokens = this.tokens;
    for (let k = cueStart - 1; k >= Math.max(floor, cueStart - n); k--) if (tokens[k].text === ',') return true;
    return false;
  }

  private closerWithin(cueStart: number, floor: number, n: number): boolean {
    const tokens = this.tokens;
    for (let k = cueStart - 1; k >= Math.max(floor, cueStart - n); k--) if (isCloser(tokens[k])) return true;
    return false;
  }

  private negatedCue(cueStart: number, floor: number): boolean {
    const tokens = this.tokens;
    for (let k = cueStart - 1; k >= Math.max(floor, cueStart - 3); k--) {
      const n = tokens[k].norm;
      if (n === 'pas' || n === 'not' || n === 'never' || n === 'jamais' || /n't$/.test(n)) return true;
    }
    return false;
  }

  /** "selon le Pentagone", "according to U.S. officials", "selon les médias": the source named right after. */
  /**
   * "according to two of the officials", "selon ces responsables": officials named before without their state are
   * the group named as a source in one of the three sentences before ("three U.S. officials said").
   */
  private officialsAgain(from: number, to: number, si: number): Speaker | null {
    const { tokens } = this;
    let found = false;
    for (let k = from; k < Math.min(to, from + 5) && !found; k++) {
      if (this.isOfficialNoun(tokens[k]) && !inList(this.lex.vague, tokens[k].norm) && /^(the|these|those|ces)$/.test(tokens[k - 1]?.norm ?? '')) found = true;
    }
    if (!found) return null;
    for (let s = si - 1; s >= Math.max(0, si - 3); s--) {
      for (const f of this.frames[s]) if (f.speaker && f.speaker.kind === 'group' && f.speaker.state && !f.speaker.vague) return f.speaker;
    }
    return null;
  }

  private sourceRightAfter(from: number, to: number): Speaker | null {
    const { tokens, mentionOf, mentions } = this;
    for (let k = from; k < Math.min(to, from + 4); k++) {
      const t = tokens[k];
      if (this.isOfficialNoun(t)) {
        const group = this.officialGroupAt(k, to);
        if (group) return group;
      }
      const mi = mentionOf[k];
      if (mi >= 0) {
        const m = mentions[mi];
        if (m.kind === 'adjective') {
          // "U.S. officials": adjective + official noun.
          const noun = tokens[m.tokEnd];
          if (noun && this.isOfficialNoun(noun)) {
            // "Russian military bloggers": the official word only qualifies a vague head noun.
            const head = tokens[m.tokEnd + 1];
            const vague = head !== undefined && head.kind === 'word' && head.norm !== 'des' && inList(this.lex.vague, head.norm);
            return { id: vague ? null : m.state, name: joinText(tokens, m.tokStart, m.tokEnd + (vague ? 2 : 1)), state: m.state, kind: 'group', gender: null, role: 'official', vague };
          }
          continue;
        }
        if (m.kind === 'state' && tokens[m.tokEnd] && this.isOfficialNoun(tokens[m.tokEnd])) return { id: m.state, name: joinText(tokens, m.tokStart, m.tokEnd + 1), state: m.state, kind: 'group', gender: null, role: 'official', vague: false };
        // "Russian military bloggers": a state name qualifying a vague head noun is no identifiable source.
        const head = tokens[m.tokEnd];
        if (m.kind === 'state' && head && head.kind === 'word' && head.norm !== 'des' && inList(this.lex.vague, head.norm)) return { id: null, name: joinText(tokens, m.tokStart, m.tokEnd + 1), state: m.state, kind: 'group', gender: null, role: 'official', vague: true };
        return speakerFromMention(m);
      }
      if (t.kind === 'word' && !/^(le|la|les|l'|the|des|de|du|d'|un|une|a|an|haut|senior|certains|certaines|some|many|plusieurs)$/.test(t.norm)) return this.personAfterTitle(k, to);
    }
    return null;
  }

  /** "selon le secrétaire général Mark Rutte": a title of plain words right before a person's name is that person. */
  private personAfterTitle(from: number, to: number): Speaker | null {
    const { tokens, mentionOf, mentions } = this;
    for (let k = from; k < Math.min(to, from + 4); k++) {
      const mi = mentionOf[k];
      if (mi >= 0 && mentions[mi].kind === 'person') return speakerFromMention(mentions[mi]);
      if (mi < 0 && tokens[k].kind !== 'word') return null;
    }
    return null;
  }

  private hasMentionBetween(a: number, b: number): boolean {
    const { mentionOf, mentions } = this;
    for (let k = a + 1; k < b; k++) if (mentionOf[k] >= 0 && mentions[mentionOf[k]].kind !== 'adjective') return true;
    return false;
  }

  private statementNounSpeaker(cueStart: number, sentenceStart: number): Speaker | null {
    const { tokens, mentionOf, mentions, lex } = this;
    // "les déclarations de Poutine selon lesquelles ..."
    for (let k = cueStart - 1; k >= Math.max(sentenceStart, cueStart - 6); k--) {
      const mi = mentionOf[k];
      if (mi >= 0) {
        const m = mentions[mi];
        const noun = tokens[m.tokStart - 2];
        if (noun && inList(lex.statementNouns, noun.norm)) return speakerFromMention(m);
        return null;
      }
    }
    return null;
  }

  /**
   * 4. An unnamed official named in the next sentence ("Un chef de l'espionnage britannique a affirmé... Jeremy
   * Fleming, directeur du GCHQ, ..."): the person of the same state in apposition, or speaking there, is the speaker.
   */
  private nameIndefiniteOfficials(): void {
    const { sentences, frames } = this;
    for (let si = 0; si + 1 < sentences.length; si++) {
      for (const f of frames[si]) {
        const sp = f.speaker;
        if (!sp || !sp.indefinite || sp.kind !== 'group' || !sp.state) continue;
        const next = sentences[si + 1];
        const named = this.namedInSentence(next.tokStart, next.tokEnd, sp.state, frames[si + 1]);
        if (named) Object.assign(sp, named, { indefinite: false });
      }
    }
  }

  private namedInSentence(from: number, to: number, state: string, nextFrames: Frame[]): Speaker | null {
    const { tokens, mentionOf, mentions, quoteOf } = this;
    for (let k = from; k < Math.min(to, from + 25); k++) {
      const mi = mentionOf[k];
      if (mi < 0 || quoteOf[k] >= 0) continue;
      const m = mentions[mi];
      k = m.tokEnd - 1;
      if (m.kind !== 'person' || m.state !== state) continue;
      const role = m.id ? gazetteer().actors.get(m.id)?.role : null;
      if (role === 'analyst' || role === 'journalist') continue;
      const after = tokens[m.tokEnd]?.norm;
      const apposition = after === ',' || after === '(' || after === 'du' || after === 'de' || after === 'of';
      const speaking = nextFrames.some((nf) => nf.speaker?.id === m.id && m.id !== null);
      if (apposition || speaking) return speakerFromMention(m);
    }
    return null;
  }

  private opinionHolder(from: number, to: number): { speaker: Speaker; end: number } | null {
    const { tokens, mentionOf, mentions } = this;
    if (!/^(pour|for)$/.test(tokens[from]?.norm ?? '')) return null;
    let comma = -1;
    for (let k = from + 1; k < Math.min(to, from + 9); k++) if (tokens[k].text === ',') {
      comma = k;
      break;
    }
    if (comma < 0) return null;
    for (let k = from + 1; k < comma; k++) {
      const mi = mentionOf[k];
      if (mi >= 0) {
        const m = mentions[mi];
        if (m.kind === 'person' || (m.kind === 'role' && m.id)) return { speaker: speakerFromMention(m) as Speaker, end: comma + 1 };
        k = m.tokEnd - 1;
        continue;
      }
      if (tokens[k].upper) {
        const u = this.unknownName(k, comma, 1, from);
        if (u) return { speaker: u, end: comma + 1 };
      }
    }
    return null;
  }

  private onlyNameWords(from: number, to: number): boolean {
    const tokens = this.tokens;
    for (let k = from; k < to; k++) {
      const t = tokens[k];
      if (t.kind === 'word' || t.text === '.' || t.text === '-') continue;
      return false;
    }
    return true;
  }

  private complementAfter(from: number, to: number): boolean {
    const tokens = this.tokens;
    for (let k = from; k < to; k++) if (/^(that|que|qu')$/.test(tokens[k].norm) || isOpener(tokens[k])) return true;
    return false;
  }

  /** A finite verb between the last comma and the cue ("..., who has said"): then the comma does not open a source. */
  private verbBetweenComma(cueStart: number, floor: number): boolean {
    const tokens = this.tokens;
    for (let k = cueStart - 1; k >= floor; k--) {
      if (tokens[k].text === ',') return false;
      if (/^(has|have|had|is|are|was|were|who|which|qui|que|a|ont)$/.test(tokens[k].norm) && tokens[k].norm !== 'a') return true;
    }
    return false;
  }
}

/** The texts of tokens [from, to) joined by single spaces. */
function joinText(tokens: readonly Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((t) => t.text).join(' ');
}

function holdsTitle(s: Speaker, category: string[]): boolean {
  return s.kind === 'person' && s.role !== null && category.includes(s.role);
}

let surnameIndex: Map<string, string | null> | null = null;

/** The gazetteer person with this folded surname, when exactly one has it. */
function personBySurname(norm: string): Speaker | null {
  const gaz = gazetteer();
  if (!surnameIndex) {
    surnameIndex = new Map();
    for (const a of gaz.actors.values()) {
      if (a.kind !== 'person') continue;
      const last = a.name.split(/\s+/).pop()!.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
      surnameIndex.set(last, surnameIndex.has(last) ? null : a.id);
    }
  }
  const id = surnameIndex.get(norm);
  const a = id ? gaz.actors.get(id) : undefined;
  if (!a) return null;
  return { id: a.id, name: a.name, state: a.state, kind: 'person', gender: a.gender, role: a.role, vague: false };
}

function prevContent(tokens: readonly Token[], k: number, floor: number): number {
  for (let j = k - 1; j >= floor; j--) {
    const t = tokens[j];
    if (t.kind === 'word' && /^(a|avait|ont|a-t-il|a-t-elle|has|had|have)$/.test(t.norm)) continue;
    if (t.kind === 'word' && /^(vendredi|lundi|mardi|mercredi|jeudi|samedi|dimanche|hier|aujourd'hui|egalement|aussi|encore|alors|ensuite|enfin|notamment|toutefois|cependant|pourtant|cote|part|quant|also|later|however)$/.test(t.norm)) continue;
    // "de son côté", "pour sa part", "quant à lui": an aside between the comma and the cue.
    if (t.kind === 'word' && /^(de|son|sa|pour|a|lui|elle)$/.test(t.norm) && j + 1 < k && /^(son|sa|cote|part|lui|elle)$/.test(tokens[j + 1].norm)) continue;
    return j;
  }
  return -1;
}

/**
 * Quote spans of one paragraph. Openers push, closers pop; only outermost spans are kept (a thousand nested
 * marks stay linear). Mixed pairs (“...») are accepted; a closer glued to the next word opens ("d'»acte");
 * an empty pair right after a quote ("un” message “”") means the inner marks were reversed: the quotes join.
 */
function findQuotes(tokens: readonly Token[], from: number, to: number, paragraph: number, sentenceOf: Int32Array): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let depth = 0;
  let openAt = -1;
  let straightOpen = false;
  const make = (open: number, close: number): QuoteSpan => {
    const innerStart = open + 1;
    const innerEnd = close >= 0 ? close : to;
    const last = innerEnd - 1 >= innerStart ? innerEnd - 1 : innerStart;
    let partial = false;
    for (let k = open - 1; k >= from; k--) {
      const t = tokens[k];
      if (sentenceOf[k] !== sentenceOf[open]) break;
      if (t.kind === 'word' || t.kind === 'number') {
        partial = true;
        break;
      }
    }
    if (!partial && close >= 0) {
      // Words after the closer in the same sentence that are not a cue make it partial too (decided later).
      const t = tokens[close - 1];
      if (t && t.kind === 'word' && close + 1 < to && tokens[close + 1]?.kind === 'word' && !/^(a|a-t-il|a-t-elle|said|says|declare|ajoute)$/.test(tokens[close + 1].norm) && sentenceOf[close + 1] === sentenceOf[open]) partial = true;
    }
    return {
      open,
      close,
      innerStart,
      innerEnd,
      start: innerStart < to ? tokens[innerStart].start : tokens[open].end,
      end: innerEnd > innerStart ? tokens[last].end : tokens[open].end,
      paragraph,
      sentence: sentenceOf[open],
      closeSentence: close >= 0 ? sentenceOf[close] : sentenceOf[to - 1],
      speaker: null,
      cue: null,
      partial,
      parts: [],
      cueSentence: sentenceOf[open],
    };
  };
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind !== 'quote') continue;
    const straight = t.text === '"';
    let opens = straight ? (depth > 0 && straightOpen ? false : true) : isOpener(t);
    // A closer glued to the following word with a space before acts as an opener.
    if (!straight && !opens && depth === 0 && t.spaceBefore && !t.spaceAfter && k + 1 < to && tokens[k + 1].kind === 'word') opens = true;
    if (opens) {
      if (depth === 0) {
        openAt = k;
        straightOpen = straight;
      }
      depth++;
      continue;
    }
    if (depth === 0) continue; // stray closer
    depth--;
    if (depth > 0) continue;
    if (k === openAt + 1) {
      // Empty pair: join with the previous quote of the same sentence when close by.
      const prev = out[out.length - 1];
      if (prev && prev.close >= 0 && sentenceOf[prev.close] === sentenceOf[k] && k - prev.close <= 8) {
        const joined = make(prev.open, k);
        joined.partial = prev.partial;
        out[out.length - 1] = joined;
        joined.end = tokens[k - 2].end;
      }
      continue;
    }
    out.push(make(openAt, k));
  }
  if (depth > 0 && openAt >= 0 && openAt + 1 < to) out.push(make(openAt, -1));
  return out;
}
