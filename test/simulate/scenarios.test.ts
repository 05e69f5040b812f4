// Scenario files: the bundled ones load; bad ones are refused with a message naming the field;
// the measured scenarios' rungs are what the monitor's ladder gives on the timeline.
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ladderState } from '../../src/judge/index.js';
import type { StoredEvent } from '../../src/store/store.js';
import { dataPath } from '../../src/knowledge/load.js';
import { EscaladeError } from '../../src/errors.js';
import { initialStateFromLevels, listScenarios, loadParameters, loadScenario, runSimulation, validateScenario, withInitialState } from '../../src/simulate/index.js';
import type { EventType, Polarity } from '../../src/types.js';
import { baseScenario } from './helpers.js';

function refused(data: unknown): string {
  try {
    validateScenario(data, 'bad.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(EscaladeError);
    const message = (error as Error).message;
    expect(message).not.toMatch(/\n/);
    return message;
  }
  throw new Error('scenario was accepted');
}

describe('bundled scenarios', () => {
  it('ships at least the five required scenarios, all valid', () => {
    const names = listScenarios().map((s) => s.name);
    for (const name of ['measured-2022-10-01', 'measured-2024-11-20', 'deep-strike', 'false-alarm-crisis', 'negotiated-de-escalation']) {
      expect(names).toContain(name);
    }
    for (const s of listScenarios()) expect(loadScenario(s.path).name).toBe(s.name);
  });

  it('parameters.yaml is valid and gives every scalar parameter a meaning, range and source', () => {
    const p = loadParameters();
    expect(p.version).toBeGreaterThan(0);
    expect(p.sensitivity.length).toBeGreaterThan(5);
  });

  it('an unknown scenario name lists the known ones', () => {
    expect(() => loadScenario('no-such-scenario')).toThrow(/unknown scenario "no-such-scenario".*measured-2022-10-01/);
  });
});

describe('bad scenario files are refused naming the field', () => {
  it('unknown actor', () => {
    const data = baseScenario();
    (data.start as { actors: Record<string, unknown> }).actors.CHN = { rung: 1, posture: 'normal', resolve: 0.5 };
    expect(refused(data)).toMatch(/field start\.actors\.CHN: unknown actor "CHN"/);
    expect(refused(baseScenario({}, { events: [{ day: 3, kind: 'action', actor: 'XYZ', rung: 4 }] }))).toMatch(/field events\.0\.actor: unknown actor "XYZ"/);
  });

  it('negative rate', () => {
    expect(refused(baseScenario({ alarms: { rate_per_year: { value: -0.2 } } }))).toMatch(/field parameters\.alarms\.rate_per_year\.value/);
  });

  it('probability above 1', () => {
    expect(refused(baseScenario({ perception: { misperception_prob: { value: 1.5 } } }))).toMatch(/field parameters\.perception\.misperception_prob\.value: a probability must be in 0\.\.1/);
    expect(refused(baseScenario({ policy: { base_up: { values: [0.1, 0.1, 1.2, 0, 0, 0, 0, 0, 0] } } }))).toMatch(/field parameters\.policy\.base_up\.values\.2/);
  });

  it('missing fields', () => {
    const noTitle = baseScenario();
    delete noTitle.title;
    expect(refused(noTitle)).toMatch(/field title: missing/);
    const noRung = baseScenario();
    delete (noRung.start as { actors: Record<string, Record<string, unknown>> }).actors.RUS.rung;
    expect(refused(noRung)).toMatch(/field start\.actors\.RUS\.rung: missing/);
    const noUkr = baseScenario();
    delete (noUkr.start as { actors: Record<string, unknown> }).actors.UKR;
    expect(refused(noUkr)).toMatch(/field start\.actors\.UKR: missing/);
    expect(refused(baseScenario({}, { events: [{ kind: 'false_alarm', actor: 'RUS' }] }))).toMatch(/field events\.0\.day: missing/);
  });

  it('other mistakes: nuclear rung at start, alarm on a non-nuclear actor, file not found', () => {
    const high = baseScenario();
    (high.start as { actors: Record<string, { rung: number }> }).actors.RUS.rung = 7;
    expect(refused(high)).toMatch(/field start\.actors\.RUS\.rung: must be at most 5/);
    expect(refused(baseScenario({}, { events: [{ day: 2, kind: 'false_alarm', actor: 'UKR' }] }))).toMatch(/field events\.0\.actor: UKR has no nuclear early-warning system/);
    expect(() => loadScenario('/nonexistent/x.yaml')).toThrow(/scenario file not found/);
  });

  it('a YAML file with an error is refused naming the file and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'escalade-sim-'));
    const path = join(dir, 'bad.yaml');
    writeFileSync(path, 'name: bad\ntitle: Bad\nstart:\n  at: "2024-11-20"\n  actors:\n    RUS: { rung: 2, posture: sideways, resolve: 0.5 }\n');
    expect(() => loadScenario(path)).toThrow(/bad\.yaml: field start\.actors\.RUS\.posture/);
  });
});

