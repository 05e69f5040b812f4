// Source credibility class of an event from its `attributedTo`, via the gazetteer when present.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { dataPath } from '../knowledge/load.js';
import type { RiskModel } from './model.js';
import type { CredibilityClass } from './types.js';

/** Person id → role, read defensively from data/code/actors.yaml (any shape with `id` and `role`). */
export type RoleIndex = Map<string, string>;

let cachedIndex: RoleIndex | null = null;

function walk(node: unknown, out: RoleIndex, key?: string): void {
  if (Array.isArray(node)) {
    node.forEach((n) => walk(n, out));
    return;
  }
  if (node && typeof node === 'object') {
    const obj = node as Record<string, unknown>;
    const id = typeof obj.id === 'string' ? obj.id : key;
    const role = typeof obj.role === 'string' ? obj.role : Array.isArray(obj.roles) && typeof obj.roles[0] === 'string' ? obj.roles[0] : null;
    if (id && role && !out.has(id)) out.set(id, role);
    for (const [k, v] of Object.entries(obj)) if (v && typeof v === 'object') walk(v, out, k);
  }
}

export function loadRoleIndex(path = dataPath('code', 'actors.yaml')): RoleIndex {
  if (path === dataPath('code', 'actors.yaml') && cachedIndex) return cachedIndex;
  const index: RoleIndex = new Map();
  if (existsSync(path)) {
    try {
      walk(parse(readFileSync(path, 'utf8')), index);
    } catch {
      // The gazetteer is another stage's work in progress: an unreadable file means no roles.
    }
  }
  if (path === dataPath('code', 'actors.yaml')) cachedIndex = index;
  return index;
}

function normaliseRole(role: string): string {
  return role.toLowerCase().replace(/[\s-]+/g, '_');
}

/**
 * official: a named official (by gazetteer role) or the acting state itself; unnamed_official:
 * a state or body id ("a US official"); analyst: a named expert; media: the text's own voice,
 * vague sources, or a person the gazetteer does not know.
 */
export function credibilityClass(attributedTo: string | null, model: RiskModel, roles: RoleIndex = loadRoleIndex()): CredibilityClass {
  if (attributedTo === null) return 'media';
  if (/^[A-Z][A-Z0-9_]*$/.test(attributedTo)) return 'unnamed_official';
  const role = roles.get(attributedTo);
  if (role) {
    const r = normaliseRole(role);
    if (model.credibility.roles.official.map(normaliseRole).includes(r)) return 'official';
    if (model.credibility.roles.analyst.map(normaliseRole).includes(r)) return 'analyst';
    if (model.credibility.roles.media.map(normaliseRole).includes(r)) return 'media';
  }
  return model.credibility.fallback_people[attributedTo] ?? 'media';
}

/** Prefix of the `source` of the coded timeline's events (src/estimate/history.ts). */
export const TIMELINE_SOURCE_PREFIX = 'timeline-2022-2024.json: ';

/**
 * The credibility class of one mention: for an event of the coded timeline, the class of its real
 * source (data/risk/model.yaml credibility.timeline, by pattern; none matching: unnamed_official);
 * otherwise from its attribution (credibilityClass).
 */
export function mentionCredibility(
  mention: { source: string; attributedTo: string | null },
  model: RiskModel,
  roles: RoleIndex = loadRoleIndex(),
): CredibilityClass {
  if (mention.source.startsWith(TIMELINE_SOURCE_PREFIX)) {
    const source = mention.source.slice(TIMELINE_SOURCE_PREFIX.length);
    const rule = model.credibility.timeline.find((r) => new RegExp(r.pattern, 'i').test(source));
    return rule?.class ?? 'unnamed_official';
  }
  return credibilityClass(mention.attributedTo, model, roles);
}
