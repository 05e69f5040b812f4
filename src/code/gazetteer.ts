// Gazetteer matcher: one precompiled trie over folded tokens; one left-to-right pass, longest match wins.
// Handles elision (l'OTAN), French adjective inflection (russe/russes, américain/américaines), swapped
// person names (Austin Lloyd), surnames alone, listed misspellings, metonymy and dated role phrases.
import type { ActorKind } from '../types.js';
import { lexicon, type ActorsFile } from './lexicon.js';
import { WordMemo, wordIdsOf } from './pattern.js';
import { tokenize, type Token } from './text.js';

export type MentionKind = ActorKind | 'adjective' | 'role';

export interface ActorInfo {
  id: string;
  name: string;
  kind: ActorKind;
  state: string | null;
  role: string | null;
  gender: 'm' | 'f' | null;
  nuclear: boolean;
  wikidata: string | null;
}

interface TrieEntry {
  kind: MentionKind;
  /** Actor id, or for a role the index into roles. */
  ref: string;
  /** Single capitalised word: the text must be capitalised too; acronyms must be all caps. */
  caseRule: 'none' | 'capital' | 'caps';
  priority: number;
  /** A surname kept out of the general index (common or shared): it names the person only after the full name. */
  afterFullName?: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: TrieEntry[];
}

export interface Mention {
  /** Token indices into the document tokens (end exclusive). */
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** Resolved actor id (person slug, state or body id); null for an unresolved role or unknown name. */
  id: string | null;
  /** The state (or alliance/body) this mention stands for. */
  state: string | null;
  gender: 'm' | 'f' | null;
  name: string;
  role: string | null;
}

export interface Gazetteer {
  actors: Map<string, ActorInfo>;
  nuclearStates: Set<string>;
  match(tokens: readonly Token[], published: string | null): Mention[];
}

const ARTICLES = new Set(['le', 'la', 'les', "l'", 'the']);
const CASE_STRICTNESS: Record<TrieEntry['caseRule'], number> = { none: 0, capital: 1, caps: 2 };
const PRIORITY: Record<MentionKind, number> = { person: 5, role: 4, alliance: 3, body: 3, state: 2, adjective: 1, unknown: 0 };

function inflectAdjective(base: string): string[] {
  const forms = new Set([base, `${base}s`]);
  if (!base.includes(' ')) {
    // -en doubles its n in the feminine: ukrainien -> ukrainienne, sud-coréen -> sud-coréenne, européen -> européenne.
    if (base.endsWith('en')) forms.add(`${base}ne`).add(`${base}nes`);
    else if (!base.endsWith('e')) forms.add(`${base}e`).add(`${base}es`);
    if (base.endsWith('c')) forms.add(`${base}que`).add(`${base}ques`);
  }
  return [...forms];
}

