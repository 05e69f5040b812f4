// Session 11 general rules, found on round 17's misses: each with its own FR and EN examples, written for these tests
// (not sentences of the held-out texts).
import { describe, expect, it } from 'vitest';
import { code } from './helpers.js';

const actors = (r: ReturnType<typeof code>, type: string) => r.events.filter((e) => e.type === type).map((e) => `${e.actor}:${e.polarity}`);

describe('a missile test makes the sentences after it a nuclear context', () => {
  it('condemning "the launch" right after a ballistic missile test is a warning', () => {
    const en = code('North Korea launched a ballistic missile over the sea on Tuesday. South Korea strongly condemned the launch.', 'en', '2022-10-04');
    expect(actors(en, 'WARNING')).toEqual(['KOR:asserted']);
    const fr = code('La Corée du Nord a lancé un missile balistique mardi. Le Japon a condamné ce tir.', 'fr', '2022-10-04');
    expect(actors(fr, 'WARNING')).toEqual(['JPN:asserted']);
  });
  it('without a test or a nuclear word before, the same condemnation is no nuclear warning', () => {
    expect(actors(code('South Korea strongly condemned the launch of the new satellite on Tuesday.', 'en', '2022-10-04'), 'WARNING')).toEqual([]);
  });
});

describe('the speaker of a cue is not a place named after "in"', () => {
  it('a state after "in" before the cue gives way to the subject', () => {
    expect(actors(code('Japan protested through its embassy in Beijing and condemned the nuclear threat.', 'en', '2022-10-04'), 'WARNING')).toEqual(['JPN:asserted']);
    expect(actors(code('Germany held talks in Moscow on Monday and denounced the nuclear threat.', 'en', '2022-10-04'), 'WARNING')).toEqual(['DEU:asserted']);
  });
  it('a place alone before the cue still speaks when no other state is named', () => {
    expect(actors(code('At the summit in Vilnius, leaders condemned the nuclear rhetoric.', 'en', '2023-07-11'), 'WARNING')).toEqual(['LTU:asserted']);
  });
});

describe('condemnations and concern', () => {
  it('a pronominal "s\'est dit" reports its subject\'s words', () => {
    const fr = code("Le traité d'interdiction des essais nucléaires a été révoqué. Le chancelier allemand s'est dit « profondément préoccupé » par cette décision.", 'fr', '2023-11-03');
    expect(actors(fr, 'WARNING')).toEqual(['DEU:asserted']);
  });
  it('deploring, decrying and calling an act outrageous or intolerable are condemnations', () => {
    expect(actors(code('La Belgique a déploré la menace nucléaire russe.', 'fr', '2023-03-26'), 'WARNING')).toEqual(['BEL:asserted']);
    expect(actors(code('Canada decried the nuclear threat made by Moscow.', 'en', '2023-03-26'), 'WARNING')).toEqual(['CAN:asserted']);
    expect(actors(code("Italy said the Russian nuclear threats were outrageous.", 'en', '2023-03-26'), 'WARNING')).toEqual(['ITA:asserted']);
    expect(actors(code("Madrid a jugé intolérable la rhétorique nucléaire de Moscou.", 'fr', '2023-03-26'), 'WARNING')).toEqual(['ESP:asserted']);
  });
});

