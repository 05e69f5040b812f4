// Loads and validates the CODE stage's data files (data/code/*.yaml) once; errors name the file and field.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { EscaladeError } from '../errors.js';
import { compilePattern, compileWordList, PatternSet, type Alt, type PatternElement, type WordClass } from './pattern.js';
import { EVENT_TYPES } from '../types.js';

const isoDay = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.date().transform((d) => d.toISOString().slice(0, 10))]);
const header = { version: z.number().int().positive(), sources: z.array(z.string()).min(1) };

const StateSchema = z.object({
  id: z.string().regex(/^[A-Z]{3}$/),
  name: z.string(),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  nuclear: z.boolean(),
  aliases: z.array(z.string()).min(1),
  metonyms: z.array(z.string()).default([]),
  adjectives: z.array(z.string()).default([]),
});
const BodySchema = z.object({
  id: z.string().regex(/^[A-Z0-9]{2,6}$/),
  name: z.string(),
  kind: z.enum(['alliance', 'body']),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  aliases: z.array(z.string()).min(1),
});
const PersonSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)+$/),
  name: z.string(),
  state: z.string(),
  role: z.enum(['head_of_state', 'head_of_government', 'minister', 'spokesperson', 'official', 'diplomat', 'military', 'intelligence', 'head_of_body', 'analyst', 'journalist']),
  gender: z.enum(['m', 'f']),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  aliases: z.array(z.string()).min(1),
  surnameAlone: z.boolean().default(true),
});
const RoleSchema = z.object({
  phrases: z.array(z.string()).min(1),
  state: z.string(),
  holders: z.array(z.object({ id: z.string(), from: isoDay, to: isoDay.optional() })).min(1),
});
export const ActorsFileSchema = z.object({
  ...header,
  states: z.array(StateSchema),
  alliances: z.array(BodySchema),
  persons: z.array(PersonSchema),
  roles: z.array(RoleSchema),
  /**
   * Words standing for a state or alliance named before, after a determiner: "the allies" for NATO (v3), "the North"
   * for North Korea, capitalised only (v9).
   */
  anaphors: z.array(z.object({ id: z.string(), words: z.array(z.string().min(1)).min(1), determiners: z.array(z.string().min(1)).min(1), notFollowedBy: z.array(z.string().min(1)).default([]), capitalised: z.boolean().default(false) })).default([]),
  /** Pairs of rival states or blocs: a meeting between them is a de-escalation, one between allies is not (v8). */
  rivals: z.array(z.tuple([z.string(), z.string()])).default([]),
  /** Bilateral arms-control treaties: an event told of the treaty itself is both parties' (v10). */
  treaties: z.array(z.object({ parties: z.tuple([z.string(), z.string()]), patterns: z.array(z.string().min(1)).min(1) })).default([]),
}).superRefine((file, issues) => {
  const known = new Set([...file.states.map((s) => s.id), ...file.alliances.map((b) => b.id)]);
  file.rivals.forEach((pair, i) => {
    for (const id of pair) if (!known.has(id)) issues.addIssue({ code: 'custom', path: ['rivals', i], message: `unknown state or alliance "${id}"` });
  });
  file.treaties.forEach((t, i) => {
    for (const id of t.parties) if (!known.has(id)) issues.addIssue({ code: 'custom', path: ['treaties', i, 'parties'], message: `unknown state or alliance "${id}"` });
  });
  file.anaphors.forEach((a, i) => {
    if (!known.has(a.id)) issues.addIssue({ code: 'custom', path: ['anaphors', i, 'id'], message: `unknown state or alliance "${a.id}"` });
  });
});