describe('starting from the monitor', () => {
  const timeline = JSON.parse(readFileSync(dataPath('history', 'timeline-2022-2024.json'), 'utf8')) as {
    events: { date: string; type: EventType; actor: string; target: string | null; polarity: Polarity; summary: string; source: string }[];
  };
  const events: StoredEvent[] = timeline.events.map((e, i) => ({
    id: `t${i}`,
    documentId: `doc${i}`,
    source: e.source,
    published: e.date,
    type: e.type,
    actor: e.actor,
    target: e.target,
    polarity: e.polarity,
    attributedTo: null,
    date: { value: e.date, precision: 'day', text: e.date },
    evidence: { start: 0, end: e.summary.length, text: e.summary },
    attributes: {},
    confidence: 1,
  }));

  for (const at of ['2022-10-01', '2024-11-20']) {
    it(`measured-${at} has the rungs the judge's ladderState gives on the timeline`, () => {
      const report = ladderState(events.filter((e) => e.date.value! <= at), { at });
      const state = initialStateFromLevels(report.actors.map((a) => ({ actor: a.actor, level: a.rung })), { at });
      const scenario = loadScenario(`measured-${at}`);
      expect(scenario.start.kind).toBe('explicit');
      if (scenario.start.kind !== 'explicit') return;
      for (const [id, s] of Object.entries(scenario.start.state.actors)) {
        expect({ id, rung: state.actors[id].rung, doctrine: state.actors[id].doctrine }).toEqual({ id, rung: s.rung, doctrine: s.doctrine });
      }
    });
  }

  it('initialStateFromLevels folds aliases, ignores unknown actors and clamps nuclear rungs', () => {
    const s = initialStateFromLevels([{ actor: 'NATO', level: 2 }, { actor: 'USA', level: 1 }, { actor: 'CHN', level: 3 }, { actor: 'RUS', level: 7 }], { at: '2024-12-01' });
    expect(s.actors.USA.rung).toBe(2);
    expect(s.actors.RUS.rung).toBe(5);
    expect(s.actors.UKR.rung).toBe(0);
    expect(s.actors.RUS.doctrine).toBe('RUS-2024');
    expect(s.notes.join(' ')).toMatch(/CHN.*ignored/);
    expect(s.notes.join(' ')).toMatch(/clamped/);
  });

  it('a from_monitor scenario must be resolved before it runs, then runs', async () => {
    const scenario = validateScenario({ name: 'monitor-start', title: 'From the monitor', start: { from_monitor: { at: '2024-11-20' } } }, 'monitor.yaml');
    await expect(runSimulation(scenario, { runs: 10, horizonDays: 10, seed: 1, workers: 1 })).rejects.toThrow(/starts from the monitor/);
    const resolved = withInitialState(scenario, initialStateFromLevels([{ actor: 'RUS', level: 3 }], { at: '2024-11-20' }));
    const r = await runSimulation(resolved, { runs: 100, horizonDays: 30, seed: 1, workers: 1, sensitivity: false });
    expect(r.initialState.actors.RUS.rung).toBe(3);
  });
});
