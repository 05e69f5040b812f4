// Plain data types shared by every stage (read → code → judge → estimate → simulate → show).
// Field names of the ontology (../shared/ontology.md §5) are kept exactly; stages may add fields.

export const EVENT_TYPES = [
  'NUCLEAR_THREAT',
  'DOCTRINE_CHANGE',
  'DOCTRINE_STATEMENT',
  'ALERT_RAISED',
  'NUCLEAR_DEPLOYMENT',
  'NUCLEAR_EXERCISE',
  'MISSILE_TEST',
  'ARMS_CONTROL_EXIT',
  'STRIKE_ON_NUCLEAR_STATE',
  'MAJOR_STRIKE',
  'WEAPONS_AUTHORIZATION',
  'PLANNING_REPORTED',
  'FALSE_FLAG_ALLEGATION',
  'NUCLEAR_USE',
  'WARNING',
  'RISK_ASSESSMENT',
  'DE_ESCALATION',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const POLARITIES = ['asserted', 'negated', 'hypothetical'] as const;
export type Polarity = (typeof POLARITIES)[number];

export type DatePrecision = 'year' | 'month' | 'day' | 'unknown';

/** ISO-like date: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export type IsoDate = string;

export interface DateValue {
  value: IsoDate | null;
  precision: DatePrecision;
  /** The words the date came from. */
  text: string;
}

/** A span of the cleaned document text, in UTF-16 code units (JavaScript string indices). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type ActorKind = 'state' | 'alliance' | 'body' | 'person' | 'unknown';

export interface ActorMentionSummary {
  /** Gazetteer id (ISO alpha-3, alliance name or person slug); null when unknown to the gazetteer. */
  id: string | null;
  name: string;
  kind: ActorKind;
  /** For a person or an organ: the state it belongs to. */
  state?: string | null;
  mentions: Span[];
}

export interface QuoteSpeaker {
  id: string | null;
  name: string;
}

export interface Quote {
  speaker: QuoteSpeaker;
  text: string;
  direct: boolean;
  cue: string | null;
  start: number;
  end: number;
}

export interface CodedEvent {
  type: EventType;
  /** A state or alliance id: whose behaviour the event is. */
  actor: string;
  target: string | null;
  polarity: Polarity;
  /** Person slug, or state/body id for unnamed officials; null when the text speaks in its own voice. */
  attributedTo: string | null;
  date: DateValue;
  evidence: Span;
  attributes: EventAttributes;
  confidence: number;
}

export interface ProbabilityRange {
  low: number;
  high: number;
}

export interface Quantity {
  value: number;
  unit: string;
  text: string;
}

/** Open attribute bag; the named keys are the ones later stages read. */
export interface EventAttributes {
  probability?: ProbabilityRange;
  trend?: 'up' | 'down' | 'flat';
  quantities?: Quantity[];
  weaponSystems?: string[];
  /** Weapon class used by the doctrine engine. */
  weaponClass?: 'ballistic_missile' | 'cruise_missile' | 'drone' | 'aircraft' | 'hypersonic' | 'wmd' | 'nuclear' | 'mixed';
  /** 'massive' for barrages, waves, hundreds of means; 'single' otherwise when known. */
  scale?: 'single' | 'massive';
  exercise?: string;
  /** Conditions added by a doctrine change. */
  conditionsAdded?: string[];
  /** Who supports the actor, for "non-nuclear state attacking with a nuclear state's support". */
  supportedBy?: string[];
  [key: string]: unknown;
}

export interface DocumentMeta {
  /** sha256 (hex) of the cleaned text. */
  id: string;
  source: string;
  title: string | null;
  lang: string;
  published: IsoDate | null;
  removedBoilerplate: string[];
}

/** The ontology's `document` block of a document that carries more (a stored or read document). */
export function documentMeta(doc: DocumentMeta): DocumentMeta {
  return {
    id: doc.id,
    source: doc.source,
    title: doc.title,
    lang: doc.lang,
    published: doc.published,
    removedBoilerplate: doc.removedBoilerplate,
  };
}

/** The output of `escalade extract` (ontology §5). */
export interface CodedRecord {
  document: DocumentMeta;
  actors: ActorMentionSummary[];
  quotes: Quote[];
  events: CodedEvent[];
  /** Present when the document was not coded (unsupported language, near-duplicate...). */
  notCoded?: string;
}

/** A document as produced by the read stage and kept by the store. */
export interface ReadDocument extends DocumentMeta {
  /** The raw input as received (text of the file, the HTML, the feed item). */
  raw: string;
  /** The cleaned text; every offset refers to it. */
  text: string;
  /** Confidence of the language label in 0..1, when the detector gives one. */
  langScore?: number;
  /** Where the publication date came from: metadata, html-meta, feed, flag, or null when unknown. */
  publishedFrom?: 'metadata' | 'html-meta' | 'feed' | 'flag' | null;
}

/** A positioned message attached to a document while it goes through the pipeline (cf. VFile messages). */
export interface PipelineMessage {
  source: string;
  level: 'info' | 'warning' | 'error';
  message: string;
  span?: { start: number; end: number };
}

/** Actor roles relative to a doctrine's owner. */
export type DoctrineRole = 'self' | 'ally' | 'adversary' | 'supporter' | 'neutral';

export type ConditionStatus = 'met' | 'approached' | 'not_met';