const words = z.array(z.string().min(1));
export const CuesFileSchema = z.object({
  ...header,
  speech: z.object({ verbs: words, prepositions: words, belief: words, qualifying: words.default([]) }),
  statementNouns: words,
  complementizers: words,
  officials: words,
  vague: words,
  /** Words that lengthen a source phrase ("officials familiar with the matter", "des sources proches du dossier"). */
  sourceModifiers: words.default([]),
  negation: z.object({
    nePartners: words,
    words,
    evidential: words,
    /** "ni", "nor": a negator right after one is coordinated with the previous one (one negation). */
    coordinated: words.default([]),
    /** Fixed phrases whose negation word negates nothing ("sans doute", "no doubt", "not only"). */
    idioms: words.default([]),
    /** Verbs of refusal that deny the action after them ("refuses the talks", "ruled out any resumption"). */
    refusal: words.default([]),
    /** Verbs of denial before "that/que" ("denied that X had convened"): the reported action is denied (v6). */
    denial: words.default([]),
  }),
  modality: z.object({ words, conditional: words, concessive: words, announced: words, deliberation: words.default([]), notExcluded: words.default([]), recommendation: words.default([]), request: words.default([]), obligation: words.default([]), purpose: words.default([]) }),
  /** Verbs of consequence: "would cause us to adjust our posture" names a reaction, not an act. */
  consequence: words.default([]),
  /** Short negative answers that refer back to the question of a transcript ("We have not.", "Non, aucun"). */
  negativeReplies: words.default([]),
  /**
   * What a pattern gap passes over without counting (v12): time adverbs ("already", « déjà », « plus tôt »), and
   * connectors when a date word or a number follows them (« le 21 février 2023 », "over the weekend").
   */
  gapWords: z.object({ adverbs: words, connectors: words }).default({ adverbs: [], connectors: [] }),
  /** Words right before "carry"/« transporter » that make it a capability, not a shipment ("can carry", v12). */
  capabilityWords: words.default([]),
  ruleWords: z.object({
    opposition: words,
    blame: words,
    speechVerbs: words,
    listLabels: words,
    training: words,
    negationFillers: words,
    /** Words around "warning" that make it part of a compound noun ("early warning", "warning systems"). */
    warningBefore: words.default([]),
    warningAfter: words.default([]),
    /** Verbs that call on someone to act: the one called on is not the agent of the action after. */
    callVerbs: words.default([]),
    /** Participles of holding before "par/by" ("occupée par", "controlled by"): a holder, not an agent (v5). */
    holders: words.default([]),
    /** Persons who speak for nobody but themselves ("une chercheuse sénégalaise", "a Russian analyst"): their state's
     * adjective does not make that state the actor (v15). */
    nonOfficials: words.default([]),
    /** Words right after a percentage that make it a cost or a change, not a probability ("81 percent cost overrun") (v6). */
    notProbability: words.default([]),
  }),
  /** Speaker lines of a parliamentary record: honorifics before the name, and the chair's titles. */
  recordLabels: z.object({ honorifics: words, chair: words, leadIns: words.default([]) }).default({ honorifics: [], chair: [], leadIns: [] }),
  /** Documents that speak for their issuer ("The declaration warns..."). */
  documents: z.object({ nouns: words, determiners: words, issueVerbs: words }).default({ nouns: [], determiners: [], issueVerbs: [] }),
  clauseBreaks: words,
  relativePronouns: words.default([]),
  /** A subject that names the two sides of the exchange told before ("the two leaders", « les deux hommes »). */
  pairAnaphors: words.default([]),
  targetMarkers: words.default([]),
  prepositions: words.default([]),
  pronouns: z.object({ male: words, female: words, firstPerson: words, collective: words.default([]), possessiveSelf: words }),
  titles: z.object({ male: words, female: words, neutral: words.default([]) }),
  abbreviations: words,
  /** Abbreviations that stand only before a number ("No. 5"): before a word their period ends the sentence. */
  numberAbbreviations: words.default([]),
});

const RuleSchema = z.object({
  id: z.string(),
  type: z.enum(EVENT_TYPES),
  kind: z.enum(['action', 'speech', 'use', 'warn', 'strike']),
  actor: z.enum(['subject', 'speaker', 'possessor', 'focal', 'figure', 'previous', 'owner', 'parties']).default('subject'),
  needs: z.array(z.enum(['nuclear', 'nuclearHere', 'official', 'speaker', 'agent', 'rivals'])).default([]),
  patterns: z.array(z.string().min(1)).min(1),
  /**
   * What a negated match means: a negated event (keep), nothing (drop: a denied label asserts nothing), or the
   * event asserted (assert: the negation belongs to the phrase, « ne confirme ni ne dément »).
   */
  whenNegated: z.enum(['keep', 'drop', 'assert']).default('keep'),
  /** The pattern itself says the action did not happen ("no changes to it"): negated, and a negation before it asserts it. */
  negative: z.boolean().default(false),
  /** The pattern states its own condition ("would test only if ... first"): a modal or conditional around it asserts it (v12). */
  whenHypothetical: z.enum(['keep', 'assert']).default('keep'),
  /** The pattern is a projection ("will have 1,000 warheads by 2030"): hypothetical, unless negated (v14). */
  projection: z.boolean().default(false),
  /** Words that, inside the matched words, name something else than the rule codes ("partnership treaty") (v16). */
  notWith: z.array(z.string().min(1)).default([]),
  /**
   * The pattern names a de-escalation only as what a call asks of the states it calls on ("urged Pyongyang to stop
   * its provocations", « appelle Téhéran et Washington à reprendre le chemin des négociations »); alone it codes
   * nothing (v21).
   */
  asked: z.boolean().default(false),
});
export const EventsFileSchema = z.object({
  ...header,
  classes: z.record(z.string(), words),
  nuclearContext: words.default([]),
  /** Words next to a nuclear word that make it civil or figurative: no nuclear-weapons context (v4). */
  notNuclear: z.object({ before: words, after: words }).default({ before: [], after: [] }),
  /** The state that fields each delivery system (folded words of its name). */
  systemOwners: z.record(z.string().regex(/^[A-Z]{3}$/), words).default({}),
  /** Strikes named as nuclear or simulated: a strike rule matching inside one codes no conventional strike (v20). */
  notStrikes: z.array(z.string().min(1)).default([]),
  rules: z.array(RuleSchema).min(1),
});