describe('doctrine changes told as laws, revisions and treaties', () => {
  it('a law on nuclear forces policy adopted, a revision of nuclear guidance approved', () => {
    expect(actors(code('Pakistan adopted a law on its nuclear forces policy last year.', 'en', '2023-01-10'), 'DOCTRINE_CHANGE')).toEqual(['PAK:asserted']);
    expect(actors(code("L'Inde a promulgué une loi sur sa politique nucléaire en mars.", 'fr', '2023-04-10'), 'DOCTRINE_CHANGE')).toEqual(['IND:asserted']);
    expect(actors(code('The French president approved an update of the nuclear deterrence strategy in May.', 'en', '2025-06-10'), 'DOCTRINE_CHANGE')).toEqual(['FRA:asserted']);
  });
  it('a treaty signed that provides for nuclear use is a change by its signatory', () => {
    expect(actors(code("La France a signé un accord qui prévoit la possibilité d'employer l'arme nucléaire pour défendre ses alliés.", 'fr', '2025-03-10'), 'DOCTRINE_CHANGE')).toEqual(['FRA:asserted']);
  });
  it('work on a change, and a doctrine that could or may change, are hypothetical changes', () => {
    expect(actors(code('A French official said work on revising the nuclear doctrine had begun.', 'en', '2025-03-10'), 'DOCTRINE_CHANGE')).toEqual(['FRA:hypothetical']);
    expect(actors(code('Le Royaume-Uni a indiqué que sa doctrine nucléaire était susceptible de changer.', 'fr', '2025-03-10'), 'DOCTRINE_CHANGE')).toEqual(['GBR:hypothetical']);
    expect(actors(code('The British minister said the nuclear doctrine was a living document that could change.', 'en', '2025-03-10'), 'DOCTRINE_CHANGE')).toEqual(['GBR:hypothetical']);
  });
});

describe('an office held by an unnamed official of a state speaks for it', () => {
  it('"the Italian defence minister", « le président finlandais »: the state of the adjective', () => {
    expect(actors(code('The Italian defence minister said the Russian nuclear threats were unacceptable.', 'en', '2023-03-26'), 'WARNING')).toEqual(['ITA:asserted']);
    expect(actors(code('Le président finlandais a déclaré que la menace nucléaire russe était inacceptable.', 'fr', '2023-03-26'), 'WARNING')).toEqual(['FIN:asserted']);
  });
  it('a role the gazetteer knows still names its holder', () => {
    const en = code("The Russian foreign minister warned that NATO's nuclear exercises were dangerous.", 'en', '2023-03-26');
    expect(en.events.filter((e) => e.type === 'WARNING').map((e) => e.attributedTo)).toEqual(['sergey-lavrov']);
  });
});

describe('strikes told by their scale, their target city or the state they are aimed at', () => {
  it('missiles launched at a state are a strike on it, not a missile test', () => {
    const fr = code('Le 1er octobre, la Corée du Nord a lancé une vingtaine de missiles balistiques contre la Corée du Sud.', 'fr', '2026-10-02');
    expect(actors(fr, 'MAJOR_STRIKE')).toEqual(['PRK:asserted']);
    expect(actors(fr, 'MISSILE_TEST')).toEqual([]);
    const en = code('Iran fired some 200 ballistic missiles against Israel on Tuesday night.', 'en', '2024-10-02');
    expect(actors(en, 'STRIKE_ON_NUCLEAR_STATE')).toEqual(['IRN:asserted']);
    // Into the sea, with no state aimed at, the launch stays a test.
    expect(actors(code('North Korea fired a ballistic missile into the sea on Tuesday.', 'en', '2022-10-04'), 'MISSILE_TEST')).toEqual(['PRK:asserted']);
  });
  it('one of the largest air attacks, and a city struck', () => {
    expect(actors(code('Russia carried out its biggest air attack of the year on Ukraine overnight.', 'en', '2025-07-09'), 'MAJOR_STRIKE')).toEqual(['RUS:asserted']);
    expect(actors(code('La Russie a bombardé la ville ukrainienne de Kharkiv dans la nuit.', 'fr', '2025-07-09'), 'MAJOR_STRIKE')).toEqual(['RUS:asserted']);
    // "lancement massif" in a condition is no strike.
    expect(actors(code("Moscou pourrait riposter en cas de lancement massif de missiles contre la Russie.", 'fr', '2024-09-25'), 'MAJOR_STRIKE')).toEqual([]);
  });
});

