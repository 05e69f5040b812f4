// Round 6 of general rules for unseen texts (corpus/heldout/round6): each rule with its own FR and EN examples,
// written for these tests (not sentences of the held-out texts).
import { describe, expect, it } from 'vitest';
import { code, find } from './helpers.js';

describe('round 6: civil and figurative nuclear words', () => {
  it('a trade "nuclear option" or a nuclear plant makes no nuclear-weapons context for "all options on the table"', () => {
    const en = code('Brussels calls its anti-coercion tool the "nuclear option" of trade. The French president Emmanuel Macron said on Monday that "all options are on the table" against the tariffs.', 'en', '2025-04-08');
    expect(find(en, 'NUCLEAR_THREAT')).toBeUndefined();
    const fr = code('Le gouvernement veut relancer la construction de centrales nucléaires. « Toutes les options sont sur la table », a déclaré Emmanuel Macron à propos des tarifs américains.', 'fr', '2025-04-08');
    expect(find(fr, 'NUCLEAR_THREAT')).toBeUndefined();
  });
  it('a real nuclear context still makes the veiled threat', () => {
    const en = code('Moscow has put its nuclear forces on alert. Sergei Lavrov said that "all options are on the table" against NATO.', 'en', '2024-03-01');
    expect(find(en, 'NUCLEAR_THREAT', 'RUS')).toBeDefined();
    const fr = code('La Russie a modifié sa doctrine nucléaire. « Toutes les options sont sur la table », a déclaré Sergueï Lavrov.', 'fr', '2024-03-01');
    expect(find(fr, 'NUCLEAR_THREAT', 'RUS')).toBeDefined();
  });
  it('"nuclear-armed", "nuclear-tipped" make a nuclear context like "nuclear"', () => {
    const en = code('Beijing has stationed nuclear-armed missiles on the islands. The system is not yet operational, a Pentagon official said.', 'en', '2024-05-01');
    expect(en.events.find((e) => e.type === 'NUCLEAR_DEPLOYMENT' && e.polarity === 'negated')).toBeDefined();
  });
});

describe('round 6: warnings without the usual words', () => {
  it('a military response, countermeasures, a chain of escalation, priority targets', () => {
    const fr = code('La Chine promet une « réponse militaire » aux livraisons d’armes. Pékin prendra des contre-mesures, a indiqué le ministère chinois de la Défense.', 'fr', '2024-06-01');
    expect(find(fr, 'WARNING', 'CHN')).toBeDefined();
    const fr2 = code('Pour Moscou, ce déploiement est un nouvel engrenage de l’escalade et les bases américaines deviendraient des cibles prioritaires.', 'fr', '2024-06-01');
    expect(find(fr2, 'WARNING', 'RUS')).toBeDefined();
    const en = code('China vowed a military response to the arms sale and said the deal fed a spiral of escalation.', 'en', '2024-06-01');
    expect(find(en, 'WARNING', 'CHN')).toBeDefined();
    const en2 = code('Russia said the new launchers in Poland would become legitimate targets for its forces.', 'en', '2024-06-01');
    expect(find(en2, 'WARNING', 'RUS')).toBeDefined();
  });
});

describe('round 6: moratoriums and options left open', () => {
  it('lifting a moratorium leaves the commitment', () => {
    const fr = code('La Russie a annoncé la levée de son moratoire sur le déploiement de missiles à portée intermédiaire.', 'fr', '2025-08-05');
    expect(find(fr, 'ARMS_CONTROL_EXIT', 'RUS')).toMatchObject({ polarity: 'asserted' });
    const en = code('Russia lifted its moratorium on deploying intermediate-range missiles.', 'en', '2025-08-05');
    expect(find(en, 'ARMS_CONTROL_EXIT', 'RUS')).toMatchObject({ polarity: 'asserted' });
  });
  it('an action that one does not rule out is hypothetical, not denied', () => {
    const fr = code('Le Kremlin n’exclut pas la levée de son moratoire sur les missiles à portée intermédiaire.', 'fr', '2024-07-12');
    expect(find(fr, 'ARMS_CONTROL_EXIT', 'RUS')).toMatchObject({ polarity: 'hypothetical' });
    const en = code('Moscow did not rule out lifting its moratorium on intermediate-range missiles.', 'en', '2024-07-12');
    expect(find(en, 'ARMS_CONTROL_EXIT', 'RUS')).toMatchObject({ polarity: 'hypothetical' });
  });
});