export type ActorsFile = z.infer<typeof ActorsFileSchema>;
export type CuesFile = z.infer<typeof CuesFileSchema>;
export type EventRule = z.infer<typeof RuleSchema>;

export interface RuleMatchPayload {
  rule: EventRule;
  pattern: string;
}

export interface Lexicon {
  actors: ActorsFile;
  /** actors.yaml `rivals` as "A|B" keys, both orders. */
  rivalPairs: Set<string>;
  /** actors.yaml `treaties`: each treaty's names, with its two parties as payload. */
  treaties: PatternSet<readonly [string, string]>;
  /** Each event rule's `notWith` words, compiled (rules without any are absent). */
  notWith: Map<EventRule, Alt[]>;
  cues: CuesFile;
  rules: EventRule[];
  classes: Map<string, WordClass>;
  events: PatternSet<RuleMatchPayload>;
  /** events.yaml `notStrikes`: a strike named as nuclear or simulated, no conventional strike. */
  notStrikes: PatternSet<true>;
  /** Reported-speech cues: kind says where the source is. */
  speechCues: PatternSet<'verb' | 'prep' | 'qualifying'>;
  belief: Alt[];
  statementNouns: Alt[];
  officials: Alt[];
  vague: Alt[];
  sourceModifiers: Alt[];
  negWords: Set<string>;
  nePartners: Set<string>;
  evidential: PatternSet<true>;
  negCoordinated: Set<string>;
  negIdioms: PatternSet<true>;
  refusal: PatternSet<true>;
  denial: Alt[];
  notProbability: Alt[];
  warningBefore: Set<string>;
  warningAfter: Set<string>;
  callVerbs: Alt[];
  holders: Alt[];
  nonOfficials: Alt[];
  recordHonorifics: Set<string>;
  recordChair: Set<string>;
  /** First words of an upper-case section lead-in ("THE REACTION:", "WHAT'S NEXT:"), which names no speaker. */
  labelLeadIns: Set<string>;
  documentNouns: Set<string>;
  documentDeterminers: Set<string>;
  issueVerbs: Alt[];
  /** Delivery systems and the state that fields them. */
  systemOwners: { state: string; alts: Alt[] }[];
  modal: Alt[];
  conditional: Set<string>;
  concessive: PatternSet<true>;
  announced: PatternSet<true>;
  /** Purpose openers (« pour que », "so that"): the act they introduce is aimed at, not done (cues.yaml v18). */
  purpose: PatternSet<true>;
  deliberation: Alt[];
  /** Verbs of recommending before "that"/"que": what the clause after them says is not done. */
  recommendation: Set<string>;
  /** Modal verbs of obligation before a speech act ("Ireland should urge"): the act is recommended, not made (v15). */
  obligation: Set<string>;
  /** Verbs asking someone to act ("asked Washington to let"): the act asked for is not done. */
  request: Alt[];
  /** Verbs of excluding: negated before an action, they leave it open (hypothetical). */
  notExcluded: Alt[];
  consequence: Alt[];
  negativeReplies: PatternSet<true>;
  gapAdverbs: Set<string>;
  capabilityWords: Set<string>;
  gapConnectors: Set<string>;
  opposition: Alt[];
  blame: Alt[];
  speechVerbs: Alt[];
  listLabels: Alt[];
  training: Alt[];
  negationFillers: Alt[];
  clauseBreaks: Set<string>;
  relativePronouns: Set<string>;
  pairAnaphors: PatternSet<true>;
  targetMarkers: Set<string>;
  male: Set<string>;
  female: Set<string>;
  firstPerson: Set<string>;
  /** Every personal pronoun of cues.yaml `pronouns` (male, female, first person, collective). */
  personalPronouns: Set<string>;
  /** Prepositions after which a speech verb opens no reported clause (cues.yaml `prepositions`). */
  prepositions: Set<string>;
  titlesMale: Set<string>;
  titlesFemale: Set<string>;
  /** Ranks and offices before a name that tell no gender ("Maj.", "Secretary"). */
  titlesNeutral: Set<string>;
  abbreviations: Set<string>;
  numberAbbreviations: Set<string>;
  nuclearClass: Alt[];
  nuclearContext: PatternSet<true>;
  notNuclearBefore: Set<string>;
  notNuclearAfter: Set<string>;
}

