// Event triggers -> typed events: kind resolution, actor/target, polarity (negation scope, double negation,
// modality, conditional clauses, announced future) and attribution from the reported-speech frames.
import type { CodedEvent, EventType, Polarity } from '../types.js';
import { PLACE_MARKERS, TITLE_ROLES, type Discourse, type Frame, type Speaker } from './discourse.js';
import { gazetteer, type Mention } from './gazetteer.js';
import { holdsDateHead } from './date-words.js';
import { datesLexicon } from './dates/lexicon.js';
import { lexicon, type EventRule } from './lexicon.js';
import { altMatches, compileWordList, inList, WordMemo, wordIdsOf, type Alt, type PatternSet } from './pattern.js';
import { isCloser, isOpener, sentenceWords, type Segmented, type Sentence } from './segment.js';
import type { Token } from './text.js';

export interface DraftEvent {
  type: EventType;
  actor: string;
  target: string | null;
  polarity: Polarity;
  attributedTo: string | null;
  sentence: number;
  /** Trigger token range (document tokens). */
  trigStart: number;
  trigEnd: number;
  confidence: number;
  rule: string;
  /** Sentence of the cue that introduced the words (quotes), for dates. */
  cueSentence: number;
  /** Where the actor came from (focal = document's main state, a weak guess). */
  actorSource: string;
  /** States acting jointly with `actor` (coordinated subjects): the same event is coded for each. */
  coActors?: string[];
  /** The persons of a joint subject by their state ("Biden and Xi agreed"): each speaks for their own state. */
  jointPersons?: Record<string, string>;
  /** From a rule whose phrase says the action did not happen (`negative`: "rejected calls to join talks"). */
  negativeRule?: boolean;
}

const TARGET_MARKERS = new Set(['contre', 'against', 'sur', 'on', 'vers', 'territoire', 'sol', 'frontieres', 'de', 'du', "d'", 'des', 'of', 'in', 'en', 'a', 'au']);
// "selon X" names a source, never the agent.
const OBJECT_MARKERS = new Set(['contre', 'against', 'a', 'au', 'aux', 'to', 'vers', 'envers', 'selon']);
const TARGET_TYPES = new Set<EventType>(['WARNING', 'NUCLEAR_THREAT', 'MAJOR_STRIKE', 'STRIKE_ON_NUCLEAR_STATE', 'WEAPONS_AUTHORIZATION', 'FALSE_FLAG_ALLEGATION']);
const TOPIC_MARKERS = new Set(['concernant', 'regarding', 'concerning', 'about', 'sujet', 'apres', 'after', 'avant', 'before']);
const SPEECH_ACT_TYPES = new Set<EventType>(['NUCLEAR_THREAT', 'WARNING', 'RISK_ASSESSMENT', 'DOCTRINE_STATEMENT', 'FALSE_FLAG_ALLEGATION']);
const OFFICIAL_ROLES = new Set(['head_of_state', 'head_of_government', 'minister', 'spokesperson', 'official', 'diplomat', 'military', 'head_of_body']);

interface Ctx {
  seg: Segmented;
  mentions: Mention[];
  disc: Discourse;
  focal: string | null;
  /** Whether a sentence names something nuclear (see nuclearSentences; worked out on first need). */
  nuclearSentence: (sentence: number) => boolean;
  /** Word id of each token (see wordIdsOf). */
  wordIds: Int32Array;
  /** The actor of the last event of each type coded so far ("a similar test" refers back to it). */
  lastActor: Map<EventType, string>;
  /** Sentences where a missile test was coded: "condemned the launch" after one is said in a nuclear context. */
  testSentences: Set<number>;
}

/**
 * The document's main nuclear actor: the nuclear state named most often (states, organs and adjectives count
 * twice, persons once, so that a briefing's own spokesperson does not outweigh the state it talks about).
 */
export function focalState(mentions: Mention[]): string | null {
  const nuclear = gazetteer().nuclearStates;
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (!m.state || !nuclear.has(m.state)) continue;
    const w = m.kind === 'person' || m.kind === 'role' ? 1 : 2;
    counts.set(m.state, (counts.get(m.state) ?? 0) + w);
  }
  let best: string | null = null;
  let n = 0;
  for (const [s, c] of counts) if (c > n) [best, n] = [s, c];
  return best;
}

/** Quote marks of partial quotes of the document being coded: they do not open a new clause. Set per call. */
let partialMarks: Uint8Array = new Uint8Array(0);

/** Words before a use noun that make it generic ("any use", "toute utilisation", "en cas d'usage"). */
/** Actions whose noun takes its state from an adjective ("le déploiement d'armes nucléaires russes"). */
const NOMINAL_ACTIONS = new Set<EventType>(['NUCLEAR_DEPLOYMENT', 'NUCLEAR_EXERCISE', 'MISSILE_TEST', 'ALERT_RAISED']);
const PERSON_KINDS = new Set<string>(['person', 'role']);
/** Quantifiers before a nationality word that make it some people of that nationality (« des Britanniques »). */
const SOME_PEOPLE = new Set(['des', 'plusieurs', 'certains', 'certaines', 'quelques', 'nombreux', 'nombreuses', 'many', 'some', 'several', 'few', 'most']);
/** Mention kinds that name a state or alliance as a noun; those coordinated (or state adjectives) make a joint action. */
const COORDINATED_KINDS = new Set<string>(['state', 'alliance', 'body']);
const jointKind = (kind: string) => COORDINATED_KINDS.has(kind) || kind === 'adjective';
/** Speech acts whose speaker is their actor's official: the person who threatens or warns is the source. */
const OWN_SPEECH = new Set<EventType>(['NUCLEAR_THREAT', 'WARNING', 'FALSE_FLAG_ALLEGATION', 'DE_ESCALATION']);
const GENERIC_USE = new Set(['any', 'toute', 'tout', 'such', 'cas', 'event']);
/** Prepositions before a mention that make it no subject (of an issuing verb). */
const ISSUER_NOT_AFTER = new Set(['in', 'at', 'for', 'to', 'on', 'from', 'with', 'a', 'au', 'aux', 'en', 'dans', 'pour', 'sur', 'avec', 'par', 'by']);
const INDEFINITES = new Set(['un', 'une', 'a', 'an', 'any', 'toute', 'tout']);
const DETERMINERS = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'du', 'des', 'the', 'a', 'an', 'any', 'toute', 'tout']);
const PARTICIPLE = /(ed|e|es|u|ue|us|ues)$/;
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'ete', 'etait', 'etaient', 'fut', 'furent', 'etre']);
/** Actions whose actor a named delivery system tells when the sentence names none. */
const OWNED_ACTIONS = new Set<EventType>(['MISSILE_TEST', 'NUCLEAR_DEPLOYMENT', 'NUCLEAR_EXERCISE']);

/** The trigger is the speech-act verb itself (threaten, warn, condemn), not a noun or content word. */
function isSpeechVerb(norm: string): boolean {
  return inList(lexicon().speechVerbs, norm);
}
const FUNCTION_WORDS = new Set(['of', 'and', 'the', 'a', 'an', 'in', 'on', 'for', 'to', 'de', 'la', 'le', 'les', "l'", 'et', 'du', 'des', "d'", 'en', 'au', 'aux', 'ou', 'or', 'with', 'avec', 'sur']);

/**
 * A line that is a list of labels, not a sentence ("Tags: Arms Control, Nuclear Weapons, Russia"): a label word
 * before a colon at its start, or two list separators and no lower-case word other than function words.
 */
export function isListLine(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  const last = tokens[to - 1].text;
  if (last === '.' || last === '!' || last === '?' || last === '…') return false;
  const first = tokens[from];
  const colon = tokens[from + 1]?.text === ':' ? from + 1 : tokens[from + 2]?.text === ':' ? from + 2 : -1;
  let separators = 0;
  let lowerContent = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.text === ',' || t.text === '|' || t.text === ';' || t.text === '·' || t.text === '•') separators++;
    else if (t.kind === 'word' && !t.upper && !FUNCTION_WORDS.has(t.norm)) lowerContent++;
  }
  if (colon > 0 && first.kind === 'word' && inList(lexicon().listLabels, first.norm) && separators >= 1) return true;
  return separators >= 2 && lowerContent === 0;
}

/** Longest section heading, in words. */
const MAX_HEADING_WORDS = 12;

/**
 * A section heading in the body ("Doctrine and Deterrence Context", « Une doctrine révisée »): a short line with
 * no closing punctuation that is neither a list item ("- China says ...") nor a lead-in to what follows ("He said:").
 * It names the topic of the paragraphs under it, which tell the events themselves.
 */
export function isSectionHeading(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  const first = tokens[from].text;
  if (first === '-' || first === '–' || first === '—' || first === '•' || first === '*' || first === '·') return false;
  let end = to - 1;
  while (end > from && tokens[end].kind === 'quote') end--;
  const last = tokens[end].text;
  if (last === '.' || last === '!' || last === '?' || last === '…' || last === ':' || last === ';' || last === ',') return false;
  let words = 0;
  for (let k = from; k < to; k++) if (tokens[k].kind === 'word' && ++words > MAX_HEADING_WORDS) return false;
  return words > 0;
}

/** Words of the NUC class ("nucléaire", "atomic"); right after one of NOT_NUCLEAR_AFTER they do not count. */
const nuclearWord = new WordMemo((norm) => lexicon().nuclearClass.some((a) => altMatches(a, norm, undefined)));
/** How many sentences back a nuclear word still makes the context nuclear (a quote or a Q&A runs on). */
const NUCLEAR_CONTEXT_SENTENCES = 4;
const NOT_NUCLEAR_AFTER = new Set(['non', 'non-', 'sans']);

export function detectEvents(seg: Segmented, mentions: Mention[], disc: Discourse): DraftEvent[] {
  const { tokens, sentences, paragraphs } = seg;
  const wordIds = wordIdsOf(tokens);
  const ctx: Ctx = { seg, mentions, disc, focal: focalState(mentions), nuclearSentence: nuclearSentences(seg, wordIds), wordIds, lastActor: new Map(), testSentences: new Set() };
  markPartialQuotes(tokens.length, disc);
  // The title and what stands with it before the first paragraph of prose are headlines, coded like prose.
  let bodyStarted = false;
  const listParagraph = paragraphs.map((p) => {
    const heading = isSectionHeading(tokens, p.tokStart, p.tokEnd);
    const skip = isListLine(tokens, p.tokStart, p.tokEnd) || (bodyStarted && heading);
    if (!heading) bodyStarted = true;
    return skip;
  });
  const out: DraftEvent[] = [];
  const replies: DraftEvent[] = [];
  let question: Sentence | null = null;
  for (const sent of sentences) {
    if (paragraphs[sent.paragraph].duplicate) continue;
    if (listParagraph[sent.paragraph]) continue;
    // A question asks, it asserts nothing ("Are you concerned that Russia could use...?"), unless it is quoted;
    // what it asks about is kept for a short answer that refers back to it ("We have not.").
    if (tokens[sent.tokEnd - 1]?.text === '?' && disc.quoteOf[sent.tokEnd - 1] < 0 && disc.quoteOf[sent.tokStart] < 0) {
      question = sent;
      continue;
    }
    if (question && sent.paragraph === question.paragraph + 1 && sent.index === paragraphs[sent.paragraph].sentStart) {
      for (const d of negativeReply(ctx, sent, question)) {
        out.push(d);
        replies.push(d);
      }
    }
    if (sent.paragraph !== question?.paragraph) question = null;
    const before = out.length;
    sentenceEvents(ctx, sent, out);
    for (let i = before; i < out.length; i++) {
      ctx.lastActor.set(out[i].type, out[i].actor);
      if (out[i].type === 'MISSILE_TEST') ctx.testSentences.add(sent.index);
    }
  }
  if (replies.length === 0) return out;
  // An answer that goes on to say it in full ("No. We have not seen any change...") needs no anaphora.
  return out.filter((d) => !replies.includes(d) || !out.some((o) => o !== d && !replies.includes(o) && o.type === d.type && o.actor === d.actor && o.polarity === d.polarity && ctx.seg.sentences[o.sentence].paragraph === ctx.seg.sentences[d.sentence].paragraph));
}

/** Actions a short answer can deny by referring back to the question. */
const ANSWERABLE = new Set<EventType>(['NUCLEAR_DEPLOYMENT', 'ALERT_RAISED', 'NUCLEAR_EXERCISE', 'MISSILE_TEST', 'WEAPONS_AUTHORIZATION', 'ARMS_CONTROL_EXIT', 'DOCTRINE_CHANGE', 'PLANNING_REPORTED', 'DE_ESCALATION']);

/**
 * A short negative answer at the start of a transcript answer ("We have not.", "Non, aucun à ce stade.", "Ce n'est
 * pas à l'ordre du jour."): the actions the question asked about, negated, said by the one who answers.
 */
function negativeReply(ctx: Ctx, sent: Sentence, question: Sentence): DraftEvent[] {
  const { tokens } = ctx.seg;
  const label = ctx.disc.frames[sent.index].find((f) => f.cueStart === f.cueEnd && f.speaker !== null);
  if (!label?.speaker) return [];
  const from = Math.max(sent.tokStart, label.cueEnd);
  const norms: string[] = [];
  for (let k = from; k < Math.min(sent.tokEnd, from + 12); k++) norms.push(tokens[k].norm);
  // The reply stands alone up to a punctuation mark or a conjunction ("No.", "Non, ...", "... de ce type et je"):
  // "No doubt it will" is no reply.
  const end = from + norms.length;
  const standsAlone = (k: number) => k === end || (tokens[k].kind !== 'word' && tokens[k].kind !== 'number') || /^(et|and|mais|but)$/.test(tokens[k].norm);
  if (!lexicon().negativeReplies.match(norms).some((m) => m.start === 0 && standsAlone(from + m.end))) return [];
  const asked: DraftEvent[] = [];
  sentenceEvents(ctx, question, asked);
  const by = label.speaker;
  const attributedTo = by.vague ? null : by.id ?? (by.kind === 'person' ? null : by.state);
  const out: DraftEvent[] = [];
  for (const d of asked) {
    if (!ANSWERABLE.has(d.type) || out.some((o) => o.type === d.type && o.actor === d.actor)) continue;
    out.push({ ...d, polarity: 'negated', attributedTo, sentence: sent.index, cueSentence: sent.index, trigStart: from, trigEnd: from + 1, rule: `${d.rule}+reply`, coActors: undefined });
  }
  return out;
}

/**
 * Whether a sentence names something nuclear (a word of the NUC class, or a nuclear-context phrase), looked at
 * on first need (only sentences near a trigger are asked) and remembered: 0 not yet known, 1 no, 2 yes.
 */
function nuclearSentences(seg: Segmented, wordIds: Int32Array): (sentence: number) => boolean {
  const lex = lexicon();
  const { tokens, sentences } = seg;
  const known = new Uint8Array(sentences.length);
  return (si) => {
    if (known[si] !== 0) return known[si] === 2;
    const s = sentences[si];
    let found = false;
    for (let k = s.tokStart; k < s.tokEnd; k++) {
      if (nuclearWord.get(wordIds[k], tokens[k].norm) && !(k > s.tokStart && NOT_NUCLEAR_AFTER.has(tokens[k - 1].norm)) && !civilNuclear(tokens, s, k)) {
        found = true;
        break;
      }
    }
    if (!found) {
      const norms: string[] = new Array(s.tokEnd - s.tokStart);
      for (let k = s.tokStart; k < s.tokEnd; k++) norms[k - s.tokStart] = tokens[k].norm;
      found = lex.nuclearContext.match(norms, wordIds.subarray(s.tokStart, s.tokEnd)).length > 0;
    }
    known[si] = found ? 2 : 1;
    return found;
  };
}

/** A civil or figurative nuclear word ("centrale nucléaire", "nuclear reactor", "the nuclear option"). */
function civilNuclear(tokens: readonly Token[], s: Sentence, k: number): boolean {
  const lex = lexicon();
  if (k > s.tokStart && lex.notNuclearBefore.has(tokens[k - 1].norm)) return true;
  // A quote mark may stand between ("the EU's \"nuclear option\"", "going \"nuclear\"").
  const prev = k - 1 > s.tokStart && tokens[k - 1].kind === 'quote' ? tokens[k - 2] : null;
  if (prev && lex.notNuclearBefore.has(prev.norm)) return true;
  const next = k + 1 < s.tokEnd ? tokens[k + 1] : null;
  return next !== null && lex.notNuclearAfter.has(next.norm);
}