describe('round 6: arms control made or offered', () => {
  it('signing a treaty, with its doer in the clause; a doer only guessed gives nothing', () => {
    const en = code('In 2010, the United States and Russia signed a treaty limiting their strategic nuclear arms.', 'en', '2024-01-10');
    expect(find(en, 'DE_ESCALATION', 'USA')).toMatchObject({ polarity: 'asserted' });
    const fr = code('La France a signé le traité d’interdiction des essais nucléaires en 1996.', 'fr', '2024-01-10');
    expect(find(fr, 'DE_ESCALATION', 'FRA')).toMatchObject({ polarity: 'asserted' });
    const guessed = code('Moscou affirme s’aligner sur les États-Unis, qui ont signé le traité sur les essais nucléaires sans le ratifier.', 'fr', '2024-01-10');
    expect(find(guessed, 'DE_ESCALATION', 'RUS')).toBeUndefined();
  });
  it('a text put forward by two states, a text banning weapons: each proposer', () => {
    const en = code('The council debated a draft on nuclear weapons in space, put forward by France and South Korea.', 'en', '2024-05-01');
    expect(find(en, 'DE_ESCALATION', 'FRA')).toBeDefined();
    expect(find(en, 'DE_ESCALATION', 'KOR')).toBeDefined();
    const fr = code('La Chine a déposé un projet de résolution interdisant les armes nucléaires dans l’espace.', 'fr', '2024-05-01');
    expect(find(fr, 'DE_ESCALATION', 'CHN')).toBeDefined();
  });
  it('"no intention of placing / deploying" nuclear weapons is a statement of no intent', () => {
    const en = code('Beijing has no intention of stationing nuclear weapons abroad, the Chinese envoy said.', 'en', '2024-05-01');
    expect(find(en, 'DE_ESCALATION', 'CHN')).toMatchObject({ polarity: 'asserted' });
    const fr = code('La Russie n’a aucune intention de placer des armes nucléaires en orbite, a affirmé Sergueï Lavrov.', 'fr', '2024-05-01');
    expect(find(fr, 'DE_ESCALATION', 'RUS')).toMatchObject({ polarity: 'asserted', attributedTo: 'sergey-lavrov' });
  });
});

describe('round 6: deployment wording', () => {
  it('a weapon placed in orbit, and French names of Russian systems', () => {
    const en = code('China is building a nuclear weapon that it could put in orbit within a decade.', 'en', '2024-05-01');
    expect(find(en, 'NUCLEAR_DEPLOYMENT', 'CHN')).toMatchObject({ polarity: 'hypothetical' });
    const fr = code('La Russie a déployé des missiles Kinjal près de la frontière finlandaise.', 'fr', '2024-05-01');
    expect(find(fr, 'NUCLEAR_DEPLOYMENT', 'RUS')).toBeDefined();
  });
  it('hosting another state\'s weapons is the owner\'s deployment; wishing for it is hypothetical', () => {
    const en = code('Warsaw wants to host American nuclear weapons under NATO sharing.', 'en', '2024-05-01');
    expect(find(en, 'NUCLEAR_DEPLOYMENT', 'USA')).toMatchObject({ polarity: 'hypothetical' });
    expect(find(en, 'NUCLEAR_DEPLOYMENT', 'POL')).toBeUndefined();
    const fr = code('Minsk souhaite accueillir sur son territoire des missiles russes Orechnik.', 'fr', '2024-05-01');
    expect(find(fr, 'NUCLEAR_DEPLOYMENT', 'RUS')).toMatchObject({ polarity: 'hypothetical' });
  });
  it('the weapon taken up as "the system" / "la capacité": its owner\'s deployment, negated inside the trigger', () => {
    const en = code('North Korea could deploy a new nuclear missile this year. The system is not yet operational, South Korean officials said.', 'en', '2024-05-01');
    expect(en.events.find((e) => e.type === 'NUCLEAR_DEPLOYMENT' && e.actor === 'PRK' && e.polarity === 'negated')).toBeDefined();
    const fr = code('La Corée du Nord pourrait déployer un nouveau missile nucléaire cette année. Cette capacité n’est pas encore opérationnelle, selon Séoul.', 'fr', '2024-05-01');
    expect(fr.events.find((e) => e.type === 'NUCLEAR_DEPLOYMENT' && e.actor === 'PRK' && e.polarity === 'negated')).toBeDefined();
  });
  it('going ahead with deployment', () => {
    const en = code('China may put a nuclear weapon in orbit. Analysts doubt Beijing will move ahead with deployment soon.', 'en', '2024-05-01');
    expect(en.events.filter((e) => e.type === 'NUCLEAR_DEPLOYMENT' && e.actor === 'CHN').length).toBe(2);
    const fr = code('La Chine pourrait placer une arme nucléaire en orbite. Pékin n’a pas décidé de passer au déploiement.', 'fr', '2024-05-01');
    expect(fr.events.find((e) => e.type === 'NUCLEAR_DEPLOYMENT' && e.actor === 'CHN' && e.polarity === 'negated')).toBeDefined();
  });
});