function buildTrie(file: ActorsFile): { root: TrieNode; actors: Map<string, ActorInfo> } {
  const root: TrieNode = { next: new Map(), entries: [] };
  const actors = new Map<string, ActorInfo>();
  const add = (alias: string, entry: Omit<TrieEntry, 'caseRule' | 'priority'>, afterFullName = false) => {
    const toks = tokenize(alias).filter((t) => t.kind !== 'quote');
    let i = 0;
    while (i < toks.length - 1 && ARTICLES.has(toks[i].norm)) i++;
    const words = toks.slice(i);
    if (words.length === 0) return;
    const caseRule: TrieEntry['caseRule'] =
      words.length === 1 && /^[A-Z0-9.]{2,5}$/.test(words[0].text) ? 'caps' : words.length === 1 && words[0].upper && entry.kind !== 'adjective' ? 'capital' : 'none';
    let node = root;
    for (const w of words) {
      let child = node.next.get(w.norm);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(w.norm, child);
      }
      node = child;
    }
    const same = node.entries.find((e) => e.ref === entry.ref && e.kind === entry.kind);
    // "NATO" and "Nato", « ONU » and « Onu »: one entry, held to the looser of the two spellings' case rules.
    if (same) {
      if (CASE_STRICTNESS[caseRule] < CASE_STRICTNESS[same.caseRule]) same.caseRule = caseRule;
    } else node.entries.push({ ...entry, caseRule, priority: PRIORITY[entry.kind], ...(afterFullName ? { afterFullName } : {}) });
  };
  for (const s of file.states) {
    actors.set(s.id, { id: s.id, name: s.name, kind: 'state', state: s.id, role: null, gender: null, nuclear: s.nuclear, wikidata: s.wikidata ?? null });
    for (const a of [...s.aliases, ...s.metonyms]) add(a, { kind: 'state', ref: s.id });
    for (const a of s.adjectives) for (const f of inflectAdjective(a)) add(f, { kind: 'adjective', ref: s.id });
  }
  for (const b of file.alliances) {
    actors.set(b.id, { id: b.id, name: b.name, kind: b.kind, state: b.id, role: null, gender: null, nuclear: false, wikidata: b.wikidata ?? null });
    for (const a of b.aliases) add(a, { kind: b.kind, ref: b.id });
  }
  const surnames = new Map<string, string[]>();
  const scopedSurnames = new Map<string, string[]>();
  for (const p of file.persons) {
    actors.set(p.id, { id: p.id, name: p.name, kind: 'person', state: p.state, role: p.role, gender: p.gender, nuclear: false, wikidata: p.wikidata ?? null });
    for (const a of p.aliases) {
      add(a, { kind: 'person', ref: p.id });
      const parts = a.split(/\s+/);
      if (parts.length === 2) add(`${parts[1]} ${parts[0]}`, { kind: 'person', ref: p.id });
      if (parts.length >= 2) {
        const last = parts[parts.length - 1];
        const index = p.surnameAlone ? surnames : scopedSurnames;
        index.set(last, [...(index.get(last) ?? []), p.id]);
      }
    }
  }
  for (const [surname, ids] of surnames) {
    const unique = [...new Set(ids)];
    if (unique.length === 1) add(surname, { kind: 'person', ref: unique[0] });
    else scopedSurnames.set(surname, [...(scopedSurnames.get(surname) ?? []), ...unique]);
  }
  // "Sabrina Singh ... Singh said": a surname too common or shared to stand alone names the person already named
  // in full in the same text.
  for (const [surname, ids] of scopedSurnames) {
    for (const id of new Set(ids)) add(surname, { kind: 'person', ref: id }, true);
  }
  file.roles.forEach((r, i) => {
    for (const phrase of r.phrases) add(phrase, { kind: 'role', ref: String(i) });
  });
  return { root, actors };
}

