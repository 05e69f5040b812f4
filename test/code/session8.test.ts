// Session 8 general rules, found on round 11's misses: each with its own FR and EN examples, written for these tests
// (not sentences of the held-out texts).
import { describe, expect, it } from 'vitest';
import { code } from './helpers.js';

const of = (r: ReturnType<typeof code>, type: string) => r.events.filter((e) => e.type === type).map((e) => `${e.actor}:${e.polarity}:${e.attributedTo}`);
const actors = (r: ReturnType<typeof code>, type: string) => of(r, type).map((s) => s.split(':').slice(0, 2).join(':'));

describe('a doctrine said to be unchanged', () => {
  it('"no changes to it", « reste inchangée », « aucun changement de la doctrine » are negated changes', () => {
    expect(actors(code('Asked about the nuclear doctrine, Dmitry Peskov said there were no changes to it this year.', 'en', '2024-05-21'), 'DOCTRINE_CHANGE')).toEqual(['RUS:negated']);
    expect(actors(code('La doctrine nucléaire russe reste inchangée, a assuré Dmitri Peskov.', 'fr', '2024-05-21'), 'DOCTRINE_CHANGE')).toEqual(['RUS:negated']);
    expect(actors(code('Selon Dmitri Peskov, il n’y a aucun changement de la doctrine nucléaire russe.', 'fr', '2024-05-21'), 'DOCTRINE_CHANGE')).toEqual(['RUS:negated']);
  });
  it('"did not mean that the doctrine had changed": the negation reaches the clause after "mean"', () => {
    expect(actors(code('Sergei Ryabkov said the drills did not mean that Russia’s nuclear doctrine had changed.', 'en', '2024-05-21'), 'DOCTRINE_CHANGE')).toEqual(['RUS:negated']);
    expect(actors(code('Selon Sergueï Riabkov, ces manœuvres ne signifient pas que la doctrine nucléaire russe a changé.', 'fr', '2024-05-21'), 'DOCTRINE_CHANGE')).toEqual(['RUS:negated']);
  });
  it('the drill whose meaning is denied still took place; a drill that did not involve the weapons did not', () => {
    expect(actors(code('Sergei Ryabkov said the Russian exercise did not mean that Moscow’s nuclear doctrine had changed.', 'en', '2024-05-21'), 'NUCLEAR_EXERCISE')).toEqual(['RUS:asserted']);
    expect(actors(code('Selon Moscou, l’exercice russe ne signifie pas que la doctrine nucléaire a changé.', 'fr', '2024-05-21'), 'NUCLEAR_EXERCISE')).toEqual(['RUS:asserted']);
    expect(actors(code('The Russian exercise did not involve nuclear weapons, the ministry said.', 'en', '2024-05-21'), 'NUCLEAR_EXERCISE')).toEqual(['RUS:negated']);
  });
  it('a doctrine that did change stays asserted', () => {
    expect(actors(code('Russia’s nuclear doctrine has changed, Sergei Ryabkov said on Tuesday.', 'en', '2024-11-20'), 'DOCTRINE_CHANGE')).toEqual(['RUS:asserted']);
  });
});

describe('ruling out is refusing', () => {
  it('"ruled out any resumption of talks" and « a exclu toute reprise » negate the talks', () => {
    expect(actors(code('Sergei Ryabkov ruled out any resumption of strategic stability talks with Washington.', 'en', '2024-05-21'), 'DE_ESCALATION')).toEqual(['RUS:negated']);
    expect(actors(code('Sergueï Riabkov a exclu toute reprise des négociations sur la maîtrise des armements nucléaires.', 'fr', '2024-05-21'), 'DE_ESCALATION')).toEqual(['RUS:negated']);
  });
  it('« exclusif » is no refusal', () => {
    expect(actors(code('Moscou garde un contrôle exclusif et reste prête à négocier sur les armes nucléaires.', 'fr', '2023-06-19'), 'DE_ESCALATION')).toEqual(['RUS:asserted']);
  });
});

describe('warnings: a response promised, a call to stop, no yielding to the threat named first', () => {
  it('a promised response or retaliation in a nuclear context warns', () => {
    expect(actors(code('Le Kremlin a promis une riposte, après la demande polonaise d’accueillir des armes nucléaires américaines.', 'fr', '2025-03-14'), 'WARNING')).toEqual(['RUS:asserted']);
    expect(actors(code('Moscow vowed a response after Warsaw asked to host U.S. nuclear weapons.', 'en', '2025-03-14'), 'WARNING')).toEqual(['RUS:asserted']);
  });
  it('calling on the other side to stop warns, by the one who calls', () => {
    expect(actors(code('La France appelle la Russie à cesser sa rhétorique nucléaire.', 'fr', '2024-11-20'), 'WARNING')).toEqual(['FRA:asserted']);
    expect(actors(code('Britain called on Russia to stop its nuclear saber-rattling.', 'en', '2024-11-20'), 'WARNING')).toContain('GBR:asserted');
  });
  it('"face à ce chantage, nous ne céderons pas" is the speaker’s warning, asserted', () => {
    const fr = code('« Face à ce chantage nucléaire, la Pologne ne cédera pas », a déclaré Donald Tusk.', 'fr', '2025-03-14');
    expect(of(fr, 'WARNING')).toEqual(['POL:asserted:donald-tusk']);
    const en = code('"In the face of this nuclear blackmail, we will not yield," Donald Tusk said.', 'en', '2025-03-14');
    expect(of(en, 'WARNING')).toEqual(['POL:asserted:donald-tusk']);
  });
});