describe('deployments, alerts and incursions told in other words', () => {
  it('nuclear-capable systems handed over, weapons stationed somewhere with their owner\'s adjective before them', () => {
    expect(actors(code('Russia gave Belarus Iskander missile systems last year.', 'en', '2023-06-10'), 'NUCLEAR_DEPLOYMENT')).toEqual(['RUS:asserted']);
    expect(actors(code('Minsk pointed to the American nuclear bombs stationed in Europe.', 'en', '2023-06-10'), 'NUCLEAR_DEPLOYMENT')).toEqual(['USA:asserted']);
  });
  it('forces put on enhanced combat duty are on alert, not deployed', () => {
    const fr = code('Le ministre a indiqué que les forces nucléaires russes avaient été placées en service de combat renforcé.', 'fr', '2022-02-28');
    expect(actors(fr, 'ALERT_RAISED')).toEqual(['RUS:asserted']);
    expect(actors(fr, 'NUCLEAR_DEPLOYMENT')).toEqual([]);
  });
  it('crossing the border into a nuclear state is a strike on it', () => {
    expect(actors(code("Ukrainian troops crossed the border into Russia's Belgorod region on Monday.", 'en', '2024-08-12'), 'STRIKE_ON_NUCLEAR_STATE')).toEqual(['UKR:asserted']);
    expect(actors(code('Les forces ukrainiennes ont franchi la frontière russe lundi.', 'fr', '2024-08-12'), 'STRIKE_ON_NUCLEAR_STATE')).toEqual(['UKR:asserted']);
  });
});

describe('an authorisation asked for is not given', () => {
  it('"asked X to let Ukraine strike", « a demandé à X d\'autoriser »: hypothetical, the asked state\'s', () => {
    const en = code('Kyiv has asked Washington to let Ukraine strike targets deep inside Russia with ATACMS missiles.', 'en', '2024-09-10');
    expect(actors(en, 'WEAPONS_AUTHORIZATION')).toEqual(['USA:hypothetical']);
    // Given, it is asserted.
    const given = code('Washington let Ukraine strike targets deep inside Russia with ATACMS missiles.', 'en', '2024-11-18');
    expect(actors(given, 'WEAPONS_AUTHORIZATION')).toEqual(['USA:asserted']);
  });
  it('« autoriser Kiev à employer ces armes »: employing the weapons is using them', () => {
    expect(actors(code("Londres vient d'autoriser Kiev à employer ses missiles Storm Shadow contre des cibles en Russie.", 'fr', '2024-11-20'), 'WEAPONS_AUTHORIZATION')).toEqual(['GBR:asserted']);
  });
});

describe('threats of a non-nuclear step, outcries and risks judged low', () => {
  it('threatening to supply weapons or to strike, in a nuclear context, is a warning by the one who threatens', () => {
    const en = code('Moscow has warned about the nuclear balance. The Russian president threatened to supply long-range missiles to third countries.', 'en', '2024-06-07');
    expect(en.events.filter((e) => e.type === 'WARNING' && e.evidence.text.includes('threatened')).map((e) => e.actor)).toEqual(['RUS']);
    const fr = code("La dissuasion nucléaire revient au premier plan. Le Kremlin a menacé de frapper les pays qui livrent des armes à Kiev.", 'fr', '2024-06-07');
    expect(fr.events.filter((e) => e.type === 'WARNING' && e.evidence.text.includes('menacé')).map((e) => e.actor)).toEqual(['RUS']);
  });
  it('« crier à l\'escalade » decries', () => {
    expect(actors(code("Après l'annonce du déploiement nucléaire, Pékin crie à la provocation.", 'fr', '2024-06-07'), 'WARNING')).toEqual(['CHN:asserted']);
  });
  it('a risk judged low or high, the adjective before the risk', () => {
    const fr = code("L'analyste estime « très faible » le risque que la Russie emploie l'arme nucléaire cette année.", 'fr', '2024-06-07');
    expect(actors(fr, 'RISK_ASSESSMENT')).toEqual(['RUS:asserted']);
  });
});

describe('a pronoun after fronted phrases stands for the subject before', () => {
  it('« Deux jours plus tôt, devant la presse, il a ... »: the subject of the sentence before', () => {
    const fr = code("Vladimir Poutine a parlé de l'arme nucléaire vendredi. Deux jours plus tôt, devant la presse étrangère, il avait menacé de livrer des armes à des pays tiers.", 'fr', '2024-06-07');
    expect(fr.events.filter((e) => e.type === 'WARNING').map((e) => e.actor)).toEqual(['RUS']);
  });
});