let cached: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const file = lexicon().actors;
  const { root, actors } = buildTrie(file);
  const nuclearStates = new Set(file.states.filter((s) => s.nuclear).map((s) => s.id));

  const resolveRole = (index: number, published: string | null): string | null => {
    const role = file.roles[index];
    if (published === null) return null;
    const day = published.length === 4 ? `${published}-07-01` : published.length === 7 ? `${published}-15` : published;
    const holder = role.holders.find((h) => h.from <= day && (h.to === undefined || day < h.to));
    return holder ? holder.id : null;
  };

  // "the allies" for an alliance named before: folded word -> the alliance and the words around it.
  const fold1 = (w: string): string => tokenize(w)[0]?.norm ?? w;
  const anaphors = new Map<string, { id: string; determiners: Set<string>; notFollowedBy: Set<string>; capitalised: boolean }>();
  for (const a of file.anaphors) for (const w of a.words) anaphors.set(fold1(w), { id: a.id, determiners: new Set(a.determiners.map(fold1)), notFollowedBy: new Set(a.notFollowedBy.map(fold1)), capitalised: a.capitalised });

  const anaphorOf = new WordMemo((word) => anaphors.get(word) ?? null);

  // The trie's first level by word id: most words start no name, and each is looked up once per document.
  const rootChild = new WordMemo<TrieNode | null>((word) => root.next.get(word) ?? null);

  const match = (tokens: readonly Token[], published: string | null): Mention[] => {
    const mentions: Mention[] = [];
    const wordIds = wordIdsOf(tokens);
    const namedInFull = new Set<string>();
    let i = 0;
    while (i < tokens.length) {
      let node: TrieNode | undefined = root;
      let best: { entry: TrieEntry; end: number } | null = null;
      for (let j = i; j < tokens.length && node; j++) {
        const tok = tokens[j];
        if (tok.kind === 'quote' || tok.kind === 'punct') {
          // Inside a name or role phrase: "U.S.", "Russia's ambassador to the United States".
          const inner = tok.text === '.' ? '.' : tok.norm === "'s" && node !== root ? "'s" : null;
          if (inner === null && tok.text !== '-') break;
          if (inner !== null && node.next.has(inner)) {
            node = node.next.get(inner);
            continue;
          }
          break;
        }
        node = node === root ? (rootChild.get(wordIds[j], tok.norm) ?? undefined) : node.next.get(tok.norm);
        if (!node) break;
        for (const e of node.entries) {
          if (e.caseRule === 'capital' && !tok.upper) continue;
          if (e.caseRule === 'caps' && tok.text !== tok.text.toUpperCase()) continue;
          if (e.afterFullName && !namedInFull.has(e.ref)) continue;
          if (!best || j + 1 > best.end || (j + 1 === best.end && e.priority > best.entry.priority)) best = { entry: e, end: j + 1 };
        }
      }
      if (!best) {
        const anaphor = anaphorOf.get(wordIds[i], tokens[i].norm);
        if (anaphor && i > 0 && (!anaphor.capitalised || tokens[i].upper) && anaphor.determiners.has(tokens[i - 1].norm) && !anaphor.notFollowedBy.has(tokens[i + 1]?.norm ?? '') && !(i > 1 && tokens[i - 2].norm === "'s") && mentions.some((m) => m.id === anaphor.id)) {
          const info = actors.get(anaphor.id);
          mentions.push({ tokStart: i, tokEnd: i + 1, start: tokens[i].start, end: tokens[i].end, text: tokens[i].text, kind: info?.kind ?? 'alliance', id: anaphor.id, state: info?.state ?? anaphor.id, gender: null, name: info?.name ?? anaphor.id, role: info?.role ?? null });
        }
        i++;
        continue;
      }
      const first = tokens[i];
      const last = tokens[best.end - 1];
      const e = best.entry;
      let id: string | null = e.ref;
      let state: string | null = null;
      let gender: 'm' | 'f' | null = null;
      let name: string;
      let role: string | null = null;
      if (e.kind === 'role') {
        const r = file.roles[Number(e.ref)];
        id = resolveRole(Number(e.ref), published);
        state = r.state;
        role = r.phrases[0];
        const info = id ? actors.get(id) : undefined;
        gender = info?.gender ?? null;
        name = info ? info.name : tokensText(tokens, i, best.end);
      } else {
        const info = actors.get(e.ref);
        state = info?.state ?? null;
        gender = info?.gender ?? null;
        name = info?.name ?? e.ref;
        role = info?.role ?? null;
        if (e.kind === 'person' && best.end - i >= 2) namedInFull.add(e.ref);
      }
      mentions.push({
        tokStart: i,
        tokEnd: best.end,
        start: first.start,
        end: last.end,
        text: tokensText(tokens, i, best.end),
        kind: e.kind === 'adjective' && isDemonymNoun(tokens, i, best.end) ? 'state' : e.kind,
        id,
        state,
        gender,
        name,
        role,
      });
      i = best.end;
    }
    return mentions;
  };

  cached = { actors, nuclearStates, match };
  return cached;
}

/**
 * A state adjective used as a plural noun after a definite article names the state's side ("les Américains ont jugé",
 * "the Russians said"): a capitalised form ending in -s (French adjectives are written in lower case, and English ones
 * take no plural), one word. "des Russes" and "many Americans" stay adjectives: some people, not the state.
 */
function isDemonymNoun(tokens: readonly Token[], from: number, to: number): boolean {
  const word = tokens[from];
  return to - from === 1 && from > 0 && DEMONYM_ARTICLES.has(tokens[from - 1].norm) && word.upper && word.norm.endsWith('s');
}

const DEMONYM_ARTICLES = new Set(['les', 'the']);

function tokensText(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) out += (k > from && tokens[k].spaceBefore ? ' ' : '') + tokens[k].text;
  return out;
}
