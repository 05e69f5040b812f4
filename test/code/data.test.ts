import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, lexicon, validateData } from '../../src/code/lexicon.js';
import { compilePattern, PatternSet } from '../../src/code/pattern.js';

const load = (f: string): unknown => parse(readFileSync(`${DATA_DIR}${f}`, 'utf8'));

describe('data files', () => {
  it('validate against their schemas and carry version and sources', () => {
    for (const f of ['actors.yaml', 'cues.yaml', 'events.yaml'] as const) {
      expect(validateData(f, load(f))).toBeNull();
      const raw = load(f) as { version: number; sources: string[] };
      expect(raw.version).toBeGreaterThan(0);
      expect(raw.sources.length).toBeGreaterThan(0);
    }
  });
  it('name the file and the field on error', () => {
    const bad = load('events.yaml') as { rules: Array<{ type: string }> };
    bad.rules[0].type = 'NOT_A_TYPE';
    expect(validateData('events.yaml', bad)).toMatch(/^data\/code\/events\.yaml: field rules\.0\.type/);
    const noVersion = { ...(load('actors.yaml') as object), version: undefined };
    expect(validateData('actors.yaml', noVersion)).toMatch(/actors\.yaml: field version/);
  });
  it('validate the round-3 fields: a rule’s whenNegated, the cue lists of deliberation and consequence', () => {
    const rules = load('events.yaml') as { rules: Array<{ whenNegated?: string }> };
    rules.rules[0].whenNegated = 'ignore';
    expect(validateData('events.yaml', rules)).toMatch(/^data\/code\/events\.yaml: field rules\.0\.whenNegated/);
    const cues = load('cues.yaml') as { consequence: unknown; modality: { deliberation: unknown } };
    cues.consequence = 'would';
    expect(validateData('cues.yaml', cues)).toMatch(/cues\.yaml: field consequence/);
    expect(lexicon().rules.find((r) => r.id === 'warn-label')?.whenNegated).toBe('drop');
  });
  it('covers the gazetteer the ontology asks for', () => {
    const actors = lexicon().actors;
    const ids = new Set(actors.persons.map((p) => p.id));
    for (const id of ['vladimir-putin', 'dmitry-peskov', 'sergey-lavrov', 'jens-stoltenberg', 'mark-rutte', 'lloyd-austin', 'antony-blinken', 'joe-biden', 'donald-trump', 'volodymyr-zelensky', 'john-kirby', 'william-burns', 'rebekah-koffler', 'jeremy-fleming', 'hamish-de-bretton-gordon', 'alexander-bastrykin', 'xi-jinping', 'kim-jong-un', 'emmanuel-macron', 'alexander-lukashenko']) expect(ids.has(id)).toBe(true);
    for (const p of actors.persons) expect(p.state.length).toBeGreaterThan(1);
    for (const st of ['RUS', 'USA', 'UKR', 'NATO', 'CHN', 'BLR', 'GBR', 'FRA', 'DEU', 'PRK', 'IRN', 'ISR', 'IND', 'PAK']) {
      expect([...actors.states.map((s) => s.id), ...actors.alliances.map((a) => a.id)]).toContain(st);
    }
  });
});

describe('token patterns', () => {
  const classes = new Map([['NUC', { alts: [{ word: 'nucleaire', prefix: true }] }]]);
  it('match prefixes, alternatives and bounded gaps', () => {
    const set = new PatternSet<string>();
    set.add(compilePattern('deploi*|deploy* ~3 @NUC', classes), 'deploy');
    expect(set.match(['ils', 'deploient', 'des', 'armes', 'nucleaires']).map((m) => m.payload)).toEqual(['deploy']);
    expect(set.match(['deploient', 'a', 'b', 'c', 'd', 'nucleaires'])).toEqual([]);
  });
  it('split elisions like the tokeniser', () => {
    expect(compilePattern("recours a l'arme", classes)).toHaveLength(4);
  });
  it('reject malformed patterns', () => {
    expect(() => compilePattern('~3 arme', classes)).toThrow();
    expect(() => compilePattern('@UNKNOWN arme', classes)).toThrow(/unknown class/);
  });
});