describe('round 6: what others are called on to do', () => {
  it('"called on all states not to deploy" is no deployment by the caller', () => {
    const en = code('The General Assembly adopted a text that calls on all states not to deploy nuclear weapons in space.', 'en', '2024-05-01');
    expect(find(en, 'NUCLEAR_DEPLOYMENT')).toBeUndefined();
    const fr = code('L’Assemblée générale appelle tous les États à ne pas déployer d’armes nucléaires dans l’espace.', 'fr', '2024-05-01');
    expect(find(fr, 'NUCLEAR_DEPLOYMENT')).toBeUndefined();
  });
  it('"called the vote a spectacle and said Moscow had no intention..." calls on nobody', () => {
    const en = code('Sergey Lavrov called the vote "a disgrace" and said Moscow had no intention of placing nuclear weapons in space.', 'en', '2024-05-01');
    expect(find(en, 'DE_ESCALATION', 'RUS')).toMatchObject({ polarity: 'asserted' });
  });
});

describe('round 6: sources and speakers', () => {
  it('an unnamed representative, envoy or ambassador is the state as source', () => {
    const en = code('India\'s ambassador warned that a nuclear test by Pakistan would be a grave mistake.', 'en', '2024-05-01');
    expect(find(en, 'WARNING', 'IND')).toMatchObject({ attributedTo: 'IND' });
    const fr = code('Le représentant japonais a averti que toute frappe nucléaire aurait des conséquences graves.', 'fr', '2024-05-01');
    expect(find(fr, 'WARNING', 'JPN')).toMatchObject({ attributedTo: 'JPN' });
  });
  it('"Name, State\'s role, called ... and said": the person speaks', () => {
    const en = code('Vasily Nebenzya, Russia\'s permanent representative, called the text "a farce" and said Moscow would never use nuclear weapons first.', 'en', '2024-05-01');
    expect(en.quotes.find((q) => q.text.includes('a farce'))?.speaker.id).toBe('vasily-nebenzya');
    const fr = code('Vassili Nebenzia, ambassadeur de la Russie, a qualifié le texte de « farce » et a ajouté que la Russie était prête à négocier.', 'fr', '2024-05-01');
    expect(find(fr, 'DE_ESCALATION', 'RUS')).toMatchObject({ attributedTo: 'vasily-nebenzya' });
  });
  it('a closing source with a modifier or a relative clause, and "the officials" named before', () => {
    const en = code('China could deploy nuclear missiles on its new island bases, two U.S. officials familiar with the matter said on Friday.', 'en', '2024-05-01');
    expect(find(en, 'NUCLEAR_DEPLOYMENT', 'CHN')).toMatchObject({ attributedTo: 'USA' });
    const en2 = code('China could deploy nuclear missiles on its island bases, U.S. officials said. The system is not yet operational, according to one of the officials, who asked not to be named.', 'en', '2024-05-01');
    expect(en2.events.find((e) => e.type === 'NUCLEAR_DEPLOYMENT' && e.polarity === 'negated')).toMatchObject({ attributedTo: 'USA' });
    const fr = code('La Chine pourrait déployer des missiles nucléaires sur ses îles, ont indiqué des responsables américains. Le système n’est pas encore opérationnel, selon ces responsables.', 'fr', '2024-05-01');
    expect(fr.events.find((e) => e.type === 'NUCLEAR_DEPLOYMENT' && e.polarity === 'hypothetical')).toMatchObject({ attributedTo: 'USA' });
    expect(fr.events.find((e) => e.type === 'NUCLEAR_DEPLOYMENT' && e.polarity === 'negated')).toMatchObject({ attributedTo: 'USA' });
  });
  it('a quotation over several paragraphs after a document announced by its issuer (French style)', () => {
    const fr = code('Voici le communiqué publié mardi par le ministère chinois des Affaires étrangères.\n« La Chine a pris note de ces annonces.\nNous considérons ce déploiement d’armes nucléaires comme une nouvelle escalade dangereuse.\nNous restons prêts au dialogue. »', 'fr', '2024-05-01');
    expect(find(fr, 'WARNING', 'CHN')).toBeDefined();
    expect(find(fr, 'DE_ESCALATION', 'CHN')).toBeDefined();
    expect(fr.quotes.find((q) => q.speaker.id === 'CHN')?.text).toContain('Nous restons prêts au dialogue');
    // English opens each paragraph of a long quotation again: the paragraphs after the first continue it.
    const en = code('Below is the statement issued on Tuesday by the Chinese foreign ministry.\n"China has taken note of these announcements.\n"We consider this deployment of nuclear weapons a dangerous escalation."', 'en', '2024-05-01');
    expect(find(en, 'WARNING', 'CHN')).toBeDefined();
  });
});