/** Sets `partialMarks` for the document being coded. */
function markPartialQuotes(tokenCount: number, disc: Discourse): void {
  // One buffer reused from document to document (only indices below tokenCount are read).
  if (partialMarks.length < tokenCount) partialMarks = new Uint8Array(Math.max(tokenCount, 2 * partialMarks.length));
  else partialMarks.fill(0, 0, tokenCount);
  for (const q of disc.quotes) {
    if (!q.partial) continue;
    partialMarks[q.open] = 1;
    if (q.close >= 0) partialMarks[q.close] = 1;
  }
}

/** The events of one sentence, appended to `out` in trigger order. */
function sentenceEvents(ctx: Ctx, sent: Sentence, out: DraftEvent[]): void {
  const { tokens } = ctx.seg;
  const { idx, norms, ids } = sentenceWords(tokens, sent, ctx.wordIds);
  const raw = lexicon().events.match(norms, ids, () => gapFreeWords(tokens, idx, ctx.wordIds));
  if (raw.length === 0) return; // no trigger: no draft, nothing kept
  const all: RawMatch[] = new Array(raw.length);
  for (let r = 0; r < raw.length; r++) {
    const m = raw[r];
    all[r] = { rule: m.payload.rule, start: idx[m.start], end: idx[m.end - 1] + 1 };
  }
  // `asked` patterns count only as what a call asks (addCalledOnActs): they neither code nor suppress anything here.
  const matches = all.some((m) => m.rule.asked) ? all.filter((m) => !m.rule.asked) : all;
  const hasDoctrine = matches.some((m) => m.rule.type === 'DOCTRINE_CHANGE' || m.rule.type === 'DOCTRINE_STATEMENT');
  const hasDoctrineChange = matches.some((m) => m.rule.type === 'DOCTRINE_CHANGE');
  const drafts: DraftEvent[] = [];
  // Readiness trained in an exercise ("s'entraînaient à la préparation au combat") is the exercise, not an alert.
  // Computed on first need (only an ALERT_RAISED match asks).
  let training: boolean | undefined;
  let notStrikes: { start: number; end: number }[] | undefined;
  for (const m of matches) {
    const notWith = lexicon().notWith.get(m.rule);
    if (notWith && spanHolds(norms, idx, m, notWith)) continue;
    if (m.rule.type === 'ALERT_RAISED' && (training ??= matches.some((o) => o.rule.type === 'NUCLEAR_EXERCISE') || norms.some((n) => inList(lexicon().training, n)))) continue;
    // "1,550 deployed warheads", "the deployed weapons": an attribute of the weapons, not a deployment.
    if (m.rule.type === 'NUCLEAR_DEPLOYMENT' && /ed$/.test(tokens[m.start].norm) && (tokens[m.start - 1]?.kind === 'number' || /^(the|of|deployed|non|any|and)$/.test(tokens[m.start - 1]?.norm ?? ''))) continue;
    // "a missile that can carry nuclear warheads", « capable d'emporter des ogives »: what it can carry, not a shipment.
    if (m.rule.type === 'NUCLEAR_DEPLOYMENT' && /^(carr|transport|emport)/.test(tokens[m.start].norm) && lexicon().capabilityWords.has(tokens[m.start - 1]?.norm ?? '')) continue;
    if (m.rule.type === 'DOCTRINE_STATEMENT' && matches.some((o) => o.rule.kind !== 'use' && !o.rule.type.startsWith('DOCTRINE') && o.start < m.end && m.start < o.end)) continue;
    // A call covers what it asks of the other side, which is no restraint of theirs: inside a call to keep commitments
    // ("hoped the United States would abide by"), or after a call to de-escalate ("appelle la Russie à revenir au traité …
    // et à en respecter les limites").
    if (m.rule.type === 'DE_ESCALATION' && matches.some((o) => o.rule.kind === 'speech' && o.start < m.start && (o.rule.type === 'WARNING' ? m.start < o.end : o.rule.type === 'DE_ESCALATION' && o.end <= m.start && inList(lexicon().callVerbs, tokens[o.start].norm)))) continue;
    // "fired an ICBM into the sea", "notifier ses tirs de missiles": the launch is the test or the notice, no strike;
    // missiles launched at a state ("launched 180 ballistic missiles at Israel") are a strike, not a test.
    if (m.rule.kind === 'strike' && matches.some((o) => (o.rule.type === 'MISSILE_TEST' ? !aimedAtState(ctx, m) : o.rule.type === 'DE_ESCALATION') && o.start < m.end && m.start < o.end)) continue;
    // "rehearsed a massive nuclear strike", « un tir simulé »: a use, a rehearsal or a drill, no conventional strike.
    if (m.rule.kind === 'strike' && (notStrikes ??= lexicon().notStrikes.match(norms).map((n) => ({ start: idx[n.start], end: idx[n.end - 1] + 1 }))).some((n) => n.start < m.end && m.start < n.end)) continue;
    if (m.rule.type === 'MISSILE_TEST' && matches.some((o) => o.rule.kind === 'strike' && o.start < m.end && m.start < o.end && aimedAtState(ctx, o))) continue;
    // "would conduct a nuclear test if the United States did so first", « ne procéderait pas à un essai tant que
    // Washington n'en ferait pas »: a detonation on a condition is a stance, not a detonation.
    if (m.rule.type === 'NUCLEAR_USE' && m.rule.kind === 'action' && conditionFollows(tokens, m.end, sent.tokEnd)) continue;
    // "ordered the Pentagon to start testing nuclear weapons": the order (its own rule) is the act; the tests are its object.
    if (m.rule.type === 'NUCLEAR_USE' && matches.some((o) => o.rule.type === 'ARMS_CONTROL_EXIT' && o.start < m.start && m.start < o.end)) continue;
    // "troops worked on planning the use of nuclear weapons": the drill's planning is the exercise, not a plan to use.
    if (m.rule.type === 'PLANNING_REPORTED' && matches.some((o) => o.rule.type === 'NUCLEAR_EXERCISE' && o.start < m.end && m.start < o.end)) continue;
    // "Putin ordered his deterrence forces onto a special regime of combat duty": the alert, not a deployment.
    if (m.rule.type === 'NUCLEAR_DEPLOYMENT' && matches.some((o) => o.rule.type === 'ALERT_RAISED' && o.start < m.end && m.start <= o.end + 3)) continue;
    // "postponed a similar test", "no need to use nuclear weapons", "promise not to use or threaten to use": the test,
    // the use or the threat is the restraint's object.
    if ((m.rule.type === 'MISSILE_TEST' || m.rule.kind === 'use' || m.rule.type === 'NUCLEAR_THREAT') && matches.some((o) => o.rule.type === 'DE_ESCALATION' && o.rule.kind === 'action' && o.start <= m.start && m.start < o.end)) continue;
    // "Russia was notified ahead of the launch": the launch right after a notice is its object, not a test.
    if (m.rule.type === 'MISSILE_TEST' && matches.some((o) => o.rule.type === 'DE_ESCALATION' && o.rule.kind === 'speech' && o.end <= m.start && m.start - o.end <= 4)) continue;
    // "strategic risk reduction", "nuclear risk reduction channels": the risk named by a de-escalation is no assessment.
    if (m.rule.type === 'RISK_ASSESSMENT' && matches.some((o) => o.rule.type === 'DE_ESCALATION' && o.start < m.end && m.start < o.end)) continue;
    // "la menace nucléaire a plané sur...": a threat named inside an assessment of the risk is that risk.
    if (m.rule.type === 'NUCLEAR_THREAT' && m.rule.kind === 'speech' && matches.some((o) => o.rule.type === 'RISK_ASSESSMENT' && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start)) continue;
    const d = resolveMatch(ctx, sent, m.rule, m.start, m.end, matches, hasDoctrine);
    if (!d) continue;
    if (d.type === 'DOCTRINE_STATEMENT' && hasDoctrineChange) continue;
    // One of the states acting jointly is no target of their act ("France and Britain condemned ...").
    if (d.target !== null && d.coActors?.includes(d.target)) d.target = null;
    drafts.push(withOwnPerson(d));
    // Joint actions ("Londres et Washington envisagent d'autoriser..."): one event per acting state.
    if (m.rule.kind !== 'use' && d.type !== 'RISK_ASSESSMENT') {
      for (const co of d.coActors ?? []) if (d.type !== 'WEAPONS_AUTHORIZATION' || gazetteer().nuclearStates.has(co)) drafts.push(withOwnPerson({ ...d, actor: co, target: d.target === co ? null : d.target, coActors: undefined }));
    }
  }
  addCalledOnActs(ctx, sent, all, drafts);
  if (drafts.length === 0) return; // nothing to filter or keep
  keepBestDrafts(drafts, out);
}

/**
 * "Le Canada exhorte la Russie à revenir au traité", "urged Washington and Moscow to resume talks": a call to
 * de-escalate is the caller's act, and the de-escalation it asks for is the called-on states' possible act
 * (hypothetical, attributed to the caller). A de-escalation the sentence gave to a state called on, as if it had
 * happened, becomes the caller's call.
 */
function addCalledOnActs(ctx: Ctx, sent: Sentence, matches: readonly RawMatch[], drafts: DraftEvent[]): void {
  // A call codes something only when it asks for a de-escalation that was matched.
  if (!matches.some((m) => m.rule.type === 'DE_ESCALATION') && !drafts.some((d) => d.type === 'DE_ESCALATION')) return;
  const { tokens } = ctx.seg;
  const calls = lexicon().callVerbs;
  for (let k = sent.tokStart; k < sent.tokEnd - 2; k++) {
    const phrasal = tokens[k + 1].norm === 'on' || tokens[k + 1].norm === 'upon';
    if ((CALL_NOUNS.has(tokens[k].norm) && !phrasal) || !inList(calls, tokens[k].norm)) continue;
    const called = calledStates(ctx, sent, k);
    if (!called) continue;
    const within = (start: number) => start >= k && start <= called.marker + CALL_REACH;
    const inCall = (d: DraftEvent) => d.type === 'DE_ESCALATION' && within(d.trigStart);
    const asked = drafts.filter(inCall);
    // The de-escalation asked for, as matched (drafts may have none: a call covers the act it asks for, and a call
    // whose caller is unnamed gives no caller's draft).
    // An `asked` pattern counts only as the act asked, right after the call's "to"/« à ».
    const askedHere = (m: RawMatch) => (m.rule.asked ? m.start > called.marker && m.start - called.marker <= ASKED_NEAR : within(m.start));
    const askedMatch = matches.find((m) => m.rule.type === 'DE_ESCALATION' && !m.rule.negative && askedHere(m) && m.rule.needs.every((n) => n === 'nuclear' && nuclearNear(ctx, sent.index)));
    if (asked.length === 0 && !askedMatch) continue;
    const callerDraft = asked.find((d) => !called.states.includes(d.actor));
    let caller = callerDraft?.actor ?? callerBefore(ctx, sent, k);
    if (caller !== null && called.states.includes(caller)) caller = null;
    const person = callerPerson(ctx, sent, k);
    const attributedTo = callerDraft?.attributedTo ?? person ?? caller;
    for (const d of asked) {
      if (!called.states.includes(d.actor) || d.polarity !== 'asserted') continue;
      drafts.splice(drafts.indexOf(d), 1);
      if (caller !== null && !drafts.some((o) => inCall(o) && o.actor === caller)) drafts.push({ ...d, actor: caller, attributedTo: d.attributedTo ?? person, coActors: undefined });
    }
    const trigger: DraftEvent | undefined = callerDraft ?? asked[0];
    const span = trigger ? { trigStart: trigger.trigStart, trigEnd: trigger.trigEnd, rule: trigger.rule } : askedMatch ? { trigStart: askedMatch.start, trigEnd: askedMatch.end, rule: askedMatch.rule.id } : null;
    if (!span) continue;
    for (const state of called.states) {
      if (state === caller || drafts.some((o) => o.type === 'DE_ESCALATION' && o.actor === state && o.polarity === 'hypothetical')) continue;
      drafts.push({
        type: 'DE_ESCALATION', actor: state, target: null, polarity: 'hypothetical', attributedTo, sentence: sent.index, cueSentence: trigger?.cueSentence ?? sent.index,
        trigStart: span.trigStart, trigEnd: span.trigEnd, confidence: CALLED_ON_CONFIDENCE, rule: `${span.rule}+called-on`, actorSource: 'called',
      });
    }
    k = called.marker;
  }
}

/** What others are asked to do is told less surely than what they do. */
const CALLED_ON_CONFIDENCE = 0.6;
/** How many words after the call's "to"/« à » the de-escalation asked for may start. */
const CALL_REACH = 20;
/** How many words after the call's "to"/« à » the act asked may start ("to immediately resume", « à revenir »). */
const ASKED_NEAR = 2;
/** "un appel", "the calls": the noun names no one called on ("calls on Russia" is the verb). */
const CALL_NOUNS = new Set(['appel', 'appels', 'call', 'calls']);
/**
 * Words that may stand between a call verb and the states it calls on ("called on both Moscow and its NATO allies"),
 * a general address before the states named included ("calls on all states, and in particular the United States and
 * the Russian Federation, to").
 */
const CALLED_FILLERS = new Set(['on', 'upon', 'both', 'all', 'the', 'le', 'la', 'les', "l'", 'au', 'aux', 'et', 'and', ',', 'its', 'ses', 'their', 'leurs', 'son', 'sa', 'allies', 'partners', 'partenaires',
  'states', 'countries', 'nations', 'tous', 'toutes', 'etats', 'pays', 'in', 'particular', 'notably', 'especially', 'including', 'notamment', 'en', 'particulier', 'surtout']);
/** How many tokens after a call verb its "to"/« à » may stand. */
const CALLED_REACH = 18;

/**
 * The states a call verb calls on ("exhorte la Russie à", "urged Washington and Moscow to", « demande à la Russie de »)
 * and the index of the "to"/« à »/« de » that opens what they are asked; null when the verb calls on no state.
 */
function calledStates(ctx: Ctx, sent: Sentence, call: number): { states: string[]; marker: number } | null {
  const { tokens } = ctx.seg;
  const states: string[] = [];
  for (let j = call + 1; j < Math.min(sent.tokEnd, call + CALLED_REACH); j++) {
    const mi = ctx.disc.mentionOf[j];
    if (mi >= 0) {
      const m = ctx.mentions[mi];
      if (!m.state || m.kind === 'person' || m.kind === 'role') return null;
      if (!states.includes(m.state)) states.push(m.state);
      j = m.tokEnd - 1;
      continue;
    }
    const n = tokens[j].norm;
    const marker = n === 'to' || n === 'de' || n === "d'" || (n === 'a' && tokens[j].text === 'à');
    if (marker && states.length > 0) return { states, marker: j };
    // « a appelé les deux pays à », "urged both sides to": the two states told just before.
    if (states.length === 0) {
      const pair = pairPhraseAt(ctx, j, sent.tokEnd);
      const named = pair > j ? pairStatesBefore(ctx, sent) : null;
      if (named) {
        states.push(...named);
        j = pair - 1;
        continue;
      }
    }
    // « demande à la Russie de », "appealed to Moscow to": the first "à"/"to" comes before the one called on.
    if (marker && states.length === 0 && (n === 'a' || n === 'to')) continue;
    if (!CALLED_FILLERS.has(n)) return null;
  }
  return null;
}

/** The states a request verb of the trigger's clause asks to act, when the trigger follows their "to"/« de ». */
function askedOf(ctx: Ctx, sent: Sentence, start: number): { verb: number; states: string[] } | null {
  const { tokens } = ctx.seg;
  const cs = clauseStart(tokens, sent, start);
  for (let k = Math.max(cs, start - REQUEST_REACH); k < start - 1; k++) {
    if (!inList(lexicon().request, tokens[k].norm)) continue;
    const called = calledStates(ctx, sent, k);
    if (called && called.marker < start && start - called.marker <= ASKED_NEAR) return { verb: k, states: called.states };
  }
  return null;
}