describe('restraint: a ceasefire agreed, a launch notified beforehand', () => {
  it('agreeing to stop firing, in a nuclear context, is restraint by each side', () => {
    const en = code('After a week of nuclear threats, India and Pakistan agreed to halt all strikes on Sunday.', 'en', '2025-05-10');
    expect(actors(en, 'DE_ESCALATION')).toEqual(['IND:asserted', 'PAK:asserted']);
    // Without a nuclear context it is no event of this monitor.
    expect(actors(code('India and Pakistan agreed to halt all strikes on Sunday.', 'en', '2025-05-10'), 'DE_ESCALATION')).toEqual([]);
  });
  it('« informé au préalable » is a notice given beforehand', () => {
    const fr = code("Moscou a indiqué avoir informé au préalable Washington du tir de son missile intercontinental.", 'fr', '2024-09-25');
    expect(actors(fr, 'DE_ESCALATION')).toEqual(['RUS:asserted']);
  });
});

describe('talks wanted and talks held', () => {
  it('saying one wants talks, in a nuclear context, is an offer of the speaker', () => {
    const en = code('The French president said he wanted to restart nuclear arms control talks with Russia.', 'en', '2025-02-14');
    expect(actors(en, 'DE_ESCALATION')).toEqual(['FRA:asserted']);
    const fr = code("Le chancelier allemand a dit vouloir relancer des discussions sur les armes nucléaires avec Moscou.", 'fr', '2025-02-14');
    expect(actors(fr, 'DE_ESCALATION')).toEqual(['DEU:asserted']);
  });
  it('a round of direct talks, or two ministers who spoke, is restraint by each side', () => {
    const en = code('Amid fears of nuclear escalation, Russian and Ukrainian delegations met in Geneva for a new round of direct talks.', 'en', '2025-06-02');
    expect(actors(en, 'DE_ESCALATION')).toEqual(['RUS:asserted', 'UKR:asserted']);
    const fr = code("Sur fond de menace nucléaire, Pete Hegseth et Andreï Belooussov se sont parlé mardi.", 'fr', '2025-06-02');
    expect(actors(fr, 'DE_ESCALATION').sort()).toEqual(['RUS:asserted', 'USA:asserted']);
  });
});

describe('joint condemnations and claims rejected', () => {
  it('every state of a list « A, la B et le C » condemns, and none is the target of the others', () => {
    const fr = code('Les États-Unis, la Corée du Sud et le Japon ont condamné le tir du missile nucléaire.', 'fr', '2024-10-31');
    expect(fr.events.filter((e) => e.type === 'WARNING').map((e) => `${e.actor}>${e.target}`).sort()).toEqual(['JPN>null', 'KOR>null', 'USA>null']);
  });
  it('rejecting the other side\'s claims as false, in a nuclear context, is a warning', () => {
    const en = code('Britain and France rejected the Russian dirty bomb claim as "transparently false".', 'en', '2022-10-24');
    expect(actors(en, 'WARNING').sort()).toEqual(['FRA:asserted', 'GBR:asserted']);
    const fr = code("L'Allemagne a qualifié de « manifestement fausses » les accusations russes de bombe sale.", 'fr', '2022-10-24');
    expect(actors(fr, 'WARNING')).toEqual(['DEU:asserted']);
  });
});

describe('a projected arsenal is a possible build-up', () => {
  it('"will have 1,000 warheads by 2030", « pourrait disposer de 1000 ogives d\'ici à 2030 »: hypothetical, never asserted', () => {
    expect(actors(code('US intelligence estimates that North Korea will have 200 warheads by 2030.', 'en', '2025-01-10'), 'NUCLEAR_DEPLOYMENT')).toEqual(['PRK:hypothetical']);
    expect(actors(code("Selon le rapport, l'Inde pourrait disposer de 250 ogives d'ici à 2035.", 'fr', '2025-01-10'), 'NUCLEAR_DEPLOYMENT')).toEqual(['IND:hypothetical']);
  });
});