export const DATA_DIR = fileURLToPath(new URL('../../data/code/', import.meta.url));

function loadYaml<T>(file: string, schema: z.ZodType<T>): T {
  const path = `${DATA_DIR}${file}`;
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new EscaladeError(`data/code/${file}: cannot read or parse YAML: ${(error as Error).message}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new EscaladeError(`data/code/${file}: field ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}

function compileIn(file: string, field: string, source: string, classes: Map<string, WordClass>): PatternElement[] {
  try {
    return compilePattern(source, classes);
  } catch (error) {
    throw new EscaladeError(`data/code/${file}: field ${field}: ${(error as Error).message}`);
  }
}

function patternSet<T>(file: string, field: string, list: readonly string[], payload: T, classes: Map<string, WordClass>): PatternSet<T> {
  const set = new PatternSet<T>();
  list.forEach((p, i) => set.add(compileIn(file, `${field}.${i}`, p, classes), payload));
  return set;
}

function treatySet(treaties: ActorsFile['treaties'], classes: Map<string, WordClass>): PatternSet<readonly [string, string]> {
  const set = new PatternSet<readonly [string, string]>();
  treaties.forEach((t, i) => t.patterns.forEach((p, j) => set.add(compileIn('actors.yaml', `treaties.${i}.patterns.${j}`, p, classes), t.parties)));
  return set;
}

let cached: Lexicon | null = null;

/** The compiled lexicon (loaded on first use, then shared). */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const actors = loadYaml('actors.yaml', ActorsFileSchema);
  const cues = loadYaml('cues.yaml', CuesFileSchema);
  const eventsFile = loadYaml('events.yaml', EventsFileSchema);

  const classes = new Map<string, WordClass>();
  for (const [name, list] of Object.entries(eventsFile.classes)) {
    const alts = compileWordList(list);
    if (name === 'NUC') for (const alt of alts) alt.notAfter = new Set(['non', 'non-', 'sans']);
    classes.set(name, { alts });
  }
  const events = new PatternSet<RuleMatchPayload>();
  eventsFile.rules.forEach((rule, ri) => {
    rule.patterns.forEach((p, pi) => events.add(compileIn('events.yaml', `rules.${ri}.patterns.${pi}`, p, classes), { rule, pattern: p }));
  });
  const speechCues = new PatternSet<'verb' | 'prep' | 'qualifying'>();
  cues.speech.verbs.forEach((p, i) => speechCues.add(compileIn('cues.yaml', `speech.verbs.${i}`, p, classes), 'verb'));
  cues.speech.prepositions.forEach((p, i) => speechCues.add(compileIn('cues.yaml', `speech.prepositions.${i}`, p, classes), 'prep'));
  cues.speech.qualifying.forEach((p, i) => speechCues.add(compileIn('cues.yaml', `speech.qualifying.${i}`, p, classes), 'qualifying'));

  const notWith = new Map<EventRule, Alt[]>();
  for (const rule of eventsFile.rules) if (rule.notWith.length > 0) notWith.set(rule, compileWordList(rule.notWith));

  cached = {
    actors,
    rivalPairs: new Set(actors.rivals.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`])),
    treaties: treatySet(actors.treaties, classes),
    notWith,
    cues,
    rules: eventsFile.rules,
    classes,
    events,
    notStrikes: patternSet('events.yaml', 'notStrikes', eventsFile.notStrikes, true as const, classes),
    speechCues,
    belief: compileWordList(cues.speech.belief.flatMap((w) => w.split('|'))),
    statementNouns: compileWordList(cues.statementNouns.flatMap((w) => w.split('|'))),
    officials: compileWordList(cues.officials),
    vague: compileWordList(cues.vague),
    sourceModifiers: compileWordList(cues.sourceModifiers),
    negWords: new Set(cues.negation.words),
    nePartners: new Set(cues.negation.nePartners),
    evidential: patternSet('cues.yaml', 'negation.evidential', cues.negation.evidential, true as const, classes),
    negCoordinated: new Set(cues.negation.coordinated),
    negIdioms: patternSet('cues.yaml', 'negation.idioms', cues.negation.idioms, true as const, classes),
    refusal: patternSet('cues.yaml', 'negation.refusal', cues.negation.refusal, true as const, classes),
    denial: compileWordList(cues.negation.denial),
    notProbability: compileWordList(cues.ruleWords.notProbability),
    warningBefore: new Set(cues.ruleWords.warningBefore),
    warningAfter: new Set(cues.ruleWords.warningAfter),
    callVerbs: compileWordList(cues.ruleWords.callVerbs),
    holders: compileWordList(cues.ruleWords.holders),
    nonOfficials: compileWordList(cues.ruleWords.nonOfficials),
    recordHonorifics: new Set(cues.recordLabels.honorifics),
    recordChair: new Set(cues.recordLabels.chair),
    labelLeadIns: new Set(cues.recordLabels.leadIns),
    documentNouns: new Set(cues.documents.nouns),
    documentDeterminers: new Set(cues.documents.determiners),
    issueVerbs: compileWordList(cues.documents.issueVerbs),
    systemOwners: Object.entries(eventsFile.systemOwners).map(([state, list]) => ({ state, alts: compileWordList(list) })),
    modal: compileWordList(cues.modality.words),
    conditional: new Set(cues.modality.conditional),
    concessive: patternSet('cues.yaml', 'modality.concessive', cues.modality.concessive, true as const, classes),
    announced: patternSet('cues.yaml', 'modality.announced', cues.modality.announced, true as const, classes),
    purpose: patternSet('cues.yaml', 'modality.purpose', cues.modality.purpose, true as const, classes),
    deliberation: compileWordList(cues.modality.deliberation),
    recommendation: new Set(cues.modality.recommendation),
    obligation: new Set(cues.modality.obligation),
    request: compileWordList(cues.modality.request),
    notExcluded: compileWordList(cues.modality.notExcluded),
    consequence: compileWordList(cues.consequence),
    negativeReplies: patternSet('cues.yaml', 'negativeReplies', cues.negativeReplies, true as const, classes),
    gapAdverbs: new Set(cues.gapWords.adverbs),
    capabilityWords: new Set(cues.capabilityWords),
    gapConnectors: new Set(cues.gapWords.connectors),
    opposition: compileWordList(cues.ruleWords.opposition),
    blame: compileWordList(cues.ruleWords.blame),
    speechVerbs: compileWordList(cues.ruleWords.speechVerbs),
    listLabels: compileWordList(cues.ruleWords.listLabels),
    training: compileWordList(cues.ruleWords.training),
    negationFillers: compileWordList(cues.ruleWords.negationFillers),
    clauseBreaks: new Set(cues.clauseBreaks),
    relativePronouns: new Set(cues.relativePronouns),
    pairAnaphors: patternSet('cues.yaml', 'pairAnaphors', cues.pairAnaphors, true as const, classes),
    targetMarkers: new Set(cues.targetMarkers),
    male: new Set(cues.pronouns.male),
    female: new Set(cues.pronouns.female),
    firstPerson: new Set(cues.pronouns.firstPerson),
    personalPronouns: new Set([...cues.pronouns.male, ...cues.pronouns.female, ...cues.pronouns.firstPerson, ...cues.pronouns.collective]),
    prepositions: new Set(cues.prepositions),
    titlesMale: new Set(cues.titles.male),
    titlesFemale: new Set(cues.titles.female),
    titlesNeutral: new Set(cues.titles.neutral),
    abbreviations: new Set(cues.abbreviations),
    numberAbbreviations: new Set(cues.numberAbbreviations),
    nuclearClass: classes.get('NUC')?.alts ?? [],
    nuclearContext: patternSet('events.yaml', 'nuclearContext', eventsFile.nuclearContext, true as const, classes),
    notNuclearBefore: new Set(eventsFile.notNuclear.before),
    notNuclearAfter: new Set(eventsFile.notNuclear.after),
  };
  return cached;
}

/** For tests: validates a parsed file against its schema and returns the error message, or null. */
export function validateData(file: 'actors.yaml' | 'cues.yaml' | 'events.yaml', raw: unknown): string | null {
  const schema = file === 'actors.yaml' ? ActorsFileSchema : file === 'cues.yaml' ? CuesFileSchema : EventsFileSchema;
  const result = (schema as z.ZodType<unknown>).safeParse(raw);
  if (result.success) return null;
  const issue = result.error.issues[0];
  return `data/code/${file}: field ${issue.path.join('.') || '(root)'}: ${issue.message}`;
}