/**
 * The named person who makes the call: the speaker of the call verb when it is a speech cue ("Il a exhorté", the
 * pronoun resolved), else a person before the call verb in its sentence that no preposition governs.
 */
function callerPerson(ctx: Ctx, sent: Sentence, call: number): string | null {
  const frame = ctx.disc.frames[sent.index].find((f) => f.cueStart <= call && call < f.cueEnd && f.speaker?.kind === 'person' && !f.speaker.vague);
  if (frame?.speaker?.id) return frame.speaker.id;
  return subjectBefore(ctx, sent, call, (m) => (m.kind === 'person' || m.kind === 'role') && m.id !== null)?.id ?? null;
}

/**
 * A conditional opener (cues.yaml `modality.conditional`, « tant que ») after the match in its sentence; the elided « s' »
 * is left out, as it mostly opens a pronominal verb ("s'est-il félicité").
 */
function conditionFollows(tokens: readonly Token[], from: number, limit: number): boolean {
  const openers = lexicon().conditional;
  for (let k = from; k < limit; k++) {
    const n = tokens[k].norm;
    if ((openers.has(n) && n !== "s'") || (n === 'tant' && tokens[k + 1]?.norm === 'que')) return true;
  }
  return false;
}

/** A strike match that ends on "at"/"contre"/"sur"... with a state named right after it: aimed at that state. */
function aimedAtState(ctx: Ctx, m: RawMatch): boolean {
  const last = ctx.seg.tokens[m.end - 1]?.norm ?? '';
  if (!TARGET_MARKERS.has(last)) return false;
  const { tokens } = ctx.seg;
  for (let k = m.end; k < Math.min(tokens.length, m.end + 3); k++) {
    const mi = ctx.disc.mentionOf[k];
    if (mi >= 0) return ctx.mentions[mi].state !== null;
    if (tokens[k].kind !== 'word') return false;
  }
  return false;
}

/**
 * For each word of a sentence (token indices `idx`), 1 when a pattern gap may pass over it without counting it: a
 * number, a date word, a time adverb, an abbreviation's dot, or a connector followed by one of these (cues.yaml
 * `gapWords`).
 */
function gapFreeWords(tokens: readonly Token[], idx: readonly number[], wordIds: Int32Array): Uint8Array {
  const lex = lexicon();
  const free = new Uint8Array(idx.length);
  for (let i = idx.length - 1; i >= 0; i--) {
    const t = tokens[idx[i]];
    // The dots of an abbreviation ("U.S.", "U.K.") are not words either.
    if (isDateOrAdverb(t, wordIds[idx[i]]) || (t.text === '.' && !t.spaceBefore && i + 1 < idx.length)) free[i] = 1;
    else if (i + 1 < idx.length && free[i + 1] === 1 && lex.gapConnectors.has(t.norm)) free[i] = 1;
  }
  return free;
}

/** Drops drafts subsumed by another one of the sentence, keeps the best per type, actor and polarity. */
function keepBestDrafts(drafts: DraftEvent[], out: DraftEvent[]): void {
  // A threat subsumes a warning of the same actor; a threat named inside someone else's warning is its object.
  // Keyed by actor and source: "Moscou a qualifié les frappes d'irresponsables et Medvedev a affirmé que..." is a
  // warning by the state and a threat by the official, two events.
  const threatActors = new Set(drafts.filter((d) => d.type === 'NUCLEAR_THREAT').map((d) => `${d.actor}|${d.attributedTo}`));
  const warningActors = new Set(drafts.filter((d) => d.type === 'WARNING').map((d) => d.actor));
  const typesWithActor = new Set(drafts.filter((d) => d.actorSource !== 'focal').map((d) => d.type));
  const kept = new Map<string, DraftEvent>();
  // A threat named as a noun next to a condemnation ("a condamné ces menaces nucléaires") is its object.
  const nounThreatOnly = drafts.every((d) => d.type !== 'NUCLEAR_THREAT' || d.rule === 'threat-nuclear-noun');
  for (const d of drafts) {
    if (d.type === 'WARNING' && threatActors.has(`${d.actor}|${d.attributedTo}`) && !nounThreatOnly) continue;
    // "have not held formal talks on strategic stability": a trigger inside a longer one of the same event is
    // that event; the longer one has the right polarity.
    // So is one inside a longer refusal of the same type told of another actor ("has rejected U.S. calls to join talks":
    // the rejection, not the joining).
    if (drafts.some((o) => o.type === d.type && (o.actor === d.actor ? o.polarity !== d.polarity : o.negativeRule === true) && o.trigStart <= d.trigStart && d.trigEnd <= o.trigEnd && o.trigEnd - o.trigStart > d.trigEnd - d.trigStart)) continue;
    // Two triggers of one event that overlap ("has given the go-ahead to use"): the one that starts first sees the
    // negation before the verb; the later one does not.
    if (drafts.some((o) => o.type === d.type && o.actor === d.actor && o.polarity !== d.polarity && o.trigStart < d.trigStart && d.trigStart < o.trigEnd)) continue;
    if (d.rule === 'threat-nuclear-noun' && warningActors.size > 0) continue;
    if (d.actorSource === 'focal' && typesWithActor.has(d.type)) continue;
    const key = `${d.type}|${d.actor}|${d.polarity}`;
    const prev = kept.get(key);
    if (!prev || better(d, prev)) kept.set(key, d);
  }
  out.push(...[...kept.values()].sort((a, b) => a.trigStart - b.trigStart));
}

function better(a: DraftEvent, b: DraftEvent): boolean {
  if ((a.attributedTo !== null) !== (b.attributedTo !== null)) return a.attributedTo !== null;
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  return a.trigStart < b.trigStart;
}

interface RawMatch {
  rule: EventRule;
  start: number;
  end: number;
}

/** An opposition verb ("condemns", « dénonce ») among the four words before the trigger. */
function opposedBefore(tokens: readonly Token[], sent: Sentence, start: number): boolean {
  for (let k = Math.max(sent.tokStart, start - 4); k < start; k++) if (inList(lexicon().opposition, tokens[k].norm)) return true;
  return false;
}

function resolveMatch(ctx: Ctx, sent: Sentence, rule: EventRule, start: number, end: number, all: RawMatch[], hasDoctrine: boolean): DraftEvent | null {
  const { tokens } = ctx.seg;
  const gaz = gazetteer();
  if (rule.needs.includes('nuclear') && !nuclearNear(ctx, sent.index) && !all.some((o) => o.rule.type === 'MISSILE_TEST')) return null;
  if ((rule.kind === 'use' || rule.type === 'NUCLEAR_THREAT') && opposedBefore(tokens, sent, start)) return null;
  if (rule.needs.includes('nuclearHere') && !ctx.nuclearSentence(sent.index)) return null;
  if (inConditional(tokens, sent, start)) return null;

  const quoteIndex = ctx.disc.quoteOf[start];
  const quote = quoteIndex >= 0 ? ctx.disc.quotes[quoteIndex] : null;
  const frames = ctx.disc.frames[sent.index];
  // Voice: who says the words that contain the trigger (innermost); reporter: outermost named source.
  const before = frames.filter((f) => f.cueEnd <= start && f.speaker !== null);
  const paren = frames.find((f) => f.parenthetical && f.cueStart >= end && f.speaker !== null && !(quote && quote.speaker));
  let voice: Speaker | null = quote?.speaker ?? (before.length ? before[before.length - 1].speaker : paren?.speaker ?? null);
  // A transcript label naming nobody we know (a deputy asking a question) is no source: the one it reports is.
  const sources = before.length > 1 && before[0].cueStart === before[0].cueEnd && before[0].speaker?.id === null && before[0].speaker.state === null ? before.slice(1) : before;
  let reporter: Speaker | null = sources.length ? sources[0].speaker : quote?.speaker ?? paren?.speaker ?? null;
  if (quote && quote.speaker && before.length === 0) reporter = quote.speaker;
  // The trigger is itself the cue ("a mis Moscou en garde"): the narrator reports it.
  const selfCue = frames.find((f) => f.cueStart <= start && f.cueEnd > start);
  if (selfCue && before.length === 0 && !quote) {
    // A named person who warns/condemns is the source ("Lavrov a averti que..."); a state is the actor only.
    voice = selfCue.speaker;
    // An unnamed official ("Japan's representative warned") is the source too, as the state (ontology §3).
    reporter = paren?.speaker ?? (selfCue.speaker && (selfCue.speaker.kind === 'person' || (selfCue.speaker.kind === 'group' && !selfCue.speaker.vague)) ? selfCue.speaker : null);
  }
  const beliefFrame = frames.some((f) => f.belief && f.cueEnd <= start);
  // "The declaration also warns that...": a document speaks for the one who issued it.
  if (!voice && (rule.kind === 'warn' || rule.kind === 'speech')) {
    const issuer = documentIssuer(ctx, sent);
    if (issuer) voice = issuer;
  }
  if (rule.type === 'WARNING' && warningCompound(tokens, sent, start)) return null;
  if (rule.needs.includes('speaker') && !voice) return null;
  if (rule.needs.includes('official') && !(voice && isOfficial(voice))) return null;

  let type: EventType = rule.type;
  let actor: string | null = null;
  let confidence = 0.55;
  const agent = findAgent(ctx, sent, start, end, voice);
  // An act told with its doer in its own clause ("Obama and Medvedev signed the treaty", "la France a signé"), not
  // one whose doer is only guessed ("..., which signed the treaty in 1996 but never ratified it").
  if (rule.needs.includes('agent') && agent.source !== 'clause' && agent.source !== 'after') return null;

  // "une décision dénoncée par les Occidentaux", "condemned by NATO": the one after par/by condemns.
  const passive = (rule.kind === 'warn' || rule.kind === 'speech') && isSpeechVerb(tokens[start].norm) ? passiveAgent(ctx, sent, end) : undefined;
  if (passive === null) return null;
  if (passive) {
    voice = passive;
    reporter = passive.kind === 'person' ? passive : null;
  }
  let reaction = false;
  let treatyPartner: string | null = null;

  switch (rule.kind) {
    case 'use': {
      if (hasDoctrine) return null;
      const use = resolveUse(ctx, sent, start, end, all, voice, beliefFrame, agent);
      if (!use) return null;
      type = use.type;
      actor = use.actor;
      confidence = use.confidence;
      break;
    }
    case 'warn': {
      const warner = selfCue?.speaker ?? voice;
      // A warning nobody utters (no speaker, no subject: the document's main state as a guess) is the narrator's.
      if (!warner && agent.source === 'focal') return null;
      // "the allies condemn Russia's rhetoric": a state named after the verb is what is condemned, not who.
      if (!warner && agent.source === 'after' && isSpeechVerb(tokens[start].norm)) return null;
      if (warner && warner.kind === 'person' && !isOfficial(warner)) {
        // "spokesperson Sean Savett said the United States "strongly condemns" the launch": a state as the warning
        // verb's own subject warns, whoever reports it.
        if (agent.source === 'clause' && agent.actor && !agent.person) {
          actor = agent.actor;
        } else {
          if (!nuclearNear(ctx, sent.index)) return null;
          type = 'RISK_ASSESSMENT';
          actor = ctx.focal;
        }
      } else {
        actor = warner?.state ?? agent.actor;
      }
      break;
    }
    case 'strike': {
      if (hasDoctrine) return null;
      // "autorisé Kiev à utiliser des missiles pour frapper...", "to strike targets": a purpose, not a strike.
      if (all.some((o) => o.rule.type === 'WEAPONS_AUTHORIZATION' && o.start < start)) return null;
      if (/^(pour|to|afin)$/.test(tokens[start - 1]?.norm ?? '')) return null;
      const blame = findBlame(ctx, sent, end);
      // "Kyiv said a Russian missile struck Kharkiv": the one who tells of the strike did not strike, unless a pronoun
      // stands for it ("Ukraine said it struck"); the strike is the state's named between the report and the verb (v20).
      const told = frames.find((f) => !f.parenthetical && f.cueEnd <= start && f.speaker?.state != null && f.speaker.state === agent.actor);
      const teller = told !== undefined && !lexicon().prepositions.has(tokens[told.cueEnd]?.norm ?? '') && !pronounBetween(ctx, told.cueEnd, start);
      const direct = !teller && (agent.source === 'clause' || agent.source === 'relative' || agent.source === 'self' || (agent.source === 'subject' && frames.length === 0));
      // Otherwise the owner of the system that struck ("the Oreshnik crashed down on Dnipro", v20).
      actor = blame ? blame.actor : direct ? agent.actor : (teller ? stateBetween(ctx, told.cueEnd, start) : null) ?? systemOwner(ctx, sent);
      if (blame?.by) reporter = blame.by;
      if (!actor) return null;
      break;
    }
    default:
      // A warning nobody utters ("... should make automation a red line"): the narrator's opinion.
      if (rule.actor === 'speaker' && !voice && agent.source === 'focal' && rule.type === 'WARNING') return null;
      // "the United States had been notified of the launch", said by a US official: the subject of a passive
      // speech act received it; the one who made it is not the speaker's side.
      if (rule.actor === 'speaker' && voice?.state && agent.source === 'clause' && agent.actor === voice.state && PASSIVE_AUX.has(tokens[start - 1]?.norm ?? '') && PARTICIPLE.test(tokens[start].norm)) return null;
      if (rule.actor === 'speaker') actor = voice?.state ?? agent.actor;
      else if (rule.actor === 'possessor') {
        actor = findPossessor(ctx, sent, start, end, voice) ?? agent.actor;
        // "nothing that would cause us to adjust our own posture": the speaker's side would only react; the event
        // is the other side's change, seen or not.
        if (voice?.state && actor === voice.state && ownReaction(tokens, sent, start)) {
          if (!ctx.focal || ctx.focal === voice.state) return null;
          actor = ctx.focal;
          reaction = true;
        }
      } else if (rule.actor === 'previous') {
        actor = ctx.lastActor.get(rule.type) ?? null;
        if (!actor) return null;
      } else if (rule.actor === 'parties') {
        // "New START expired without a successor": the treaty's two parties, named here or in the two sentences before.
        const parties = treatyParties(ctx, sent);
        if (!parties) return null;
        actor = parties[0];
        treatyPartner = parties[1];
      } else if (rule.actor === 'owner') {
        // "souhaitait accueillir le missile russe Orechnik": the host does not deploy, the weapon's owner does.
        actor = adjectiveInside(ctx, start, end) ?? systemOwner(ctx, sent);
        if (!actor) return null;
      } else if (rule.actor === 'figure') {
        // A figure with no state before it ("the odds that a false warning triggers a launch are under one
        // percent") is nobody's risk we can code.
        actor = stateBeforeFigure(ctx, sent, start, rule);
        if (!actor) return null;
        // "an 81 percent cost overrun", "37 percent over budget": a cost or a change, not a probability.
        if (inList(lexicon().notProbability, ctx.seg.tokens[end]?.norm ?? '')) return null;
      }
      else if (rule.actor === 'focal') actor = (rule.type === 'RISK_ASSESSMENT' ? stateInside(ctx, start, end) ?? adjectiveNear(ctx, sent, start, end) : null) ?? ctx.focal ?? agent.actor;
      else if (rule.type === 'DOCTRINE_STATEMENT' && agent.source === 'speaker') actor = ctx.focal ?? agent.actor;
      // "Ils demandent à la Russie de revenir au traité", "We call on Russia to return": the trigger is the call and no
      // caller stands in its clause; the state after it is the one called on, not the caller.
      else if (rule.kind === 'speech' && (agent.source === 'after' || agent.source === 'focal') && inList(lexicon().callVerbs, tokens[start].norm) && calledOn(ctx, start, sent.tokEnd) === agent.actor) actor = callerBefore(ctx, sent, start) ?? voice?.state ?? null;
      // "Le Canada condamne le déploiement d'armes nucléaires au Bélarus": who condemns an action named as a noun is
      // not its doer; only a state adjective names the doer then.
      else if (NOMINAL_ACTIONS.has(rule.type) && nominal(tokens, start)) actor = adjectiveNear(ctx, sent, start, end) ?? (agent.source === 'clause' && opposedBefore(tokens, sent, start) ? null : agent.actor);
      // "Une sortie du TNP constituerait une faute grave", said by a French minister: an action named as a noun
      // with no agent but the speaker is not the speaker's own: an indefinite one is anybody's, a definite one
      // is the speaker's only when the text is about the speaker's state ("the updated version of the doctrine",
      // in a Kremlin readout).
      else if (rule.kind === 'action' && (agent.source === 'speaker' || (agent.source === 'subject' && agent.actor === voice?.state)) && (INDEFINITES.has(tokens[start - 1]?.norm ?? '') || (DETERMINERS.has(tokens[start - 1]?.norm ?? '') && agent.actor !== ctx.focal))) return null;
      else actor = agent.actor;
  }
  // "a resolution that called on all states not to deploy nuclear weapons": what others are called on to do (or
  // not to do) is nobody's act yet.
  // A state named right after the call ("called on the United States to station nuclear weapons") is asked to act:
  // its act, hypothetical (see requested).
  const call = rule.kind === 'action' && type !== 'DE_ESCALATION' ? callOnBefore(ctx, sent, start) : -1;
  if (call >= 0 && (actor === null || calledOn(ctx, call, start) !== actor)) return null;
  // "It urges Beijing to engage in risk reduction talks": the one called on does not act; the caller does.
  if (type === 'DE_ESCALATION' && rule.kind === 'action' && agent.source === 'clause' && actor) {
    const call = callBefore(ctx, sent, start);
    if (call >= 0) {
      const caller = callerBefore(ctx, sent, call) ?? voice?.state ?? null;
      if (!caller || caller === actor) return null;
      actor = caller;
    }
  }
  // A test, deployment or exercise of a named system whose sentence names no actor: the system's owner.
  if (OWNED_ACTIONS.has(type) && (agent.source === 'focal' || agent.source === 'speaker' || !actor) && rule.actor === 'subject') actor = systemOwner(ctx, sent) ?? actor;
  if (!actor) return null;
  const actorInfo = gaz.actors.get(actor);
  if (actorInfo && actorInfo.kind === 'person') actor = actorInfo.state ?? actor;
  if (type === 'WEAPONS_AUTHORIZATION' && !gaz.nuclearStates.has(actor)) return null;
  if (type === 'MISSILE_TEST' && hasDoctrine) return null;
  let coActors = treatyPartner ? [treatyPartner] : jointActors(agent, actor);
  // A meeting counts between rivals only ("Putin and Trump met", "Burns met his Russian counterpart"): both sides act.
  if (rule.needs.includes('rivals')) {
    const doer = actor;
    const met = coActors?.find((co) => areRivals(doer, co)) ?? stateRightAfter(ctx, sent, end);
    if (!met || !areRivals(doer, met)) return null;
    if (!coActors?.includes(met)) coActors = [...(coActors ?? []), met];
  }

  const target = TARGET_TYPES.has(type) || rule.kind === 'strike' ? findTarget(ctx, sent, start, end, actor) : null;
  if (rule.kind === 'strike' && target === actor) return null;
  if (rule.kind === 'strike') {
    const targetNuclear = target !== null && gaz.nuclearStates.has(target);
    type = target !== null ? (targetNuclear ? 'STRIKE_ON_NUCLEAR_STATE' : 'MAJOR_STRIKE') : gaz.nuclearStates.has(actor) ? 'MAJOR_STRIKE' : 'STRIKE_ON_NUCLEAR_STATE';
  }

  let polarity = reaction ? (negationCount(tokens, sent, start) % 2 === 1 ? 'negated' : 'asserted') : polarityOf(tokens, sent, rule, type, start, end, before);
  if (rule.negative && polarity !== 'hypothetical') polarity = polarity === 'negated' ? 'asserted' : 'negated';
  // "Je ne qualifierais pas cela de menace": a label denied asserts nothing.
  if (polarity === 'negated' && rule.whenNegated === 'drop') return null;
  // « ne confirme ni ne dément »: the negation is part of the phrase, which asserts a policy.
  if (polarity === 'negated' && rule.whenNegated === 'assert') polarity = 'asserted';
  if (polarity === 'hypothetical' && rule.whenHypothetical === 'assert') polarity = 'asserted';
  if (polarity === 'asserted' && rule.projection) polarity = 'hypothetical';

  // "Duda a demandé aux États-Unis de déployer des armes nucléaires", "urged Washington to station warheads": the act
  // asked of named states is theirs, possibly, told by the one who asks (de-escalations asked for: addCalledOnActs).
  let askedBy: string | null = null;
  if (rule.kind === 'action' && polarity === 'hypothetical' && type !== 'DE_ESCALATION') {
    const asked = askedOf(ctx, sent, start);
    if (asked && actor !== null && !asked.states.includes(actor)) {
      askedBy = callerPerson(ctx, sent, asked.verb) ?? actor;
      actor = asked.states[0];
      coActors = asked.states.length > 1 ? asked.states.slice(1) : undefined;
    }
  }
  let attributedTo = askedBy ?? (reporter && !reporter.vague ? (reporter.id ?? (reporter.kind === 'group' ? reporter.state : null)) : null);
  // "La Biélorussie, qui a annoncé un exercice": a state announcing its own action is the narrator's report.
  // A state reporting its own action or speaking in its own name ("Moscou a dénoncé", "The United States regrets"):
  // the narrator's report.
  if (reporter && reporter.kind === 'state' && reporter.state === actor) attributedTo = null;
  // A person who threatens or warns for the state, subject of the speech-act verb itself ("Putin threatened on
  // Friday to use...", "Poutine a menacé de..."), is its source (ontology §3); narrated actions stay the narrator's.
  if (!attributedTo && !reporter && (rule.kind === 'speech' || rule.kind === 'warn') && OWN_SPEECH.has(type) && agent.source === 'clause' && agent.person && isSpeechVerb(tokens[start].norm) && !nominal(tokens, start) && gaz.actors.get(agent.person)?.state === actor) attributedTo = agent.person;
  if (agent.source === 'clause' || agent.source === 'after') confidence += 0.15;
  if (end - start >= 2) confidence += 0.1;
  if (attributedTo) confidence += 0.1;
  if (rule.kind === 'action' && polarity === 'asserted') confidence += 0.05;
  return {
    type,
    actor,
    target: target === actor ? null : target,
    polarity,
    attributedTo,
    sentence: sent.index,
    trigStart: start,
    trigEnd: end,
    confidence: Math.min(0.95, Math.round(confidence * 100) / 100),
    rule: rule.id,
    negativeRule: rule.negative || undefined,
    cueSentence: quote ? quote.cueSentence : sent.index,
    actorSource: rule.kind === 'warn' || rule.actor === 'speaker' ? 'speaker' : rule.actor === 'figure' ? 'clause' : agent.source,
    coActors,
    ...(agent.jointPersons ? { jointPersons: agent.jointPersons } : {}),
  };
}