describe('deployments talked of, asked for or floated', () => {
  it('uploading warheads and a floated deployment are hypothetical', () => {
    expect(actors(code('Analysts say Britain could upload more warheads onto its Trident missiles.', 'en', '2025-01-10'), 'NUCLEAR_DEPLOYMENT')).toEqual(['GBR:hypothetical']);
    expect(actors(code("Le président russe a évoqué un déploiement d'armes nucléaires en Biélorussie.", 'fr', '2023-03-20'), 'NUCLEAR_DEPLOYMENT')).toEqual(['RUS:hypothetical']);
  });
  it('the state called on, asked or wanted to station weapons would deploy them', () => {
    expect(actors(code('Lithuania called on the United States to station nuclear weapons in the Baltics.', 'en', '2024-06-17'), 'NUCLEAR_DEPLOYMENT')).toEqual(['USA:hypothetical']);
    expect(actors(code('Warsaw wants the United States to station nuclear weapons in Poland.', 'en', '2024-06-17'), 'NUCLEAR_DEPLOYMENT')).toEqual(['USA:hypothetical']);
    // Called on, all states: nobody's act.
    expect(actors(code('The resolution called on all states not to deploy nuclear weapons abroad.', 'en', '2024-06-17'), 'NUCLEAR_DEPLOYMENT')).toEqual([]);
  });
});

describe('declared posture in its own words', () => {
  it('an arsenal at the minimum level or strict sufficiency, a strictly defensive deterrent, vital interests, a last resort', () => {
    expect(actors(code('India says it keeps its nuclear arsenal at the minimum level needed for credible deterrence.', 'en', '2025-05-20'), 'DOCTRINE_STATEMENT')).toEqual(['IND:asserted']);
    expect(actors(code("Le Royaume-Uni rappelle que sa dissuasion nucléaire reste strictement défensive.", 'fr', '2025-05-20'), 'DOCTRINE_STATEMENT')).toEqual(['GBR:asserted']);
    expect(actors(code("Pakistan regards nuclear weapons as a last resort against an existential threat.", 'en', '2025-05-20'), 'DOCTRINE_STATEMENT')).toEqual(['PAK:asserted']);
    // Manoeuvres called purely defensive are a reassurance about them, not the doctrine.
    expect(actors(code("Minsk assure que ces manœuvres nucléaires, « purement défensives », ne visent personne.", 'fr', '2024-05-10'), 'DOCTRINE_STATEMENT')).toEqual([]);
  });
  it('"the full range of U.S. capabilities, including nuclear": the owner of the capabilities', () => {
    const en = code('The Pentagon reaffirmed its commitment to the defense of Japan, backed by the full range of U.S. capabilities, including nuclear.', 'en', '2022-10-04');
    expect(actors(en, 'DOCTRINE_STATEMENT')).toEqual(['USA:asserted']);
  });
});

describe('threats without the word threat, risks in other words', () => {
  it('not hesitating to use the weapons is a threat, whatever the negation', () => {
    const en = code('Asked about nuclear weapons, the Pakistani army chief said he would not hesitate to use them if India attacked.', 'en', '2025-05-10');
    expect(actors(en, 'NUCLEAR_THREAT')).toEqual(['PAK:asserted']);
    const fr = code("Le dirigeant nord-coréen a affirmé qu'il utiliserait l'arme nucléaire « sans hésitation » en cas d'attaque.", 'fr', '2024-10-08');
    expect(actors(fr, 'NUCLEAR_THREAT')).toEqual(['PRK:asserted']);
  });
  it('invoking Hiroshima as a precedent is nuclear rhetoric by the speaker', () => {
    expect(actors(code('Putin said the United States had set a precedent with the bombing of Hiroshima.', 'en', '2022-09-30'), 'NUCLEAR_THREAT')).toEqual(['RUS:asserted']);
  });
  it('a danger higher than at any time since the Cuban missile crisis, a chance that remains low', () => {
    expect(actors(code('Analysts say the risk of Russian nuclear use is higher than at any time since the Cuban missile crisis.', 'en', '2022-10-07'), 'RISK_ASSESSMENT')).toEqual(['RUS:asserted']);
    expect(actors(code("Le risque que la Russie emploie l'arme nucléaire reste faible, selon les experts.", 'fr', '2022-10-07'), 'RISK_ASSESSMENT')).toEqual(['RUS:asserted']);
  });
});