describe('deployments: delivered, hosted with the owner’s adjective after the weapon', () => {
  it('weapons delivered (passive) are a deployment', () => {
    expect(actors(code('Alexander Lukashenko said the first Russian nuclear warheads had been delivered to Belarus.', 'en', '2023-06-14'), 'NUCLEAR_DEPLOYMENT')).toEqual(['RUS:asserted']);
    expect(actors(code('Les premières ogives nucléaires russes ont été livrées au Bélarus, selon Minsk.', 'fr', '2023-06-14'), 'NUCLEAR_DEPLOYMENT')).toEqual(['RUS:asserted']);
  });
  it('delivering a strike or weapons to Ukraine is no deployment', () => {
    expect(actors(code('The Iskander is capable of delivering nuclear strikes, Russia said.', 'en', '2023-06-14'), 'NUCLEAR_DEPLOYMENT')).toEqual([]);
    expect(actors(code('La livraison de missiles à l’Ukraine continue, malgré la menace nucléaire russe.', 'fr', '2023-06-14'), 'NUCLEAR_DEPLOYMENT')).toEqual([]);
  });
  it('a host of "armes nucléaires tactiques russes" / "Russian tactical nuclear weapons": the owner deploys', () => {
    expect(actors(code('Le Bélarus accueille des armes nucléaires tactiques russes depuis l’été.', 'fr', '2024-05-21'), 'NUCLEAR_DEPLOYMENT')).toEqual(['RUS:asserted']);
    expect(actors(code('Belarus hosts Russian tactical nuclear weapons since last summer.', 'en', '2024-05-21'), 'NUCLEAR_DEPLOYMENT')).toEqual(['RUS:asserted']);
  });
});

describe('exercises told by their stages, snap readiness checks', () => {
  it('practising the receipt of special munitions is a nuclear exercise', () => {
    expect(actors(code('Russian servicemen are practicing the receipt of special munitions for Iskander launchers.', 'en', '2024-05-21'), 'NUCLEAR_EXERCISE')).toEqual(['RUS:asserted']);
    expect(actors(code('Les militaires russes s’entraînent à la réception de munitions spéciales pour les Iskander.', 'fr', '2024-05-21'), 'NUCLEAR_EXERCISE')).toEqual(['RUS:asserted']);
  });
  it('a snap check of nuclear forces’ readiness is a nuclear exercise', () => {
    expect(actors(code('Belarus launched a snap check of the readiness of its nuclear-capable units.', 'en', '2024-05-07'), 'NUCLEAR_EXERCISE')).toEqual(['BLR:asserted']);
    expect(actors(code('Le Bélarus a lancé une inspection surprise de ses forces nucléaires non stratégiques.', 'fr', '2024-05-07'), 'NUCLEAR_EXERCISE')).toEqual(['BLR:asserted']);
  });
});

describe('continued communication and a labelled speaker who reports another', () => {
  it('stressing the value of continued communication is de-escalation', () => {
    expect(actors(code('Lloyd Austin stressed the value of continued communication with Moscow amid nuclear tensions.', 'en', '2022-10-24'), 'DE_ESCALATION')).toEqual(['USA:asserted']);
    expect(actors(code('Sébastien Lecornu a souligné l’importance du maintien du dialogue avec Moscou sur les questions nucléaires.', 'fr', '2022-10-24'), 'DE_ESCALATION')).toEqual(['FRA:asserted']);
  });
  it('a record speaker’s next paragraph in the first person stays theirs even when it reports another', () => {
    const text = [
      'M. Sébastien Lecornu, ministre des armées. La Russie brandit la menace nucléaire.',
      'Notre dissuasion, le Président de la République l’a rappelé, est strictement défensive ; face à ce chantage, nous ne céderons pas.',
    ].join('\n\n');
    expect(of(code(text, 'fr', '2025-03-03'), 'WARNING')).toEqual(['FRA:asserted:sebastien-lecornu']);
    const en = [
      'MR. JOHN KIRBY: Russia keeps rattling the nuclear saber.',
      'Our posture, as the President has said, is unchanged; in the face of this nuclear blackmail, we will not yield.',
    ].join('\n\n');
    expect(of(code(en, 'en', '2024-05-21'), 'WARNING')).toEqual(['USA:asserted:john-kirby']);
  });
});