/**
 * Whether one of the rule's `notWith` words stands among the matched words or the few words after them ("signed a
 * partnership treaty", "a treaty on security guarantees", « un traité de partenariat »).
 */
function spanHolds(norms: readonly string[], idx: readonly number[], m: RawMatch, notWith: readonly Alt[]): boolean {
  let after = 0;
  for (let w = 0; w < idx.length; w++) {
    if (idx[w] < m.start) continue;
    if (idx[w] >= m.end && ++after > NOT_WITH_AFTER) break;
    if (inList(notWith, norms[w])) return true;
  }
  return false;
}

/** How many words after a match its `notWith` words are looked for. */
const NOT_WITH_AFTER = 4;

/** Whether the two states or blocs are rivals (actors.yaml `rivals`). */
function areRivals(a: string, b: string): boolean {
  return lexicon().rivalPairs.has(`${a}|${b}`);
}

/**
 * The state of the one named right after a verb, past "with" and the determiners and titles before a name ("met his
 * Russian counterpart", "met with Chinese President Xi"); null when other words come first (« met en garde Kiev »).
 */
function stateRightAfter(ctx: Ctx, sent: Sentence, end: number): string | null {
  const { tokens } = ctx.seg;
  for (let k = end; k < Math.min(sent.tokEnd, end + 5); k++) {
    const mi = ctx.disc.mentionOf[k];
    if (mi >= 0) return ctx.mentions[mi].state;
    const word = tokens[k].norm;
    if (!(COUNTERPART_LEADS.has(word) || DETERMINERS.has(word) || isTitleWord(word))) return null;
  }
  return null;
}

const COUNTERPART_LEADS = new Set(['with', 'avec', 'his', 'her', 'their', 'its', 'son', 'sa', 'ses', 'leur', 'leurs']);

/** Each person of a joint subject by their state; none for persons without one. */
function jointPersonsOf(persons: Mention[]): Record<string, string> | undefined {
  const byState: Record<string, string> = {};
  for (const p of persons) if (p.state && p.id && !(p.state in byState)) byState[p.state] = p.id;
  return Object.keys(byState).length > 1 ? byState : undefined;
}

/** An event of one member of a joint subject ("Biden and Xi agreed") is attributed to that member, not to the other. */
function withOwnPerson(d: DraftEvent): DraftEvent {
  const persons = d.jointPersons;
  if (!persons || d.attributedTo === null || !Object.values(persons).includes(d.attributedTo)) return d;
  return { ...d, attributedTo: persons[d.actor] ?? d.attributedTo };
}

/** The other states of a coordinated subject when the event's actor is one of them ("Washington, Séoul et Tokyo"). */
function jointActors(agent: Agent, actor: string): string[] | undefined {
  if (!agent.coActors || (agent.source !== 'clause' && agent.source !== 'subject' && agent.source !== 'after') || !agent.actor) return undefined;
  const all = [agent.actor, ...agent.coActors];
  return all.includes(actor) ? all.filter((x) => x !== actor) : undefined;
}

/**
 * A use of nuclear weapons named in the sentence: a threat when its actor speaks, a risk assessment when someone
 * else speaks, believes or a modal hedges it; a generic use ("any use") is the condition of a warning.
 */
function resolveUse(ctx: Ctx, sent: Sentence, start: number, end: number, all: RawMatch[], voice: Speaker | null, beliefFrame: boolean, agent: Agent): { type: EventType; actor: string; confidence: number } | null {
  const { tokens } = ctx.seg;
  // "any use of nuclear weapons would...", "en cas d'usage": the condition of a warning, not a threat.
  if (genericUse(tokens, sent, start)) {
    if (all.some((o) => o.rule.type === 'WARNING' || o.rule.type === 'NUCLEAR_THREAT' && o.rule.kind !== 'use')) return null;
    if (!voice || !voice.state || !isOfficial(voice)) return null;
    return { type: 'WARNING', actor: voice.state, confidence: 0.55 };
  }
  // A negated belief ("ne croient plus que X prévoit d'utiliser") is itself an assessment of the risk.
  const negatedBelief = beliefFrame && negationCount(tokens, sent, start) % 2 === 1;
  // A match absorbs the use unless the belief is negated and it is a reported plan.
  if (all.some((o) => !(negatedBelief && o.rule.type === 'PLANNING_REPORTED') && o.rule.kind !== 'use' && o.rule.type !== 'WARNING' && o.rule.type !== 'RISK_ASSESSMENT' && o.start < end && start < o.end)) return null;
  if (all.some((o) => !(negatedBelief && o.rule.type === 'PLANNING_REPORTED') && (o.rule.type === 'PLANNING_REPORTED' || o.rule.type === 'DE_ESCALATION' || o.rule.type === 'NUCLEAR_USE'))) return null;
  for (let k = Math.max(sent.tokStart, start - 3); k < start; k++) if (TOPIC_MARKERS.has(tokens[k].norm) || (tokens[k].norm === 'parle' || tokens[k].norm === 'talks')) return null;
  if (!agent.actor || agent.source === 'focal' || agent.source === 'speaker') return null;
  // "David Lammy said the nuclear test would be bad news": the sentence's subject is the speaker, not the user.
  if (agent.source === 'subject' && voice?.state === agent.actor) return null;
  const actor = agent.actor;
  const selfSpeaker = voice && voice.state === actor && isOfficial(voice);
  let type: EventType;
  if (selfSpeaker || (agent.source === 'self' && voice && isOfficial(voice))) {
    type = 'NUCLEAR_THREAT';
  } else if ((voice && voice.state !== actor) || beliefFrame || (voice && !isOfficial(voice))) {
    type = 'RISK_ASSESSMENT';
  } else if (hasModality(tokens, sent, start, end)) {
    type = 'RISK_ASSESSMENT';
  } else return null;
  return { type, actor, confidence: 0.6 };
}

/** Negated (an odd number of negations reach the trigger), hypothetical (modality), else asserted. */
function polarityOf(tokens: readonly Token[], sent: Sentence, rule: EventRule, type: EventType, start: number, end: number, before: Frame[]): Polarity {
  if (SPEECH_ACT_TYPES.has(type) || rule.kind === 'speech' || rule.kind === 'warn' || rule.kind === 'use') {
    if (obligedSpeech(tokens, sent, start)) return 'hypothetical';
    return directNegation(tokens, sent, start) ? 'negated' : 'asserted';
  }
  if (notRuledOut(tokens, sent, start)) return 'hypothetical';
  const negations = negationCount(tokens, sent, start) + (negatedInside(tokens, start, end) ? 1 : 0);
  if (negations % 2 === 1) return 'negated';
  // "Londres et Washington envisagent d'autoriser": an action under consideration (a plan is its own type).
  if (type !== 'PLANNING_REPORTED' && (deliberated(tokens, sent, start) || recommended(tokens, sent, start) || requested(tokens, sent, start) || purposed(tokens, sent, start))) return 'hypothetical';
  if (conditionalAfterNoun(tokens, sent, start, end)) return 'hypothetical';
  if (hasModality(tokens, sent, start, end) && !announced(tokens, sent, start) && !reportedFuture(tokens, sent, start, end, before)) return 'hypothetical';
  return 'asserted';
}

function isOfficial(s: Speaker): boolean {
  if (s.kind !== 'person') return s.kind === 'state' || (s.kind === 'group' && !s.vague);
  return s.role === null ? false : OFFICIAL_ROLES.has(s.role) || s.role === 'intelligence';
}

function nuclearNear(ctx: Ctx, sentence: number): boolean {
  for (let s = sentence; s >= 0 && s >= sentence - NUCLEAR_CONTEXT_SENTENCES; s--) if (ctx.nuclearSentence(s) || ctx.testSentences.has(s)) return true;
  return false;
}

/**
 * A sentence whose subject is a document ("The declaration also warns", "Le communiqué dénonce"): the state or body
 * that issued it in one of the six sentences before ("NATO leaders ... adopted a declaration").
 */
function documentIssuer(ctx: Ctx, sent: Sentence): Speaker | null {
  const lex = lexicon();
  const { tokens, sentences } = ctx.seg;
  const k = sent.tokStart;
  // "The declaration", "The final communiqué", "Le communiqué final".
  if (!lex.documentDeterminers.has(tokens[k]?.norm ?? '') || !(lex.documentNouns.has(tokens[k + 1]?.norm ?? '') || (tokens[k + 1]?.kind === 'word' && lex.documentNouns.has(tokens[k + 2]?.norm ?? '')))) return null;
  for (let si = sent.index - 1; si >= Math.max(0, sent.index - 6); si--) {
    const s = sentences[si];
    for (let v = s.tokStart; v < s.tokEnd; v++) {
      if (!inList(lex.issueVerbs, tokens[v].norm)) continue;
      let names = false;
      for (let j = v + 1; j < Math.min(s.tokEnd, v + 6) && !names; j++) names = lex.documentNouns.has(tokens[j].norm);
      if (!names) continue;
      // The issuer is the subject: the first state or body before the verb that no preposition governs.
      for (let j = s.tokStart; j < v; j++) {
        const mi = ctx.disc.mentionOf[j];
        if (mi < 0) continue;
        const m = ctx.mentions[mi];
        j = m.tokEnd - 1;
        if (!m.state || m.kind === 'person' || m.kind === 'role' || ISSUER_NOT_AFTER.has(governedBy(tokens, m) ?? '')) continue;
        return { id: m.state, name: m.text, state: m.state, kind: 'state', gender: null, role: 'official', vague: false };
      }
    }
  }
  return null;
}