describe('a place with a relative clause hanging on it speaks', () => {
  it('« ... en Biélorussie, son allié, qui a annoncé »: the state the relative clause is about', () => {
    const fr = code("La Russie a déployé des armes nucléaires en Biélorussie, son allié, qui a annoncé un exercice nucléaire conjoint.", 'fr', '2024-05-10');
    expect(fr.events.filter((e) => e.type === 'NUCLEAR_EXERCISE').map((e) => `${e.actor}:${e.attributedTo}`)).toEqual(['BLR:null']);
  });
});

describe('exercise planning and the two sides named before', () => {
  it('troops working on planning nuclear use are exercising, not planning a use', () => {
    const en = code('Russian and Belarusian troops worked on planning the use of tactical nuclear weapons this week.', 'en', '2025-09-16');
    expect(actors(en, 'NUCLEAR_EXERCISE')).toEqual(['RUS:asserted', 'BLR:asserted']);
    expect(actors(en, 'PLANNING_REPORTED')).toEqual([]);
  });
  it('"the two leaders" after a sentence naming two states: both act', () => {
    const en = code('China tested a nuclear-capable missile on Monday. President Macron and Chancellor Scholz spoke by phone. The two leaders condemned the launch.', 'en', '2024-09-25');
    expect(en.events.filter((e) => e.type === 'WARNING').map((e) => e.actor).sort()).toEqual(['DEU', 'FRA']);
    const fr = code("La Corée du Nord a tiré un missile balistique. Les deux dirigeants ont condamné ce tir.", 'fr', '2024-09-25');
    // No two states named in the sentence before: nobody to stand for.
    expect(fr.events.filter((e) => e.type === 'WARNING')).toEqual([]);
  });
});

describe('a parliament passing the bill of an exit told before', () => {
  it('the same exit, by the state that made it', () => {
    const en = code('Russia moved to revoke its ratification of the nuclear test ban treaty. The Duma passed the bill on Wednesday.', 'en', '2023-10-18');
    expect(actors(en, 'ARMS_CONTROL_EXIT')).toEqual(['RUS:asserted', 'RUS:asserted']);
    const fr = code("L'Iran a décidé de suspendre sa coopération avec l'AIEA. Le texte a été adopté par le Parlement mercredi.", 'fr', '2025-06-25');
    expect(actors(fr, 'ARMS_CONTROL_EXIT')).toEqual(['IRN:asserted', 'IRN:asserted']);
  });
  it('without an exit told before, a bill passed is no exit', () => {
    expect(actors(code('The Duma passed the nuclear budget bill on Wednesday.', 'en', '2023-10-18'), 'ARMS_CONTROL_EXIT')).toEqual([]);
  });
});

describe('nuclear test explosions done, denied or foreseen', () => {
  it('"has not carried out a nuclear test since", « n\'a procédé à aucun essai depuis »: a detonation denied', () => {
    expect(actors(code('Britain has not carried out an explosive nuclear test since 1991.', 'en', '2025-11-01'), 'NUCLEAR_USE')).toEqual(['GBR:negated']);
    expect(actors(code("L'Inde n'a procédé à aucun essai nucléaire depuis 1998.", 'fr', '2025-11-01'), 'NUCLEAR_USE')).toEqual(['IND:negated']);
    expect(actors(code("Pékin a assuré qu'il ne s'agissait en aucun cas d'un essai nucléaire.", 'fr', '2025-11-01'), 'NUCLEAR_USE')).toEqual(['CHN:negated']);
  });
  it('a test that may come is hypothetical; one conditioned on the other side\'s is no detonation', () => {
    expect(actors(code('Officials say Pakistan may conduct a nuclear test soon.', 'en', '2025-11-01'), 'NUCLEAR_USE')).toEqual(['PAK:hypothetical']);
    expect(actors(code('Putin said Russia would conduct a nuclear test only if the United States did so first.', 'en', '2025-11-01'), 'NUCLEAR_USE')).toEqual([]);
  });
  it('« ne ... aucun » opening a negative phrase stays one negation', () => {
    const fr = code("Le président russe a déclaré que la Russie ne voyait aucun intérêt, ni politique ni militaire, à employer l'arme nucléaire.", 'fr', '2024-10-28');
    expect(actors(fr, 'DE_ESCALATION')).toEqual(['RUS:asserted']);
  });
});