describe('round 6: agents that are not', () => {
  it('the one holding a place ("occupée par l\'armée russe", "held by Russian forces") did not strike it', () => {
    const strike = (e: { type: string }) => e.type === 'MAJOR_STRIKE' || e.type === 'STRIKE_ON_NUCLEAR_STATE';
    const fr = code('La centrale, occupée par les forces russes, a été visée par des attaques de drones.', 'fr', '2024-04-08');
    expect(fr.events.find(strike)).toBeUndefined();
    const en = code('The plant, held by Russian forces, was hit by drone strikes on Sunday.', 'en', '2024-04-08');
    expect(en.events.find(strike)).toBeUndefined();
  });
  it('"when Russia withdrew..., he denounced": a person we cannot place, not the state before the comma', () => {
    const fr = code('En 2023, lorsque la Russie a retiré sa ratification du traité, il a dénoncé une décision dangereuse.', 'fr', '2025-03-04');
    expect(find(fr, 'WARNING', 'RUS')).toBeUndefined();
    expect(find(fr, 'ARMS_CONTROL_EXIT', 'RUS')).toBeDefined();
    const en = code('In 2023, when Russia revoked its ratification of the treaty, he condemned a dangerous decision.', 'en', '2025-03-04');
    expect(find(en, 'WARNING', 'RUS')).toBeUndefined();
  });
});

describe('round 6: dates and risk wording', () => {
  it('"In November of that year" / "en septembre de la même année": the year written before', () => {
    const en = code('The crisis peaked in 2022. In October of that year, Joe Biden warned of nuclear Armageddon.', 'en', '2025-01-19');
    expect(find(en, 'WARNING', 'USA')?.date.value).toBe('2022-10');
    const fr = code('La crise a culminé en 2022. En octobre de la même année, Joe Biden a mis en garde contre un Armageddon nucléaire.', 'fr', '2025-01-19');
    expect(find(fr, 'WARNING', 'USA')?.date.value).toBe('2022-10');
  });
  it('a level given to the risk in the past ("the risk was real", "le risque était faible")', () => {
    const en = code('Officials feared Russia might use a nuclear weapon. The risk of use was real, if small.', 'en', '2025-01-19');
    expect(en.events.filter((e) => e.type === 'RISK_ASSESSMENT').length).toBe(2);
    const fr = code('Washington craignait que la Russie utilise une arme nucléaire. Le risque était réel, mais limité.', 'fr', '2025-01-19');
    expect(fr.events.filter((e) => e.type === 'RISK_ASSESSMENT').length).toBe(2);
  });
});

describe('round 6: "the allies" after NATO (left open by round 5)', () => {
  it('"the allies" / "les alliés" stand for NATO once NATO is named; not "Ukraine\'s allies", "les alliés de l\'Ukraine"', () => {
    const en = code('NATO leaders met in Vilnius on Tuesday. The allies condemned Russia\'s irresponsible nuclear rhetoric.', 'en', '2023-07-12');
    expect(find(en, 'WARNING', 'NATO')).toBeDefined();
    const fr = code('Les dirigeants de l’OTAN se sont réunis à Vilnius. Les alliés ont condamné la rhétorique nucléaire irresponsable de la Russie.', 'fr', '2023-07-12');
    expect(find(fr, 'WARNING', 'NATO')).toBeDefined();
    const enNot = code('NATO leaders met in Vilnius on Tuesday. Ukraine\'s allies condemned Russia\'s irresponsible nuclear rhetoric.', 'en', '2023-07-12');
    expect(find(enNot, 'WARNING', 'NATO')).toBeUndefined();
    const frNot = code('Les dirigeants de l’OTAN se sont réunis à Vilnius. Les alliés de l’Ukraine ont condamné la rhétorique nucléaire irresponsable de la Russie.', 'fr', '2023-07-12');
    expect(find(frNot, 'WARNING', 'NATO')).toBeUndefined();
    const unnamed = code('The allies condemned Russia\'s irresponsible nuclear rhetoric.', 'en', '2023-07-12');
    expect(find(unnamed, 'WARNING', 'NATO')).toBeUndefined();
  });
  it('"its announced stationing", "its stationed forces": no reporting verb, so the quote before is the condemner\'s', () => {
    const en = code('NATO adopted a declaration. In it, the allies condemn Russia\'s "reckless nuclear signalling", including its announced stationing of nuclear weapons in Belarus.', 'en', '2024-07-11');
    expect(en.quotes.find((q) => q.text.includes('reckless'))?.speaker.id).toBe('NATO');
    expect(find(en, 'WARNING', 'RUS')).toBeUndefined();
    const fr = code('L’OTAN a adopté une déclaration. Les alliés y dénoncent la « rhétorique nucléaire irresponsable » de la Russie, qui a stationné des armes nucléaires au Bélarus.', 'fr', '2024-07-11');
    expect(find(fr, 'WARNING', 'NATO')).toBeDefined();
  });
});