/** A call verb a few words before the trigger with a state named between them ("urges Beijing to engage"), or -1. */
function callBefore(ctx: Ctx, sent: Sentence, start: number): number {
  const { tokens } = ctx.seg;
  const calls = lexicon().callVerbs;
  for (let k = start - 1; k >= Math.max(sent.tokStart, start - 12); k--) {
    if (!inList(calls, tokens[k].norm)) continue;
    // The one called on follows the verb closely ("urges Beijing", "calls on Russia", "appelle la Chine"); "called
    // the vote a spectacle and said Moscow..." calls on nobody.
    return calledOn(ctx, k, start) !== null ? k : -1;
  }
  return -1;
}

/**
 * "called on all states not to", "appelé tous les États à ne pas": a call on others, a few words before the trigger;
 * the call verb's index, or -1.
 */
function callOnBefore(ctx: Ctx, sent: Sentence, start: number): number {
  const { tokens } = ctx.seg;
  const calls = lexicon().callVerbs;
  for (let k = Math.max(sent.tokStart, start - 10); k < start - 1; k++) {
    if (!inList(calls, tokens[k].norm)) continue;
    const next = tokens[k + 1].norm;
    if (next === 'on' || next === 'upon') return k;
    // French: "appelle tous les États à ne pas déployer" (a participle or finite verb, not the noun "appel").
    if (tokens[k].norm !== 'appel' && tokens[k].norm !== 'appels') for (let j = k + 1; j < Math.min(start, k + 6); j++) if (tokens[j].norm === 'a' && tokens[j].text === 'à') return k;
  }
  return -1;
}

/** The state named right after a call verb, before `limit` ("calls on Russia", « demandent à la Russie »): the one called on. */
function calledOn(ctx: Ctx, call: number, limit: number): string | null {
  for (let j = call + 1; j < Math.min(limit, call + 4); j++) {
    const mi = ctx.disc.mentionOf[j];
    if (mi >= 0 && ctx.mentions[mi].state) return ctx.mentions[mi].state;
  }
  return null;
}

/** The subject before a call verb: the first state, body or person in the sentence that no preposition governs. */
function callerBefore(ctx: Ctx, sent: Sentence, call: number): string | null {
  return subjectBefore(ctx, sent, call, (m) => m.state !== null)?.state ?? documentIssuer(ctx, sent)?.state ?? null;
}

/** The first mention before `call` in its sentence that no preposition governs and that `accept` takes. */
function subjectBefore(ctx: Ctx, sent: Sentence, call: number, accept: (m: Mention) => boolean): Mention | null {
  for (let j = sent.tokStart; j < call; j++) {
    const mi = ctx.disc.mentionOf[j];
    if (mi < 0) continue;
    const m = ctx.mentions[mi];
    j = m.tokEnd - 1;
    if (accept(m) && !ISSUER_NOT_AFTER.has(governedBy(ctx.seg.tokens, m) ?? '')) return m;
  }
  return null;
}

/** "early warning", "a missile warning officer", "warning systems": "warning" inside a compound noun. */
function warningCompound(tokens: readonly Token[], sent: Sentence, start: number): boolean {
  if (!tokens[start].norm.startsWith('warning')) return false;
  const lex = lexicon();
  return (start > sent.tokStart && lex.warningBefore.has(tokens[start - 1].norm)) || lex.warningAfter.has(tokens[start + 1]?.norm ?? '');
}

/** The state named last before a figure, back to the previous match of the same rule (an earlier figure). */
function stateBeforeFigure(ctx: Ctx, sent: Sentence, start: number, rule: EventRule): string | null {
  const { tokens } = ctx.seg;
  for (let k = start - 1; k >= sent.tokStart; k--) {
    const mi = ctx.disc.mentionOf[k];
    if (mi >= 0) {
      const m = ctx.mentions[mi];
      k = m.tokStart;
      const gov = governedBy(tokens, m);
      if (m.state && m.kind !== 'person' && (m.kind === 'adjective' || !(gov && OBJECT_MARKERS.has(gov)))) return m.state;
      continue;
    }
    if (inList(figureWords(rule), tokens[k].norm)) return null;
  }
  return null;
}

const figureAlts = new Map<EventRule, Alt[]>();
/** The single words of a rule's patterns (its figure words). */
function figureWords(rule: EventRule): Alt[] {
  let alts = figureAlts.get(rule);
  if (!alts) {
    alts = compileWordList(rule.patterns.filter((p) => !p.includes(' ')));
    figureAlts.set(rule, alts);
  }
  return alts;
}

/** Whether a personal pronoun stands in tokens [from, to) ("said it struck", « a affirmé qu'elle avait frappé »). */
function pronounBetween(ctx: Ctx, from: number, to: number): boolean {
  const pronouns = lexicon().personalPronouns;
  for (let k = from; k < to; k++) if (pronouns.has(ctx.seg.tokens[k].norm)) return true;
  return false;
}

/** The state of the first state or adjective mention in tokens [from, to) ("said a Russian missile struck"). */
function stateBetween(ctx: Ctx, from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const mi = ctx.disc.mentionOf[k];
    if (mi >= 0 && ctx.mentions[mi].state) return ctx.mentions[mi].state;
  }
  return null;
}

/**
 * The owner of the first delivery system named in the sentence ("an unarmed Minuteman III" -> USA); of a system
 * two states field (Trident), the document's main state when it is one of them, else the first listed.
 */
function systemOwner(ctx: Ctx, sent: Sentence): string | null {
  const { tokens } = ctx.seg;
  const owners = lexicon().systemOwners;
  for (let k = sent.tokStart; k < sent.tokEnd; k++) {
    if (tokens[k].kind !== 'word') continue;
    let first: string | null = null;
    for (const o of owners) {
      if (!inList(o.alts, tokens[k].norm)) continue;
      if (o.state === ctx.focal) return o.state;
      first ??= o.state;
    }
    if (first) return first;
  }
  return null;
}

/** How many words from the clause start may hold a pair phrase ("The two leaders", ", les deux dirigeants"). */
const PAIR_WORDS = 5;

/**
 * "The two leaders condemned ...", « Les deux hommes ont évoqué ... » as the clause's subject: the two states named
 * by persons or states in the sentence before, when it names exactly two (the first leads).
 */
function pairAgent(ctx: Ctx, sent: Sentence, cs: number, start: number): Agent | null {
  const { tokens } = ctx.seg;
  // The phrase opens the clause (after a comma or a quote at most): only its first words are looked at.
  if (!lexicon().pairAnaphors.match(normsOf(tokens, cs, Math.min(start, cs + PAIR_WORDS))).some((m) => m.start === 0 || tokens[cs + m.start - 1].kind !== 'word')) return null;
  const states = pairStatesBefore(ctx, sent);
  return states ? { actor: states[0], source: 'clause', coActors: [states[1]] } : null;
}

/** The end of a pair phrase ("the two countries", « les deux pays ») starting at token k, or -1 when none starts there. */
function pairPhraseAt(ctx: Ctx, k: number, limit: number): number {
  const m = lexicon().pairAnaphors.match(normsOf(ctx.seg.tokens, k, Math.min(limit, k + PAIR_WORDS))).find((p) => p.start === 0);
  return m ? k + m.end : -1;
}

/**
 * The two states a pair phrase stands for: those the sentence before names, when it names exactly two, as states
 * ("Trump said Russia and China were testing. … either country") or else through persons too ("Kishida and Biden"), or
 * else through adjectives alone ("the Russian and American delegations").
 */
function pairStatesBefore(ctx: Ctx, sent: Sentence): [string, string] | null {
  const before = ctx.seg.sentences[sent.index - 1];
  if (!before) return null;
  const named: string[] = [];
  const all: string[] = [];
  const adjectives: string[] = [];
  for (let k = before.tokStart; k < before.tokEnd; k++) {
    const mi = ctx.disc.mentionOf[k];
    if (mi < 0) continue;
    const m = ctx.mentions[mi];
    k = m.tokEnd - 1;
    if (!m.state) continue;
    if (m.kind === 'adjective') {
      if (!adjectives.includes(m.state)) adjectives.push(m.state);
      continue;
    }
    if (!all.includes(m.state)) all.push(m.state);
    if (!PERSON_KINDS.has(m.kind) && !named.includes(m.state)) named.push(m.state);
  }
  // States named only by adjectives ("les délégations russe et américaine") count when no state is named otherwise.
  const states = named.length === 2 ? named : all.length > 0 ? all : adjectives;
  return states.length === 2 ? [states[0], states[1]] : null;
}

/** How many sentences back a treaty named before still stands for "it" or "the treaty". */
const TREATY_REACH = 2;

/** The two parties of the bilateral treaty the sentence names, or else the nearest of the sentences before names. */
function treatyParties(ctx: Ctx, sent: Sentence): readonly [string, string] | null {
  for (let i = sent.index; i >= Math.max(0, sent.index - TREATY_REACH); i--) {
    const s = ctx.seg.sentences[i];
    const found = lexicon().treaties.match(normsOf(ctx.seg.tokens, s.tokStart, s.tokEnd));
    if (found.length > 0) return found[0].payload;
  }
  return null;
}

/** Start of the clause containing token k: after a complementiser, relative pronoun, ';', ':' or a quote mark. */
function clauseStart(tokens: readonly Token[], sent: Sentence, k: number): number {
  const breaks = lexicon().clauseBreaks;
  for (let j = k - 1, n = 0; j >= sent.tokStart && n < 40; j--, n++) {
    const t = tokens[j];
    if (t.text === ';' || t.text === ':' || t.text === '–' || t.text === '—' || ((isOpener(t) || isCloser(t)) && !partialMarks[j])) return j + 1;
    if (breaks.has(t.norm) && t.norm !== 'et' && t.norm !== 'and' && t.norm !== 'ou') return j + 1;
  }
  return Math.max(sent.tokStart, k - 40);
}

function clauseEnd(tokens: readonly Token[], sent: Sentence, k: number): number {
  const breaks = lexicon().clauseBreaks;
  for (let j = k, n = 0; j < sent.tokEnd && n < 40; j++, n++) {
    const t = tokens[j];
    if (t.text === ';' || t.text === ':' || ((isOpener(t) || isCloser(t)) && !partialMarks[j])) return j;
    if (breaks.has(t.norm) && t.norm !== 'et' && t.norm !== 'and' && t.norm !== 'ou' && t.norm !== 'de') return j;
  }
  return Math.min(sent.tokEnd, k + 40);
}

interface Agent {
  actor: string | null;
  /** The person named as the agent (subject of the clause), when there is one. */
  person?: string | null;
  source: 'clause' | 'self' | 'pronoun' | 'relative' | 'after' | 'subject' | 'speaker' | 'focal';
  /** Other states coordinated with the agent as subjects of the same verb ("Londres et Washington"). */
  coActors?: string[];
  /** Coordinated persons of different states ("Biden and Xi"), by state. */
  jointPersons?: Record<string, string>;
}

/**
 * "il pourrait", "ils restent": the person spoken about; without coreference here, the focal state when the
 * speaker is foreign, else the speaker's state.
 */
function pronounAgent(ctx: Ctx, voiceState: string): Agent {
  return { actor: ctx.focal && voiceState !== ctx.focal ? ctx.focal : voiceState, source: 'pronoun' };
}

/** "X said that he...": the pronoun opens the complement clause of a speech verb whose subject X it agrees with. */
function selfReference(ctx: Ctx, sent: Sentence, k: number, voice: Speaker): boolean {
  const { tokens } = ctx.seg;
  if (voice.kind !== 'person' || !/^(que|qu'|that)$/.test(tokens[k - 1]?.norm ?? '')) return false;
  const gender = /^(il|he)$/.test(tokens[k].norm) ? 'm' : /^(elle|she)$/.test(tokens[k].norm) ? 'f' : null;
  if (gender === null || voice.gender !== gender) return false;
  // The cue of that speaker ends within a few words before "that" ("announced on Friday that"), or before an aside
  // between commas (« a précisé, dans un entretien diffusé jeudi, qu'il »).
  const near = (cueEnd: number) => {
    if (cueEnd >= k - 5) return true;
    if (tokens[cueEnd]?.text !== ',' || tokens[k - 2]?.text !== ',' || k - 2 - cueEnd > 14) return false;
    for (let j = cueEnd + 1; j < k - 2; j++) if (tokens[j].text === ',' || tokens[j].text === '.' || tokens[j].text === ';') return false;
    return true;
  };
  return ctx.disc.frames[sent.index].some((f) => f.speaker === voice && f.cueEnd <= k - 1 && near(f.cueEnd) && f.cueStart < f.cueEnd);
}

/** A personal subject pronoun, not the impersonal "il y a", "il faut", "il s'agit". */
function isSubjectPronoun(tokens: readonly Token[], k: number): boolean {
  if (!/^(il|elle|ils|elles|he|she|they)$/.test(tokens[k].norm)) return false;
  return !/^(y|faut|fallait|s'agit|s'agissait|semble|semblait)$/.test(tokens[k + 1]?.norm ?? '');
}

/** The preposition governing a mention, looking past an article ("contre l'Ukraine" -> contre). */
export function governedBy(tokens: readonly Token[], m: Mention): string | null {
  let k = m.tokStart - 1;
  if (k >= 0 && /^(le|la|les|l'|the|un|une|a|an)$/.test(tokens[k].norm) && tokens[k].norm !== 'a') k--;
  return k >= 0 ? tokens[k].norm : null;
}

/** How far back from a place the actor before it is looked for ("Blinken, speaking in Athens"): a few words. */
const MAX_PLACE_LOOKBACK = 24;

/** The nearest state, alliance, body or person before `at` in the sentence, outside quotes, that is no place or object. */
function actorBeforePlace(ctx: Ctx, sent: Sentence, at: number): Agent | null {
  const { tokens } = ctx.seg;
  for (let k = at - 1; k >= Math.max(sent.tokStart, at - MAX_PLACE_LOOKBACK); k--) {
    const mi = ctx.disc.mentionOf[k];
    if (mi < 0 || ctx.disc.quoteOf[k] >= 0) continue;
    const m = ctx.mentions[mi];
    k = m.tokStart;
    const gov = governedBy(tokens, m);
    if (m.kind === 'adjective' || !m.state || (gov && (OBJECT_MARKERS.has(gov) || PLACE_MARKERS.has(gov)))) continue;
    return { actor: m.state, source: 'clause', person: (m.kind === 'person' || m.kind === 'role') && m.id ? m.id : null };
  }
  return null;
}

/** "la centrale, occupée par l'armée russe", "a plant held by Russian forces": the one who holds it, not the agent. */
function heldBy(tokens: readonly Token[], m: Mention): boolean {
  // "par l'armée russe", "par les forces russes", "by Russian forces": a few words back to "par"/"by".
  for (let k = m.tokStart - 1; k >= Math.max(1, m.tokStart - 3); k--) {
    if (tokens[k].kind === 'punct') return false;
    if (/^(par|by)$/.test(tokens[k].norm)) return inList(lexicon().holders, tokens[k - 1].norm);
  }
  return false;
}

/** The mention whose last token is k, if any. */
function mentionEndingAt(ctx: Ctx, k: number): Mention | null {
  const mi = k >= 0 ? ctx.disc.mentionOf[k] : -1;
  return mi >= 0 && ctx.mentions[mi].tokEnd === k + 1 ? ctx.mentions[mi] : null;
}

/**
 * "Trump and Russian President Vladimir Putin", « Biden et le président chinois Xi Jinping », "Xi and then US president
 * Joe Biden": the joiner before the titles that introduce a person (articles, state names and adjectives, title words,
 * time adverbs), or -1.
 */
function joinerBeforeTitles(ctx: Ctx, m: Mention, clauseStart: number): number {
  const { tokens } = ctx.seg;
  for (let k = m.tokStart - 1, passed = 0; k > clauseStart && passed < MAX_TITLE_WORDS; k--, passed++) {
    const t = tokens[k];
    if (SUBJECT_JOINERS.has(t.norm)) return passed > 0 ? k : -1;
    const before = mentionEndingAt(ctx, k);
    if (before && (before.kind === 'adjective' || before.kind === 'state' || before.kind === 'role') && before.tokStart > clauseStart) {
      k = before.tokStart;
      continue;
    }
    if (!(DETERMINERS.has(t.norm) || isTitleWord(t.norm) || lexicon().gapAdverbs.has(t.norm))) return -1;
  }
  return -1;
}

const MAX_TITLE_WORDS = 5;
const TITLE_WORDS = new Set([...Object.keys(TITLE_ROLES), 'prime', 'premier', 'foreign', 'defence', 'defense', 'leader', 'dirigeant', 'chef', 'head']);

/** A word of a title before a name: "President", « ministre », "Prime", an honorific (cues.yaml `titles`). */
function isTitleWord(word: string): boolean {
  const lex = lexicon();
  return TITLE_WORDS.has(word) || lex.titlesMale.has(word) || lex.titlesFemale.has(word) || lex.titlesNeutral.has(word);
}

function mentionState(m: Mention): string | null {
  return m.state;
}

const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'it', 'they', 'he', 'she']);

/** A number, a date word (dates.yaml) or a time adverb (cues.yaml `gapWords.adverbs`). */
function isDateOrAdverb(t: Token, wordId: number): boolean {
  return t.kind === 'number' || holdsDateHead.get(wordId, t.norm) || lexicon().gapAdverbs.has(t.norm);
}

/**
 * A date or time word, or a connector of one (cues.yaml `gapWords`), or a number word before a date word (« Deux
 * jours plus tôt », "Two days later"): what may stand before a subject.
 */
function isTimeWord(ctx: Ctx, j: number): boolean {
  const { tokens } = ctx.seg;
  const t = tokens[j];
  if (isDateOrAdverb(t, ctx.wordIds[j]) || lexicon().gapConnectors.has(t.norm)) return true;
  const next = tokens[j + 1];
  return next !== undefined && numberWord(t.norm) && holdsDateHead.get(ctx.wordIds[j + 1], next.norm);
}

/** A cardinal number word of dates.yaml ("deux", "two"). */
function numberWord(norm: string): boolean {
  const { fr, en } = datesLexicon().numberWords;
  return Object.hasOwn(fr, norm) || Object.hasOwn(en, norm);
}

/** How many sentences back a pronoun opening a sentence looks for its antecedent (through other such pronouns). */
const PRONOUN_LOOKBACK = 5;

/** For a pronoun at k that opens its sentence (a date at most before it), the subject state of the sentence before. */
function pronounAntecedent(ctx: Ctx, sent: Sentence, k: number): string | null {
  return opensSentence(ctx, sent, k) ? previousSubjectState(ctx, sent, PRONOUN_LOOKBACK) : null;
}

/** Token k follows "and", "et", "but" or « mais », with only a date or a time adverb in between. */
function opensCoordinatedClause(ctx: Ctx, sent: Sentence, k: number): boolean {
  let j = k - 1;
  while (j > sent.tokStart && isTimeWord(ctx, j)) j--;
  if (j <= sent.tokStart) return false;
  const n = ctx.seg.tokens[j].norm;
  return n === 'and' || n === 'et' || n === 'but' || n === 'mais';
}

/**
 * Only dates, time adverbs and fronted phrases of place or circumstance stand before token k in its sentence, each
 * closed by a comma (« En février 2023, elle a ... », « Deux jours plus tôt, devant des journalistes, il a ... »).
 */
function opensSentence(ctx: Ctx, sent: Sentence, k: number): boolean {
  const { tokens } = ctx.seg;
  let fronted = false;
  for (let j = sent.tokStart; j < k; j++) {
    if (tokens[j].text === ',') {
      fronted = false;
      continue;
    }
    if (fronted) continue;
    // A phrase opened by a preposition of place or circumstance runs to its comma.
    if ((j === sent.tokStart || tokens[j - 1].text === ',') && FRONTED_PREPOSITIONS.has(tokens[j].norm) && commaWithin(tokens, j, Math.min(k, j + MAX_FRONTED_PHRASE))) {
      fronted = true;
      continue;
    }
    if (!isTimeWord(ctx, j)) return false;
  }
  return !fronted;
}

/** How long a fronted phrase may run before its comma (it stays linear in a run-on text without commas). */
const MAX_FRONTED_PHRASE = 12;
/** Prepositions that open a phrase set before the subject ("Speaking to reporters,", « Devant la presse, »). */
const FRONTED_PREPOSITIONS = new Set(['devant', 'lors', 'pendant', 'durant', 'face', 'depuis', 'during', 'before', 'after', 'speaking', 'addressing', 'apres', 'avant']);

function commaWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (tokens[j].text === ',') return true;
  return false;
}

/**
 * The state of the sentence's subject: its first state mention among its first words before token `before`, not
 * after a preposition. With `depth` > 0, a pronoun opening the sentence stands for the subject of the sentence
 * before it (up to `depth` sentences back).
 */
function sentenceSubjectState(ctx: Ctx, sent: Sentence, before: number, depth = 0): string | null {
  const { tokens } = ctx.seg;
  for (let k = sent.tokStart; k < Math.min(before, sent.tokStart + 12); k++) {
    if (depth > 0 && SUBJECT_PRONOUNS.has(tokens[k].norm) && opensSentence(ctx, sent, k)) return previousSubjectState(ctx, sent, depth - 1);
    const mi = ctx.disc.mentionOf[k];
    if (mi < 0) continue;
    const m = ctx.mentions[mi];
    const gov = governedBy(tokens, m);
    if (gov && (OBJECT_MARKERS.has(gov) || TARGET_MARKERS.has(gov))) return null;
    return m.kind === 'adjective' ? null : m.state;
  }
  return null;
}

/** The state of the subject of the sentence before (see sentenceSubjectState), looking back up to `depth` sentences. */
function previousSubjectState(ctx: Ctx, sent: Sentence, depth: number): string | null {
  if (sent.index === 0 || depth === 0) return null;
  const prev = ctx.seg.sentences[sent.index - 1];
  return sentenceSubjectState(ctx, prev, prev.tokEnd, depth);
}

/** What joins two subjects of one verb ("Londres et Washington", « ni Washington ni Londres », "neither X nor Y"). */
const SUBJECT_JOINERS = new Set(['and', 'et', 'ni', 'nor']);

function findAgent(ctx: Ctx, sent: Sentence, start: number, end: number, voice: Speaker | null): Agent {
  const lex = lexicon();
  const { tokens } = ctx.seg;
  const { mentionOf } = ctx.disc;
  const cs = clauseStart(tokens, sent, start);
  // 0. A state adjective right after a nuclear noun ("essai nucléaire russe") says whose it is.
  const post = mentionOf[end];
  if (post >= 0 && end < sent.tokEnd && ctx.mentions[post].kind === 'adjective' && ctx.mentions[post].state && /^(nucleaire|nucleaires|atomique|atomiques)$/.test(tokens[end - 1].norm)) return { actor: ctx.mentions[post].state, source: 'clause' };
  // "China, which the Pentagon estimates has 600 warheads, has rejected": the subject stands before the relative aside.
  const antecedent = subjectBeforeRelativeAside(ctx, sent, cs, start);
  if (antecedent) return antecedent;
  const pair = pairAgent(ctx, sent, cs, start);
  if (pair) return pair;
  // 1. Nearest actor before the trigger inside its clause (objects excluded). A subject pronoun met first
  // ("..., il pourrait prendre une autre décision") is the subject: the actors before it belong to another clause.
  for (let k = start - 1; k >= cs; k--) {
    const t = tokens[k];
    // "Russia has refused ..., and in November 2022 it postponed ...": the pronoun of a coordinated clause is the
    // sentence's subject.
    if (SUBJECT_PRONOUNS.has(t.norm) && !voice?.state && opensCoordinatedClause(ctx, sent, k)) {
      const subject = sentenceSubjectState(ctx, sent, k);
      if (subject) return { actor: subject, source: 'pronoun' };
    }
    if (isSubjectPronoun(tokens, k) && k > cs && tokens[k - 1].text === ',') {
      if (voice?.state) return pronounAgent(ctx, voice.state);
      // « En février 2023, elle a suspendu »: only a date before it, the pronoun is the subject of the sentence before.
      const previous = pronounAntecedent(ctx, sent, k);
      if (previous) return { actor: previous, source: 'pronoun' };
      // "lorsque la Russie avait retiré..., il avait dénoncé": "il" is someone we cannot place, not the state.
      if (/^(il|elle|he|she)$/.test(t.norm)) return { actor: null, source: 'pronoun' };
    }
    const mi = mentionOf[k];
    if (mi >= 0) {
      const m = ctx.mentions[mi];
      k = m.tokStart;
      const gov = governedBy(tokens, m);
      if (gov && OBJECT_MARKERS.has(gov)) continue;
      if (heldBy(tokens, m)) continue;
      // "une chercheuse sénégalaise décrypte la doctrine": a non-official's nationality names no acting state.
      if (m.kind === 'adjective' && inList(lexicon().nonOfficials, tokens[m.tokStart - 1]?.norm ?? '')) continue;
      // "Des Britanniques ont jugé...", "Many Russians said...": some people of that nationality, not the state.
      if (m.kind === 'adjective' && SOME_PEOPLE.has(tokens[m.tokStart - 1]?.norm ?? '')) continue;
      // "Blinken, speaking in Athens, called the decision irresponsible": the place is where it happens; the actor
      // named before it in the sentence acts.
      if (gov && PLACE_MARKERS.has(gov)) {
        const before = actorBeforePlace(ctx, sent, m.tokStart);
        if (before) return before;
      }
      let st = mentionState(m);
      let coActors: string[] | undefined;
      // "la Russie et la Biélorussie", "Russian and Belarusian forces", « les forces russes et biélorusses »:
      // coordinated states, as nouns or adjectives, each act (one event each; the first named leads).
      // « ni Washington ni Londres », "neither Washington nor London": coordinated the same way.
      let conj = SUBJECT_JOINERS.has(tokens[m.tokStart - 1]?.norm ?? '') ? m.tokStart - 1 : tokens[m.tokStart - 2]?.norm === 'et' || tokens[m.tokStart - 2]?.norm === 'and' ? m.tokStart - 2 : -1;
      if (conj < 0 && PERSON_KINDS.has(m.kind)) conj = joinerBeforeTitles(ctx, m, cs);
      // "Biden et Xi ont réaffirmé...": two persons of different states act together, one event each.
      const partner = PERSON_KINDS.has(m.kind) && conj > cs ? mentionEndingAt(ctx, conj - 1) : null;
      if (st && partner && PERSON_KINDS.has(partner.kind) && partner.state && partner.state !== st) return { actor: partner.state, source: 'clause', person: partner.id, coActors: [st], jointPersons: jointPersonsOf([partner, m]) };
      if (st && conj > cs) {
        for (let j = conj - 1; j >= Math.max(cs, conj - 3); j--) {
          const mj = mentionOf[j];
          const gj = mj >= 0 ? governedBy(tokens, ctx.mentions[mj]) : null;
          if (mj >= 0 && ctx.mentions[mj].state && ctx.mentions[mj].kind !== 'person' && !(gj && (OBJECT_MARKERS.has(gj) || TARGET_MARKERS.has(gj)))) {
            let lead = ctx.mentions[mj];
            if (jointKind(lead.kind) && jointKind(m.kind) && lead.state !== st) {
              coActors = [st];
              // A longer list ("Washington, Séoul et Tokyo"): every state before a comma acts too.
              // (« Les États-Unis, la Corée du Sud et le Japon »: an article may stand between the comma and the state.)
              const listComma = (at: number) => (DETERMINERS.has(tokens[at - 1]?.norm ?? '') && tokens[at - 2]?.text === ',' ? at - 2 : at - 1);
              for (let c = listComma(lead.tokStart); c > cs && tokens[c].text === ','; ) {
                const mp = mentionOf[c - 1];
                const prevLead = mp >= 0 ? ctx.mentions[mp] : null;
                if (!prevLead || !prevLead.state || !jointKind(prevLead.kind) || prevLead.tokStart < cs) break;
                if (lead.state && !coActors.includes(lead.state)) coActors.unshift(lead.state);
                lead = prevLead;
                c = listComma(lead.tokStart);
              }
              coActors = coActors.filter((x) => x !== lead.state);
            }
            st = lead.state;
            break;
          }
        }
      }
      if (st) return { actor: st, source: 'clause', person: (m.kind === 'person' || m.kind === 'role') && m.id ? m.id : null, coActors };
      continue;
    }
    if (lex.firstPerson.has(t.norm) && voice?.state) return { actor: voice.state, source: 'self' };
    if ((t.norm === 'son' || t.norm === 'sa' || t.norm === 'his' || t.norm === 'its') && tokens[k + 1] && /^(pays|country|arsenal|armee|army)$/.test(tokens[k + 1].norm)) {
      if (voice?.state) return { actor: voice.state, source: 'self' };
    }
  }
  // Inside the trigger itself ("nos missiles", "our nuclear forces", "le feu vert américain").
  for (let k = start; k < Math.min(sent.tokEnd, end + 1); k++) {
    if (k < end && lex.firstPerson.has(tokens[k].norm) && voice?.state) return { actor: voice.state, source: 'self' };
    const mi = mentionOf[k];
    if (mi >= 0) {
      const m = ctx.mentions[mi];
      if (m.kind === 'adjective' && m.state && (k <= start + 3 || k === end)) return { actor: m.state, source: 'clause' };
      if (m.kind !== 'adjective') break;
    }
  }
  // 2. Pronoun subject or relative pronoun opening the clause.
  const rel = tokens[cs - 1];
  const ce_ = tokens[cs - 2];
  if (rel && cs - 1 >= sent.tokStart && (rel.norm === 'qui' || rel.norm === 'which' || rel.norm === 'who') && !(ce_ && ce_.norm === 'ce')) {
    // The antecedent ends right before "qui", or before an apposition ", son plus proche allié,".
    let k = cs - 2;
    if (k >= sent.tokStart && tokens[k].text === ',') {
      let j = k - 1;
      while (j > Math.max(sent.tokStart, k - 8) && tokens[j].text !== ',') j--;
      if (tokens[j]?.text === ',') k = j - 1;
    }
    const mi = k >= sent.tokStart ? mentionOf[k] : -1;
    if (mi >= 0 && ctx.mentions[mi].state) return { actor: ctx.mentions[mi].state, source: 'relative' };
  }
  for (let k = cs; k < start; k++) {
    const n = tokens[k].norm;
    // "La Russie a suspendu New START. Elle maintient des armes au Bélarus": with nobody speaking, a pronoun opening
    // the sentence is the subject of the sentence before.
    if (!voice?.state && SUBJECT_PRONOUNS.has(n)) {
      const previous = pronounAntecedent(ctx, sent, k);
      if (previous) return { actor: previous, source: 'pronoun' };
    }
    if ((n === 'il' || n === 'elle' || n === 'he' || n === 'she' || n === 'ils' || n === 'they') && voice?.state) {
      // "Trump announced that he had ordered...": right after the speaker's own "that", he is the speaker.
      if (k === cs && selfReference(ctx, sent, k, voice)) return { actor: voice.state, source: 'pronoun' };
      // « La France ... . Elle reste prête à reprendre un dialogue »: opening the sentence, the subject of the one before.
      const previous = pronounAntecedent(ctx, sent, k);
      if (previous) return { actor: previous, source: 'pronoun' };
      return pronounAgent(ctx, voice.state);
    }
  }
  // 3. Agent after the trigger: "par Poutine", or the first actor of the rest of the clause.
  const ce = clauseEnd(tokens, sent, end);
  const { targetMarkers } = lexicon();
  let lastTargetMarker = -10;
  for (let k = end; k < Math.min(ce, end + 10); k++) {
    const n = tokens[k].norm;
    if (tokens[k].text === ',') break;
    if (targetMarkers.has(n)) lastTargetMarker = k;
    const mi = mentionOf[k];
    if (mi < 0) continue;
    const m = ctx.mentions[mi];
    k = m.tokEnd - 1;
    if (m.tokStart - lastTargetMarker <= 3) continue;
    if (m.state) {
      // "put forward by the United States and Japan": a coordinated agent acts too.
      const conj = tokens[m.tokEnd]?.norm;
      const other = (conj === 'and' || conj === 'et') && m.tokEnd + 1 < ce ? mentionStartingNear(ctx, m.tokEnd + 1) : null;
      const coActors = other?.state && other.state !== m.state && COORDINATED_KINDS.has(m.kind) && COORDINATED_KINDS.has(other.kind) ? [other.state] : undefined;
      return { actor: m.state, source: 'after', coActors };
    }
  }
  // 4. Subject of the sentence, then the speaker, then the document's focal state.
  for (let k = sent.tokStart; k < start; k++) {
    const mi = mentionOf[k];
    if (mi < 0 || ctx.disc.quoteOf[k] >= 0) continue;
    const m = ctx.mentions[mi];
    const prev = tokens[m.tokStart - 1];
    k = m.tokEnd - 1;
    if (prev && OBJECT_MARKERS.has(prev.norm)) continue;
    if (m.kind === 'adjective' || heldBy(tokens, m)) continue;
    if (m.state) {
      // "Joe Biden and Xi Jinping affirmed that...": the second person's state acts too.
      const next = PERSON_KINDS.has(m.kind) && /^(and|et)$/.test(tokens[m.tokEnd]?.norm ?? '') ? ctx.disc.mentionOf[m.tokEnd + 1] : -1;
      const partner = next >= 0 ? ctx.mentions[next] : null;
      if (partner && PERSON_KINDS.has(partner.kind) && partner.state && partner.state !== m.state) return { actor: m.state, source: 'subject', coActors: [partner.state], jointPersons: jointPersonsOf([m, partner]) };
      return { actor: m.state, source: 'subject' };
    }
  }
  if (voice?.state) return { actor: voice.state, source: 'speaker' };
  return { actor: ctx.focal, source: 'focal' };
}

const RELATIVE_PRONOUNS = new Set(['which', 'who', 'qui', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles']);

/**
 * The subject of a verb that follows a relative aside set off by commas ("China, which the Pentagon estimates has
 * more than 600 warheads, has rejected ...", « Moscou, qui dément tout, a suspendu »): the state named right before
 * the aside, when only the verb stands between the aside's closing comma and the trigger.
 */
function subjectBeforeRelativeAside(ctx: Ctx, sent: Sentence, cs: number, start: number): Agent | null {
  const { tokens } = ctx.seg;
  const { mentionOf } = ctx.disc;
  if (cs - 3 < sent.tokStart || !RELATIVE_PRONOUNS.has(tokens[cs - 1].norm) || tokens[cs - 2].text !== ',') return null;
  let close = -1;
  for (let k = start - 1; k > cs; k--) {
    if (tokens[k].text === ',') {
      close = k;
      break;
    }
    if (mentionOf[k] >= 0) return null;
  }
  if (close < 0 || start - close > 4) return null;
  const mi = mentionOf[cs - 3];
  const m = mi >= 0 ? ctx.mentions[mi] : null;
  if (!m || !m.state || m.kind === 'adjective') return null;
  return { actor: m.state, source: 'clause', person: (m.kind === 'person' || m.kind === 'role') && m.id ? m.id : null };
}

/** Whose posture/forces: an actor inside or right after the trigger; "their/leur" -> the last other state named. */
function findPossessor(ctx: Ctx, sent: Sentence, start: number, end: number, voice: Speaker | null): string | null {
  const { tokens } = ctx.seg;
  for (let k = start; k < Math.min(sent.tokEnd, end + 6); k++) {
    const mi = ctx.disc.mentionOf[k];
    if (mi >= 0 && ctx.mentions[mi].state) return ctx.mentions[mi].state;
  }
  for (let k = Math.max(sent.tokStart, start - 3); k < end; k++) if (/^(our|notre|nos)$/.test(tokens[k].norm) && voice?.state) return voice.state;
  for (let k = start; k < end; k++) {
    if (!/^(their|its|leur|leurs|sa|son|ses)$/.test(tokens[k].norm)) continue;
    for (let j = start - 1, n = 0; j >= 0 && n < 80; j--, n++) {
      const mi = ctx.disc.mentionOf[j];
      if (mi < 0) continue;
      const m = ctx.mentions[mi];
      j = m.tokStart;
      const gov = governedBy(tokens, m);
      if (gov && OBJECT_MARKERS.has(gov)) continue;
      if (m.state && m.kind !== 'person') return m.state;
    }
  }
  return null;
}

const RELATIVE_PRONOUN = /^(that|which|qui|qu')$/;

/**
 * A relative clause of consequence shortly before the trigger ("nothing that would cause us to adjust", "aucun
 * changement qui nous conduirait à ajuster"); a plain "we would adjust our posture if..." is no such clause.
 */
function ownReaction(tokens: readonly Token[], sent: Sentence, start: number): boolean {
  const consequence = lexicon().consequence;
  for (let k = Math.max(sent.tokStart, start - 5); k < start; k++) {
    if (!inList(consequence, tokens[k].norm)) continue;
    for (let j = Math.max(sent.tokStart, k - 3); j < k; j++) if (RELATIVE_PRONOUN.test(tokens[j].norm)) return true;
  }
  return false;
}

/**
 * The agent of a passive speech verb ("dénoncée par les Occidentaux", "condemned by NATO"): undefined when the
 * verb is not passive, null when its agent is no known actor (the condemnation is then nobody's we can code).
 */
function passiveAgent(ctx: Ctx, sent: Sentence, end: number): Speaker | null | undefined {
  const { tokens } = ctx.seg;
  let k = end;
  if (tokens[k]?.kind === 'word' && /(ment|ly)$/.test(tokens[k].norm)) k++;
  if (k >= sent.tokEnd || !/^(par|by)$/.test(tokens[k].norm)) return undefined;
  for (let j = k + 1; j < Math.min(sent.tokEnd, k + 4); j++) {
    const mi = ctx.disc.mentionOf[j];
    if (mi < 0) continue;
    const m = ctx.mentions[mi];
    if (!m.state) return null;
    if (m.kind === 'person' || m.kind === 'role') return { id: m.id, name: m.name, state: m.state, kind: 'person', gender: m.gender, role: m.id ? (gazetteer().actors.get(m.id)?.role ?? null) : 'official', vague: false };
    return { id: m.state, name: m.text, state: m.state, kind: 'state', gender: null, role: 'official', vague: false };
  }
  return null;
}

/** A state named as a noun inside the trigger span ("le risque que la Russie ait recours", "the chance of Russia using"). */
function stateInside(ctx: Ctx, start: number, end: number): string | null {
  for (let k = start; k < end; k++) {
    const mi = ctx.disc.mentionOf[k];
    if (mi < 0) continue;
    const m = ctx.mentions[mi];
    if (m.kind !== 'adjective' && m.kind !== 'person' && m.state) return m.state;
    k = m.tokEnd - 1;
  }
  return null;
}

/** "said that the Alliance would hold", "a déclaré que l'OTAN organiserait": future in the past, not a possibility. */
function reportedFuture(tokens: readonly Token[], sent: Sentence, start: number, end: number, frames: Frame[]): boolean {
  if (!frames.some((f) => !f.negated && !f.belief)) return false;
  for (let k = Math.max(sent.tokStart, start - 6); k < Math.min(sent.tokEnd, end + 3); k++) {
    const n = tokens[k].norm;
    if (n === 'could' || n === 'might' || n === 'may' || n.startsWith('pourr') || n.startsWith('pouv') || n === 'risque' || n.startsWith('susceptible')) return false;
  }
  return true;
}

function findTarget(ctx: Ctx, sent: Sentence, start: number, end: number, actor: string): string | null {
  const { tokens } = ctx.seg;
  // After the trigger's head: inside the matched words only a state adjective ("struck Iranian nuclear sites"; « feu
  // vert à Kiev pour » names who may strike, not whom), after them the first state that is not the object of "to".
  for (let k = start + 1; k < Math.min(sent.tokEnd, end + 15); k++) {
    const mi = ctx.disc.mentionOf[k];
    if (mi < 0) continue;
    const m = ctx.mentions[mi];
    k = m.tokEnd - 1;
    if (!m.state || m.state === actor) continue;
    if (m.tokEnd <= end) {
      if (m.kind === 'adjective') return m.state;
      continue;
    }
    const prev = tokens[m.tokStart - 1];
    if (m.kind === 'adjective' || (prev && TARGET_MARKERS.has(prev.norm))) return m.state;
    if (prev && (prev.norm === 'a' || prev.norm === 'to')) continue;
    return m.state;
  }
  const sources = ctx.disc.frames[sent.index];
  for (let k = start - 1; k >= Math.max(sent.tokStart, start - 12); k--) {
    const mi = ctx.disc.mentionOf[k];
    if (mi < 0) continue;
    const m = ctx.mentions[mi];
    // A source is not a target: "Selon le Pentagone, ...", "U.S. officials said ...".
    if (sources.some((f) => (f.cueEnd <= m.tokStart && m.tokStart - f.cueEnd <= 3) || (m.tokEnd <= f.cueStart && f.cueStart - m.tokEnd <= 3))) continue;
    if (m.state && m.state !== actor) return m.state;
  }
  return null;
}

function findBlame(ctx: Ctx, sent: Sentence, from: number): { actor: string; by: Speaker | null } | null {
  const { tokens } = ctx.seg;
  for (let k = from; k < Math.min(sent.tokEnd, from + 30); k++) {
    if (!inList(lexicon().blame, tokens[k].norm)) continue;
    let actor: string | null = null;
    for (let j = k + 1; j < Math.min(sent.tokEnd, k + 6); j++) {
      const mi = ctx.disc.mentionOf[j];
      if (mi >= 0 && ctx.mentions[mi].state) {
        actor = ctx.mentions[mi].state;
        break;
      }
    }
    let by: Speaker | null = null;
    for (let j = k - 1; j >= Math.max(from, k - 6); j--) {
      const mi = ctx.disc.mentionOf[j];
      if (mi >= 0 && ctx.mentions[mi].state) {
        const m = ctx.mentions[mi];
        by = { id: m.state, name: m.text, state: m.state, kind: 'state', gender: null, role: 'official', vague: false };
        break;
      }
    }
    if (actor) return { actor, by };
  }
  return null;
}

/** The trigger sits in an "if" clause (the condition of another statement): not coded on its own. */
function inConditional(tokens: readonly Token[], sent: Sentence, start: number): boolean {
  const lex = lexicon();
  for (let k = start - 1, n = 0; k >= sent.tokStart && n < 25; k--, n++) {
    const t = tokens[k];
    if (t.text === ',' || t.text === ';' || t.text === ':' || isOpener(t) || isCloser(t)) return false;
    if (lex.conditional.has(t.norm)) {
      if (t.norm === "s'" && !/^ils?$/.test(tokens[k + 1]?.norm ?? '')) continue;
      const prev = tokens[k - 1]?.norm;
      if (prev === 'meme' || prev === 'even' || prev === 'comme' || prev === 'as') return false;
      return true;
    }
  }
  return false;
}

/** Modal words near the trigger in its clause ("pourrait modifier", "le feu vert pourrait"), or conditional mood. */
function hasModality(tokens: readonly Token[], sent: Sentence, start: number, end: number): boolean {
  const lex = lexicon();
  const cs = clauseStart(tokens, sent, start);
  const modalAt = (k: number) => inList(lex.modal, tokens[k].norm) && !monthMay(tokens, k);
  // "élargit les conditions dans lesquelles elle pourrait recourir": a modal in a relative clause inside the match
  // belongs to that clause, and so does what follows the match.
  let ownEnd = start + 1;
  while (ownEnd < end && !RELATIVE_INSIDE.has(tokens[ownEnd].norm)) ownEnd++;
  for (let k = Math.max(cs, start - 6); k < ownEnd; k++) if (modalAt(k)) return true;
  if (ownEnd === end) for (let k = end; k < Math.min(sent.tokEnd, end + 3); k++) if (modalAt(k)) return true;
  const head = tokens[start].norm;
  if (/(erai|irai|rai)(t|ent)$/.test(head) && head.length > 6) return true;
  if (conditionalAfterNoun(tokens, sent, start, end)) return true;
  // A gerund takes the modality of its main verb: "pourrait chercher à intimider en multipliant les exercices".
  for (let k = Math.max(cs, start - 3); k < start - 1; k++) {
    if (/^(en|by)$/.test(tokens[k].norm) && /(ant|ing)$/.test(tokens[k + 1].norm)) {
      for (let j = cs; j < k; j++) if (inList(lex.modal, tokens[j].norm)) return true;
    }
  }
  return false;
}

/** Relative pronouns that open a clause inside a match ("the conditions under which", « dans lesquelles »). */
const RELATIVE_INSIDE = new Set(['lesquelles', 'lesquels', 'laquelle', 'lequel', 'dont', 'which', 'whom']);

const BEFORE_MONTH = new Set(['in', 'of', 'since', 'until', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'from', 'before', 'after', 'during', 'throughout']);
/** "exercises in May", "May 9": the month, not the modal. */
function monthMay(tokens: readonly Token[], k: number): boolean {
  if (tokens[k].norm !== 'may' || tokens[k].text !== 'May') return false;
  return BEFORE_MONTH.has(tokens[k - 1]?.norm ?? '') || tokens[k + 1]?.kind === 'number';
}

/** "Une sortie du TNP constituerait une faute", "a withdrawal would be a mistake": a noun trigger, then a conditional. */
function conditionalAfterNoun(tokens: readonly Token[], sent: Sentence, start: number, end: number): boolean {
  if (!DETERMINERS.has(tokens[start - 1]?.norm ?? '')) return false;
  for (let k = end; k < Math.min(sent.tokEnd, end + 4); k++) {
    const n = tokens[k].norm;
    if (n === 'would' || n === 'serait' || n === 'seraient' || (/(erai|irai|rai)(t|ent)$/.test(n) && n.length > 6)) return true;
  }
  return false;
}

/** The partner of a "ne" before the trigger among the trigger's first words (« n'a procédé à aucun essai »). */
function partnerInside(tokens: readonly Token[], start: number, limit: number): boolean {
  const partners = lexicon().nePartners;
  // A trigger that opens with the partner (« aucun intérêt à employer ») is a negative phrase of its own.
  if (partners.has(tokens[start].norm)) return false;
  for (let k = start + 1; k < Math.min(limit, start + 4); k++) if (partners.has(tokens[k].norm)) return true;
  return false;
}

/** "the capability is not yet operational", "le système n'est pas encore opérationnel": a verb negated inside the trigger. */
function negatedInside(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start + 1; k < end - 1; k++) {
    const n = tokens[k].norm;
    const negation = n === 'not' || n === "n't" || /n't$/.test(n) || ((n === 'ne' || n === "n'") && (tokens[k + 2]?.norm === 'pas' || tokens[k + 2]?.norm === 'jamais' || tokens[k + 1]?.norm === 'pas'));
    // "the exercise did not mean that Russia's nuclear doctrine had changed": the negated verb takes a clause in which
    // the match ends; it negates that clause, not the trigger.
    if (negation) return !complementizerBetween(tokens, k + 1, end);
  }
  return false;
}

function complementizerBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isThat(tokens[k].norm)) return true;
  return false;
}

/** "n'excluons aucune option, y compris la levée...", "did not rule out resuming": a negated exclusion before it. */
function notRuledOut(tokens: readonly Token[], sent: Sentence, start: number): boolean {
  const lex = lexicon();
  for (let k = Math.max(sent.tokStart + 1, start - 10); k < start; k++) {
    if (!inList(lex.notExcluded, tokens[k].norm)) continue;
    for (let j = Math.max(sent.tokStart, k - 3); j < k; j++) if (lex.negWords.has(tokens[j].norm) || tokens[j].norm === "n'" || tokens[j].norm === 'ne') return true;
  }
  return false;
}

/** A verb of deliberation right before the trigger in its clause ("envisagent d'autoriser", "are weighing"). */
function deliberated(tokens: readonly Token[], sent: Sentence, start: number): boolean {
  const lex = lexicon();
  const cs = clauseStart(tokens, sent, start);
  for (let k = Math.max(cs, start - 3); k < start; k++) if (inList(lex.deliberation, tokens[k].norm)) return true;
  return false;
}

/**
 * "asked Washington and London to let Ukraine strike", « a demandé à Washington d'autoriser »: a request verb in the
 * clause, and "to"/"de" right before the trigger: the act asked for is not done.
 */
function requested(tokens: readonly Token[], sent: Sentence, start: number): boolean {
  // The infinitive's marker stands before the trigger, or opens it ("to ~1 station").
  const marker = (n: string) => n === 'to' || n === 'de' || n === "d'" || n === 'a';
  if (!marker(tokens[start - 1]?.norm ?? '') && !marker(tokens[start].norm)) return false;
  const lex = lexicon();
  const cs = clauseStart(tokens, sent, start);
  for (let k = Math.max(cs, start - REQUEST_REACH); k < start - 1; k++) if (inList(lex.request, tokens[k].norm)) return true;
  return false;
}

/** How far before the asked-for act the request verb may stand ("asked Washington and London to let"). */
const REQUEST_REACH = 8;

/** "Ireland should urge", "It should also call on", « la France devrait appeler »: a speech or call verb under a modal of obligation, at most one word between. */
function obligedSpeech(tokens: readonly Token[], sent: Sentence, start: number): boolean {
  const lex = lexicon();
  const verb = tokens[start].norm;
  if (!isSpeechVerb(verb) && !inList(lex.callVerbs, verb)) return false;
  for (let k = start - 1; k >= Math.max(sent.tokStart, start - 2); k--) if (lex.obligation.has(tokens[k].norm)) return true;
  return false;
}

/** "recommends that Washington and Moscow agree to keep respecting": a recommendation's verb and its "that" before. */
function recommended(tokens: readonly Token[], sent: Sentence, start: number): boolean {
  const lex = lexicon();
  return verbBeforeThat(tokens, Math.max(sent.tokStart, start - RECOMMENDATION_REACH), start, (word) => lex.recommendation.has(word));
}

/** A verb of the kind `isVerb` tells, right before "that"/"que"/"qu'", between `from` and the trigger at `start`. */
function verbBeforeThat(tokens: readonly Token[], from: number, start: number, isVerb: (word: string) => boolean): boolean {
  for (let k = from; k < start - 1; k++) if (isVerb(tokens[k].norm) && isThat(tokens[k + 1].norm)) return true;
  return false;
}

/** "that", « que », « qu' »: the word that opens a complement clause. */
function isThat(norm: string): boolean {
  return norm === 'that' || norm === 'que' || norm === "qu'";
}

/** Words between a recommendation's verb and the action it recommends. */
const RECOMMENDATION_REACH = 10;

/** « pour que les deux puissances continuent de respecter », "so that talks resume": a purpose opener in the clause before. */
function purposed(tokens: readonly Token[], sent: Sentence, start: number): boolean {
  // The clause starts after « que »/"that": the two words before it hold the opener.
  return phraseWithin(lexicon().purpose, tokens, Math.max(clauseStart(tokens, sent, start) - 2, sent.tokStart, start - PURPOSE_REACH), start);
}

/** Words between a purpose opener and the act it aims at. */
const PURPOSE_REACH = 10;

function announced(tokens: readonly Token[], sent: Sentence, start: number): boolean {
  return phraseWithin(lexicon().announced, tokens, Math.max(sent.tokStart, start - 4), start);
}

/** Negation right before a speech-act trigger ("n'a pas menacé", "did not threaten"). */
function directNegation(tokens: readonly Token[], sent: Sentence, start: number): boolean {
  const lex = lexicon();
  // "ne qualifierais pas", "n'a pas menacé" (the verb between ne and its partner).
  const prev = tokens[start - 1]?.norm;
  if (start - 1 >= sent.tokStart && (prev === 'ne' || prev === "n'") && lex.nePartners.has(tokens[start + 1]?.norm ?? '')) return true;
  for (let k = Math.max(sent.tokStart, start - 3); k < start; k++) {
    const n = tokens[k].norm;
    if (litotes(tokens, k, start)) return false;
    if ((n === 'pas' || n === 'jamais' || n === 'not' || n === 'never' || n === "n't" || /n't$/.test(n)) && !negationIdiom(tokens, k)) return true;
    if (lex.negWords.has(n) && n !== 'sans' && n !== 'without' && n !== 'aucun' && n !== 'aucune' && n !== 'no' && !negationIdiom(tokens, k)) return true;
  }
  return false;
}

/**
 * Negations that reach the trigger: plain negations of its own clause close before it, plus negated evidence
 * or belief earlier in the sentence ("aucune preuve que", "ne croient plus que", "no sign that"). Pairs cancel.
 */
function negationCount(tokens: readonly Token[], sent: Sentence, start: number): number {
  const lex = lexicon();
  let count = 0;
  const cs = clauseStart(tokens, sent, start);
  // Plain negation within 4 tokens before the trigger (auxiliaries and adverbs not counted), same clause;
  // "ne prévoit pas de" (the trigger's own verb between "ne" and "pas") counts too.
  let from = start;
  for (let n = 0; from > cs && n < 4; from--) if (!inList(lexicon().negationFillers, tokens[from - 1].norm)) n++;
  // The negative subject a counted "ne" pairs with (« aucun décret ni aucune déclaration ne fait état »): counted
  // once, not again below.
  let subjectFrom = -1;
  let subjectTo = -1;
  if ((tokens[start - 1]?.norm === 'ne' || tokens[start - 1]?.norm === "n'") && start - 1 >= cs && lex.nePartners.has(tokens[start + 1]?.norm ?? '')) count++;
  else for (let k = from; k < start; k++) {
    const n = tokens[k].norm;
    if (n === 'ne' || n === "n'") {
      // « ni Washington ni Londres n'ont donné », « aucun des navires ne transporte »: the partner of "ne" stands
      // before it, in the subject; « n'a procédé à aucun essai »: inside the trigger, after its verb.
      const subject = partnerBefore(tokens, k, cs);
      if (subject >= 0 || partnerInside(tokens, start, sent.tokEnd)) {
        if (subject >= 0) [subjectFrom, subjectTo] = [Math.max(cs, k - PARTNER_REACH), k];
        count++;
        break;
      }
      continue;
    }
    if (litotes(tokens, k, start)) break;
    let hit = (lex.negWords.has(n) && !negationIdiom(tokens, k)) || refusalAt(tokens, k, start);
    if (!hit && lex.nePartners.has(n) && !negationIdiom(tokens, k)) {
      for (let j = k - 1; j >= Math.max(sent.tokStart, k - 4); j--) if (tokens[j].norm === 'ne' || tokens[j].norm === "n'") hit = true;
    }
    if (hit) {
      count++;
      break;
    }
  }
  // "denied that the premier had convened ...", "a démenti que ...": a denial verb right before a complementizer
  // earlier in the sentence denies what the clause reports.
  if (verbBeforeThat(tokens, sent.tokStart, start, (word) => inList(lex.denial, word))) count++;
  // Evidential / belief negation earlier in the sentence, reaching across "que/that" or an omitted "that"
  // ("there was no sign Beijing was preparing to..."): up to the plain-negation window, which counted already.
  const evidLimit = from;
  let lastNegation = -10;
  for (let k = coordinatedClauseStart(tokens, sent, start); k < evidLimit; k++) {
    const n = tokens[k].norm;
    const isNeg = n === 'ne' || n === "n'" || lex.negWords.has(n);
    if (!isNeg || negationIdiom(tokens, k) || (k >= subjectFrom && k <= subjectTo)) continue;
    // "aucun décret ni aucune déclaration": the second negator is coordinated with the first, one negation.
    if (k - lastNegation <= 6 && (lex.negCoordinated.has(tokens[k - 1].norm) || lex.negCoordinated.has(tokens[k - 2]?.norm ?? ''))) continue;
    lastNegation = k;
    // ne ... partner: skip to the partner.
    let j = k + 1;
    if (n === 'ne' || n === "n'") {
      while (j < evidLimit && j < k + 4 && !lex.nePartners.has(tokens[j].norm)) j++;
      if (j >= evidLimit || !lex.nePartners.has(tokens[j].norm)) continue;
    }
    // Look at what is negated: an evidence noun or a belief verb within 4 tokens.
    let reaches = false;
    const windowNorms: string[] = [];
    // Inside the trigger's clause the negated evidence noun may stand past the plain-negation window's start.
    const windowEnd = k >= cs ? start : cs;
    for (let w = k; w < Math.min(windowEnd, j + 8); w++) windowNorms.push(tokens[w].norm);
    if (lex.evidential.match(windowNorms).length > 0) reaches = true;
    for (let w = k; w < Math.min(windowEnd, j + 4) && !reaches; w++) if (inList(lex.belief, tokens[w].norm)) reaches = true;
    if (reaches) count++;
    k = j;
  }
  return count;
}

/** A negative subject word among the few tokens before the "ne" at k, in its clause (« ni X ni Y ne », « aucun des navires ne »): its index, or -1. */
function partnerBefore(tokens: readonly Token[], k: number, clauseFrom: number): number {
  for (let j = k - 1; j >= Math.max(clauseFrom, k - PARTNER_REACH); j--) if (NEGATIVE_SUBJECTS.has(tokens[j].norm)) return j;
  return -1;
}

/** How far before its "ne" a negative subject word may stand. */
const PARTNER_REACH = 8;

const NEGATIVE_SUBJECTS = new Set(['ni', 'aucun', 'aucune', 'rien', 'personne', 'nul', 'nulle']);

/**
 * Where the coordinated clause of the trigger starts: after the last ", and", ", but", ", et", ", mais" or ";" before
 * it ("We have not seen any reason to adjust our posture, and we've seen no indication that ..."): a negation before
 * that reaches nothing after it.
 */
function coordinatedClauseStart(tokens: readonly Token[], sent: Sentence, start: number): number {
  for (let k = start - 1; k > sent.tokStart; k--) {
    if (tokens[k].text === ';') return k + 1;
    if (tokens[k].text === ',' && COORDINATORS.has(tokens[k + 1]?.norm ?? '')) return k + 1;
  }
  return sent.tokStart;
}

const COORDINATORS = new Set(['and', 'but', 'et', 'mais']);

/** A verb of refusal starting at k and ending before the trigger ("refuses", "ruled out", « a exclu »). */
function refusalAt(tokens: readonly Token[], k: number, start: number): boolean {
  return phraseAt(lexicon().refusal, tokens, k, Math.min(start, k + 3));
}

/** A negation word opening a fixed phrase that negates nothing ("sans doute", "no doubt", "nothing other than"). */
function negationIdiom(tokens: readonly Token[], k: number): boolean {
  // The phrase starts at the negation word ("sans doute") or up to two words before it (« un pas »).
  for (let back = 0; back <= 2 && k - back >= 0; back++) {
    const norms: string[] = [];
    for (let j = k - back; j < Math.min(tokens.length, k - back + 4); j++) norms.push(tokens[j].norm);
    if (lexicon().negIdioms.match(norms).some((m) => m.start === 0 && m.end > back)) return true;
  }
  return false;
}

/** A phrase of the set that starts at token k and ends by token `end`. */
function phraseAt(phrases: PatternSet<true>, tokens: readonly Token[], k: number, end: number): boolean {
  return phrases.match(normsOf(tokens, k, end)).some((m) => m.start === 0);
}

/** One of the phrases anywhere in tokens [from, to). */
function phraseWithin(phrases: PatternSet<true>, tokens: readonly Token[], from: number, to: number): boolean {
  return phrases.match(normsOf(tokens, from, to)).length > 0;
}

function normsOf(tokens: readonly Token[], from: number, to: number): string[] {
  const norms: string[] = [];
  for (let j = from; j < to; j++) norms.push(tokens[j].norm);
  return norms;
}

/** "any use", "toute utilisation", "en cas d'usage", "in the event of use": a generic use named as a condition. */
function genericUse(tokens: readonly Token[], sent: Sentence, start: number): boolean {
  for (let k = start - 1; k >= Math.max(sent.tokStart, start - 3); k--) {
    const n = tokens[k].norm;
    if (GENERIC_USE.has(n)) return true;
    if (tokens[k].kind !== 'word') return false;
  }
  return false;
}

/** The trigger is a noun phrase ("l'annonce du déploiement", "the deployment of"): preceded by a determiner. */
function nominal(tokens: readonly Token[], start: number): boolean {
  const prev = tokens[start - 1]?.norm;
  return prev !== undefined && /^(le|la|les|l'|du|des|de|d'|un|une|the|a|an|any|of|its|their|son|sa|ses|leur|leurs)$/.test(prev) && !/(e|er|ed|ing)$/.test(tokens[start].norm.replace(/e?s$/, '')) ;
}

/** A state adjective inside the trigger or right after it ("armes nucléaires tactiques russes", "Russian nuclear use"). */
/** A state adjective inside or right after the trigger ("le missile russe"), or a state named right before a weapon ("US nuclear weapons"). */
/** Nouns for what a state fields besides weapons ("U.S. capabilities", « les forces françaises »). */
const OWNED_FORCES = new Set(['capabilities', 'capacites', 'forces', 'arsenal', 'arsenals', 'arsenaux']);

function adjectiveInside(ctx: Ctx, start: number, end: number): string | null {
  const { tokens } = ctx.seg;
  const weapons = lexicon().classes.get('WEAP')?.alts ?? [];
  const qualifiers = lexicon().classes.get('WEAPQ')?.alts ?? [];
  // "the Russian tactical nuclear weapons stationed in Belarus": in English the adjective comes before the
  // weapon's qualifiers.
  for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
    const mi = ctx.disc.mentionOf[k];
    if (mi >= 0) {
      const m = ctx.mentions[mi];
      if (m.kind === 'adjective' && m.state) return m.state;
      break;
    }
    if (!inList(qualifiers, tokens[k].norm) && !nuclearWord.get(ctx.wordIds[k], tokens[k].norm)) break;
  }
  // "armes nucléaires tactiques russes": the state adjective may follow the weapon's own qualifiers.
  let last = end;
  while (last < end + 2 && last < tokens.length && inList(qualifiers, tokens[last].norm)) last++;
  for (let k = start; k <= last && k < tokens.length; k++) {
    const mi = ctx.disc.mentionOf[k];
    if (mi < 0) continue;
    const m = ctx.mentions[mi];
    if (k >= end && m.kind !== 'adjective') break;
    // "U.S. capabilities": the abbreviation's last dot stands between the state and its noun.
    const after = tokens[m.tokEnd]?.text === '.' ? m.tokEnd + 1 : m.tokEnd;
    const next = tokens[after]?.norm ?? '';
    if (m.state && (m.kind === 'adjective' || (m.kind !== 'person' && after < end && (nuclearWord.get(ctx.wordIds[after], next) || inList(weapons, next) || OWNED_FORCES.has(next))))) return m.state;
    k = m.tokEnd - 1;
  }
  return null;
}

/** The mention starting at k, or after a determiner there ("and the Netherlands", "et la France"). */
function mentionStartingNear(ctx: Ctx, k: number): Mention | null {
  for (let j = k; j <= k + 1; j++) {
    const mi = ctx.disc.mentionOf[j];
    if (mi >= 0 && ctx.mentions[mi].tokStart === j) return ctx.mentions[mi];
    if (!DETERMINERS.has(ctx.seg.tokens[j]?.norm ?? '')) break;
  }
  return null;
}

function adjectiveNear(ctx: Ctx, sent: Sentence, start: number, end: number): string | null {
  for (let k = Math.max(sent.tokStart, start - 1); k < Math.min(sent.tokEnd, end + 3); k++) {
    const mi = ctx.disc.mentionOf[k];
    if (mi >= 0 && ctx.mentions[mi].kind === 'adjective' && ctx.mentions[mi].state) return ctx.mentions[mi].state;
  }
  return null;
}

/** "ne pas hésiter à", "will not hesitate to", "n'exclut pas de": a negated reluctance asserts what follows. */
function litotes(tokens: readonly Token[], k: number, limit: number): boolean {
  for (let j = k + 1; j < Math.min(limit, k + 3); j++) if (/^(hesit|exclu|exclud|rule)/.test(tokens[j].norm)) return true;
  return false;
}
