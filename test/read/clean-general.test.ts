// General line rules of the cleaner: page noise of many sites (English and French) goes, article sentences stay.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText, loadLexicon, readString } from '../../src/read/index.js';
import { fold, ROOT, type Gold } from './helpers.js';

const CORPORA: [string, string][] = [
  ['corpus/gold', 'corpus/seeds'],
  ['corpus/en/gold', 'corpus/en/texts'],
  ['corpus/heldout/gold', 'corpus/heldout/texts'],
  ['corpus/heldout/fresh/gold', 'corpus/heldout/fresh/texts'],
];

function corpus(goldDir: string, textDir: string): { name: string; text: string; gold: Gold }[] {
  return readdirSync(join(ROOT, goldDir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(ROOT, goldDir, f), 'utf8')) as Gold;
      return { name: gold.doc, gold, text: readFileSync(join(ROOT, textDir, gold.doc), 'utf8') };
    });
}

describe('every corpus: gold boilerplate goes, gold evidence and quotes stay', () => {
  for (const [goldDir, textDir] of CORPORA) {
    for (const { name, text, gold } of corpus(goldDir, textDir)) {
      it(`${textDir}/${name}`, () => {
        const doc = readString(text, { source: name, format: 'text', lang: gold.lang });
        for (const e of gold.events) expect(doc.text).toContain(e.evidence);
        for (const q of gold.quotes) expect(doc.text).toContain(q.contains);
        const lines = doc.text.split('\n').map(fold);
        const removed = doc.removedBoilerplate.map(fold);
        for (const b of gold.boilerplate) {
          expect(lines).not.toContain(fold(b));
          expect(removed).toContain(fold(b));
        }
        // Every source line is either kept or reported as removed.
        for (const line of text.split(/\r?\n/).map((l) => fold(l)).filter((l) => l.length > 0)) {
          expect(fold(doc.text).includes(line) || removed.includes(line) || removed.some((r) => r.includes(line))).toBe(true);
        }
      });
    }
  }
});

const ARTICLE_START = ['Russia tests a new missile', 'The Russian defence ministry said on Tuesday that the test had succeeded.'];
const ARTICLE_END = 'NATO said it had seen no change in Russia’s nuclear posture.';

function removes(noise: string[]): void {
  const r = cleanText([...ARTICLE_START, ...noise, ARTICLE_END].join('\n\n'));
  expect(r.removed).toEqual(noise);
  expect(r.text).toBe([...ARTICLE_START, ARTICLE_END].join('\n\n'));
}

function keeps(lines: string[]): void {
  const r = cleanText([...ARTICLE_START, ...lines, ARTICLE_END].join('\n\n'));
  expect(r.removed).toEqual([]);
  for (const line of lines) expect(r.text).toContain(line);
}

describe('page noise of many sites', () => {
  it('removes share and social lines', () => {
    removes(['Share this article', 'Partager', 'Share on X', 'Copy link', 'Email', 'WhatsApp', 'Print this page', 'Imprimer cet article', 'Envoyer par e-mail', 'Facebook • X • LinkedIn']);
  });

  it('removes newsletter, subscription and follow prompts', () => {
    removes(['Sign up for our newsletter', 'Abonnez-vous', 'Subscribe', 'Subscribe now', 'Newsletter : recevez l’essentiel de l’actualité', 'Inscrivez-vous à nos alertes', 'Follow us on Instagram', 'Already a subscriber? Log in']);
  });

  it('removes cookie and consent lines', () => {
    removes(['Cookie settings | Accept all cookies', 'We use cookies to improve your experience on our site.', 'Accepter les cookies', 'Tout accepter | Tout refuser', 'Gérer les cookies']);
  });

  it('removes cross-link cues, most-read and trending blocks', () => {
    removes(['Related:', 'Read more:', 'Lire aussi', 'Voir aussi', 'À lire aussi', 'Most read', 'Trending', 'Les plus lus', 'Related Links']);
  });

  it('removes tag, topic, source and photo-credit labels', () => {
    removes(['Tags:', 'Tags: Arms Control, Russia, Nuclear Weapons', 'Mots-clés : Russie, Ukraine, nucléaire', 'Thèmes associés : Kremlin, Doctrine nucléaire, Guerre en Ukraine', 'Topics: Nuclear weapons', 'Source: kremlin.ru', 'Photo: AFP', 'Crédit photo : Reuters/Maxim Shemetov', '(Reuters)', '(AFP)', 'Getty Images / AFP', 'AP Photo/Alexander Zemlianichenko', '(AP Photo/Efrem Lukatsky, File)']);
  });

  it('removes timestamp-only lines, anonymous bylines and wire credits', () => {
    removes(['Published 10:32 GMT', 'Updated 14:05 GMT', 'Mis à jour le 12 mars 2024 à 10h32', 'Publié le 3 mars 2024', 'Last updated: March 1, 2022 10:32 a.m. ET', 'By Staff Writer', 'Par la rédaction', 'Reporting by Staff in Washington; Editing by Desk', '(Writing by Jane Doe; Editing by John Roe)', 'By Reuters | Updated 10:32 GMT', 'Nov 21, 2024 • 10:32 AM ET', 'Publié le 20/11/2024 à 10h32 - Mis à jour le 20/11/2024 à 11h05']);
  });

  it('removes ads, calls to action, crumbs, prev/next, comment prompts and copyright lines', () => {
    removes(['Advertisement', 'Publicité', 'Continue reading', 'Click here', 'Cliquez ici', 'Home > World > Europe', 'Accueil › International › Europe', 'PREV', 'NEXT', 'Skip to main content', 'Back to Top', '12 comments', 'Comments (12)', 'Voir les 12 commentaires', 'Follow Reuters on X', 'Lien copié', 'Article réservé aux abonnés', 'Join the conversation', 'Ajouter un commentaire', '© 2024 The Associated Press. All rights reserved.', '© AFP', 'Copyright The Associated Press. All rights reserved.', 'Tous droits réservés', 'Fin du point de presse.']);
  });

  it('removes reading times, audio labels, pipe-separated tag and metadata lines, live-blog endings and comment counts', () => {
    removes([
      '3 min read',
      'Temps de lecture : 4 min',
      'Lecture 5 min',
      '45 min',
      'Écouter cet article – 4 min',
      'Listen to this article (6 min)',
      'September 28, 2024 | 6:10 AM UTC | 3 min read',
      'Europe | Défense | Nucléaire',
      'Ukraine war | Russia | Nuclear weapons | NATO',
      'Sujets liés : Russie, États-Unis, Armes nucléaires',
      'Related topics: Arms control, Russia',
      'Ce direct est désormais terminé.',
      'This live blog has ended.',
      'Partager ce direct',
      'Share this live blog',
      'Vos réactions (12)',
      'Your comments (3)',
      'Our Standards: The Trust Principles.',
      'Watch the full interview on our website.',
      'Retrouvez l’intégralité de l’entretien sur notre site',
      'More from Opinion: Deterrence without treaties is a bet on luck',
      'Latest from World News: Seoul says Pyongyang fired a missile',
      'Vous avez repéré une erreur ? Écrivez-nous',
      'Spotted an error? Tell us',
      'Cet article vous a-t-il été utile ? Oui | Non',
      'Was this article helpful? Yes | No',
      'Sunday 19 January 2025 · 6 min read',
      'Mardi 3 mars 2024 • 4 min de lecture',
      'More explainers: What is a tariff? | How does the WTO work?',
      'Plus de vidéos : le tir du missile Sarmat',
      'Buy this book | Our book club picks',
      'Vous aimez cette newsletter ? Transférez-la à un ami',
      'Forward this newsletter to a friend',
      'By our Defence Correspondent',
      'Par notre envoyé spécial à Kyiv',
      'Rédaction en ligne | Publié le 15/10/2024 à 07:32',
      'Published in Dawn, May 13th, 2025',
      'Paru dans Le Monde du 3 mars 2024',
      'Transcript auto-generated and lightly edited for clarity.',
      'This interview has been edited for length and clarity.',
      'Télécharger la synthèse (PDF, 4 pages) | Consulter le rapport complet',
      'Download the full report (PDF)',
    ]);
  });

  it('removes a section label paired with a date, a reading time or another label, Canadian time stamps, typo prompts and glued copyright lines (v8)', () => {
    removes([
      'Idées | Éditorial',
      'Opinion | Editorial',
      'Communiqué de presse | 10 juillet 2025',
      'Press release | 10 July 2025',
      'Monday edition | 4 min read',
      'Édition du soir | 5 min de lecture',
      'Publié à 6 h 12 HAE | Mis à jour à 9 h 40 HAE',
      'Mis à jour le 3 mars 2024 à 10 h 05 HNE',
      'Signaler une coquille | Commentaires fermés',
      'Report a typo',
      'Copyright© 2024, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.',
      'Copyright© 2025 Le Devoir inc. et ses sociétés affiliées. Tous droits réservés.',
    ]);
  });

  it('removes timestamps with a second label, audio players, transcript tabs, sponsor lines, tag lists without a colon, legal footers and copyright signs before a year (v9)', () => {
    removes([
      'Posted Tue 1 Nov 2022 at 5:47am, updated Tue 1 Nov 2022 at 2:15pm',
      'Publié le 3 mars 2024 à 10h05, mis à jour le 3 mars 2024 à 18h12',
      'Écouter - 05:01',
      'Listen (4:32)',
      'Transcript',
      'Audio',
      'Support Provided By: Learn more',
      'En partenariat avec : Banque Exemple',
      'Tags Kim Jong Un North Korea Russia South Korea Vladimir Putin',
      'Mots-clés Russie Biélorussie Orechnik Dissuasion',
      'The views expressed by contributors are their own and not the view of The Daily Example',
      'Les opinions exprimées dans cette tribune n’engagent que leur auteur.',
      'Mairie - 1 place de la Gare 75000 Paris | Mentions légales | Accessibilité : non conforme',
      'Example News acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.',
      'Example Trust is a registered charity (no. 1234567). © Example Trust 2025',
      'Share ✉ Post',
      'Réagissez à cet article en vous abonnant',
      'Retrouvez toutes les revues de presse dans l’application',
      'publiée dans le JO Sénat du 12/06/2025 - page 2967',
    ]);
  });

  it('keeps sentences that carry a number, a listed label word or a copyright sign without a year (v9)', () => {
    keeps([
      'Tags were found on 3 of the 12 missiles, the inspectors said on 4 March 2024.',
      'Topics discussed at the summit included arms control and the New START treaty.',
      'Pour mémoire, la Russie avait suspendu sa participation au traité New START en février 2023.',
      'Audio recordings of the call were released on Tuesday by the Kremlin.',
    ]);
  });

  it('removes every related headline listed under a cue alone on its line, and stops at the article (v9)', () => {
    removes(['Related Stories', 'China warns of arms race after Pentagon report', 'Air base upgrade to cost more than $1 billion']);
    removes(['Articles similaires', 'Les SNLE britanniques ont effectué 400 patrouilles', 'La Chine aurait plus de 600 têtes nucléaires, selon le Pentagone']);
    removes(['Pour mémoire', 'Trois questions sur l’arsenal nucléaire israélien']);
    const r = cleanText(['Russia tests a new missile', 'Most Popular', 'Debate rules set: no audience', 'The ministry said the test had succeeded. It gave no details.', 'More text.'].join('\n'));
    expect(r.removed).toEqual(['Most Popular', 'Debate rules set: no audience']);
    expect(r.text).toContain('The ministry said the test had succeeded.');
  });

  it('finds a site name followed by its tagline or its domain (v9)', () => {
    for (const site of ['RFI - Radio France Internationale', 'Zone Militaire - opex360.com', 'Sénat - Un site au service des citoyens', 'Defense News | defensenews.com']) {
      const r = cleanText(`${site}\nMissiles : Moscou lève son moratoire\nÀ la une de la presse ce mardi, la décision russe de ne plus se considérer liée par le moratoire.`);
      expect(r.removed, site).toEqual([site]);
      expect(r.title).toBe('Missiles : Moscou lève son moratoire');
    }
  });

  it('removes leading page noise and finds the site name and the title after it', () => {
    const r = cleanText('Skip to main content\nU.S. Department of Defense\nSubscribe to Updates\n\nPentagon Holds Press Briefing\n\nGood afternoon, everyone. I have a few items.');
    expect(r.removed).toEqual(['Skip to main content', 'U.S. Department of Defense', 'Subscribe to Updates']);
    expect(r.title).toBe('Pentagon Holds Press Briefing');
  });
});

describe('v10: reference lists, encyclopaedia chrome, notices', () => {
  it('reference-list entries and their heading go, however they read', () => {
    removes(['Notes', '¹ Oukaze présidentiel n° 991 du 19 novembre 2024.', '² Communiqué du ministère russe de la Défense, 19 novembre 2024.']);
    removes(['References', '↑ "Russia suspends New START inspections", Reuters, 8 August 2022.', '^ Kristensen, H. and Korda, M. (2024), Nuclear Notebook.']);
    // A marker inside a sentence is the sentence's.
    keeps(['La doctrine révisée¹ élargit les cas d’emploi de l’arme nucléaire, selon le texte publié mardi.']);
  });
  it('an encyclopaedia page’s chrome goes: tagline, jump links, contents, edit links, last edit, licence, categories', () => {
    removes([
      'From Wikipedia, the free encyclopedia',
      'Jump to navigation | Jump to search',
      'Background[edit]',
      'Main article: Russia–United States relations',
      'This page was last edited on 12 October 2025, at 09:41 (UTC).',
      'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.',
      'Categories: Treaties signed in 2010 | Nuclear arms control treaties | Russia–United States relations since 2022',
    ]);
    removes([
      'Un article de Wikipédia, l’encyclopédie libre.',
      'Aller à la navigation | Aller à la recherche',
      'Réactions[modifier | modifier le code]',
      'Article détaillé : Relations entre la Russie et les États-Unis depuis 2022.',
      'La dernière modification de cette page a été faite le 12 octobre 2025 à 09:41.',
      'Catégories : Traité signé en 2010 | Traité de désarmement nucléaire | Relations entre la Russie et les États-Unis',
    ]);
  });
  it('a table of contents goes with its entries, and the page title before it stays', () => {
    const fr = cleanText('Traité New START\n\nSommaire\n\n1 Contexte\n\n2 Chronologie\n\nLe traité New START limite les arsenaux stratégiques des deux pays depuis 2011.');
    expect(fr.removed).toEqual(['Sommaire', '1 Contexte', '2 Chronologie']);
    expect(fr.text.startsWith('Traité New START')).toBe(true);
    const en = cleanText('New START\n\nContents\n\n1 Background\n\n2 Timeline\n\nThe New START treaty has capped both strategic arsenals since 2011.');
    expect(en.removed).toEqual(['Contents', '1 Background', '2 Timeline']);
  });
  it('reproduction notices, sponsor lines, mailings, chat endings and one-device notices go', () => {
    removes(['Copyright by Global Times Content may not be reproduced or used without permission.', 'Presented by Aerion Defense Systems', 'A message from Aerion Defense Systems:', 'This chat has ended.', 'INTERVIEW']);
    removes(['Reproduction interdite sans l’accord de la rédaction.', 'Recevoir nos publications par courriel', 'Ce tchat est désormais terminé. Merci pour vos nombreuses questions.', 'Vous pouvez lire Le Monde sur un seul appareil à la fois', 'Entretien']);
  });
  it('a byline in capitals is no cross-link headline; a long site name with its connectors is a site name', () => {
    keeps(['By LARA DEVLIN and SAM OKAFOR | 02/22/2023 10:00 AM EST', 'PAR ANNE DUPONT ET JEAN MARTIN | 22/02/2023']);
    const r = cleanText('United States Senate Committee on Armed Services\n\nSubcommittee Hears Warnings on Aging Triad\n\nThe subcommittee held an open hearing on the posture of U.S. nuclear forces on Wednesday.');
    expect(r.removed).toEqual(['United States Senate Committee on Armed Services']);
  });
});

describe('v11: a site named in its copyright line, appeals, press-release chrome, audio pointers', () => {
  it('a first line that the copyright line names is the site name, whatever its case or tagline', () => {
    const fr = cleanText('Assemblée nationale\n\nDéclaration du Gouvernement sur la sécurité en Europe\n\nLe ministre a ouvert le débat sur la dissuasion nucléaire lundi.\n\n© Assemblée nationale');
    expect(fr.removed).toEqual(['Assemblée nationale', '© Assemblée nationale']);
    const tagline = cleanText('Foreign Office - Department of External Affairs\n\nStatement on the nuclear doctrine\n\nThe ministry said on Tuesday that it had taken note of the decree.\n\n© Department of External Affairs - 2024');
    expect(tagline.removed[0]).toBe('Foreign Office - Department of External Affairs');
    // A headline whose words the copyright line does not repeat stays.
    const kept = cleanText('Russia tests a missile\n\nThe ministry said on Tuesday that the test had succeeded.\n\n© 2024 Daily Planet');
    expect(kept.text.startsWith('Russia tests a missile')).toBe(true);
  });
  it('membership and donation appeals, press-release headers and contacts, reuse conditions go (EN)', () => {
    removes([
      'Become a member',
      'Support independent journalism in Ukraine. Become a member of the Kyiv Independent community.',
      'For Immediate Release: February 4, 2026',
      'Media Contacts: Jane Roe, executive director, (202) 555-0100 ext. 107; John Doe, policy director, (202) 555-0100 ext. 104',
      'Related Resources: New START at a Glance | The Status of the Comprehensive Test Ban Treaty',
      'Any use of the materials is allowed only with a hyperlink to the agency',
      'Check against delivery.',
    ]);
  });
  it('audio pointers, podcast labels, back links, provisional-record warnings go (FR)', () => {
    removes([
      'À écouter aussi : Le jour où le monde a frôlé la guerre nucléaire par erreur',
      'Provenant du podcast Géopolitique',
      'Retour à la liste des points de presse',
      'Seul le prononcé fait foi.',
      'Lire l’article original',
      'Recevez chaque matin notre newsletter Europe. S’inscrire',
      'Avertissement : version provisoire mise en ligne à 23 heures 10',
    ]);
  });
  it('sentences that use the same words stay', () => {
    keeps([
      'Poland asked to become a member of the nuclear sharing arrangement, the president said on Tuesday.',
      'La Russie a promis de soutenir notre démarche, a indiqué le ministre devant les députés.',
    ]);
  });
});

describe('v12 noise: date lines, decorations, next/previous links, kickers, addresses, document numbers', () => {
  it('removes them', () => {
    removes([
      'Mardi 21 novembre 2024',
      'Sunday 19 January 2025',
      'Sept. 23, 2024',
      'Semaine du 13 mai 2024',
      '###',
      '* * *',
      'Next: Remarks by the National Security Advisor on arms control',
      'Précédent : Déclaration du porte-parole sur le traité New START',
      'Ces articles pourraient vous intéresser',
      'You may also like',
      'Statements and Releases',
      'Communiqué de presse',
      'Stay Connected',
      'Author Information',
      'Suivez Le Figaro sur Telegram pour ne rien manquer de l’actualité',
      'Recevoir la lettre d’information des commissions',
      'Le Monde utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation. Accepter',
      'Confidential – for the internal use of subscribers only. Not for redistribution.',
      'https://crsreports.congress.gov | IF12851 · VERSION 3 · UPDATED',
      'www.senat.fr',
      'IF12851',
      'Références : 20230414IPR80117',
    ]);
  });
  it('keeps the sentences and headings that look like them', () => {
    keeps([
      'Brussels, 10 October 2024',
      'By 2030',
      '2024',
      'Next week, Russia will hold its annual strategic nuclear exercise, the ministry said.',
      'Previous tests of the Sarmat missile failed in September, according to satellite images.',
      'News of the test reached Washington within minutes, officials said on Tuesday.',
      'International inspectors have not visited the site since 2022.',
      'Portrait of a hawk: Medvedev and the bomb',
      'The site uses cookies, the report said, to track visitors from the ministry.',
      'RS-28 Sarmat',
      'IF the treaty lapses, nothing will limit the arsenals.',
    ]);
  });
});

describe('v13 noise: disclosures, citation prompts, gallery counters, wire notes, related-list headings', () => {
  it('removes them', () => {
    removes([
      'Disclosure statement',
      'Jean Martin does not work for, consult, own shares in or receive funding from any company that would benefit from this article.',
      'Paul Durand ne travaille pas, ne conseille pas, ne possède pas de parts, ne reçoit pas de fonds d’une organisation qui pourrait tirer profit de cet article.',
      'Republish this article',
      'When you buy a book through a link on this page, we may earn a commission.',
      'This article is adapted from a forthcoming book on the Cuban missile crisis, published by the author.',
      'Suggested citation: Jane Roe, "The Test Ban After Russia", Arms Law Blog, 3 March 2024.',
      'Pour citer cet article : Marie Leroy, « La dissuasion en débat », 2024.',
      'Sign up for World Brief, our daily newsletter on foreign affairs.',
      'Have a confidential tip for our reporters? Get in touch',
      'Our newsroom is reader-funded. Donate today.',
      'Voir la galerie (8 photos)',
      '3 / 8',
      'Photo 2 sur 8',
      '(Updates with Kremlin comment in fourth paragraph.)',
      'N° 1024',
      'Related analysis: How Russia stores its tactical warheads',
      'Retour haut de page',
    ]);
  });
  it('"More from" and "Most read from" with a name alone head a list of related headlines', () => {
    const r = cleanText([...ARTICLE_START, 'More from World', 'Why the Test Ban Still Matters', 'Inside the Race for Hypersonic Missiles', ARTICLE_END].join('\n\n'));
    expect(r.removed).toEqual(['More from World', 'Why the Test Ban Still Matters', 'Inside the Race for Hypersonic Missiles']);
  });
  it('keeps the sentences and lines that look like them', () => {
    keeps([
      'More from the same briefing came later, when officials said Russia had moved warheads.',
      'The ministry said 3 of 8 launchers had been moved to the new base.',
      'Russia adds two more regiments to its nuclear forces, the ministry said on Tuesday.',
      '(Russia suspended the treaty in February 2023.)',
      'The report, which cited satellite images, was not adapted from any official source.',
    ]);
  });
});

describe('v14 noise: familiar cross-links, poll prompts, disclaimers, rules of underscores, page references, long crumbs', () => {
  it('removes them', () => {
    removes([
      'Lis aussi : C’est quoi, la dissuasion nucléaire ?',
      'Quiz : teste tes connaissances sur la guerre froide',
      'Réponds à notre sondage du jour !',
      'Abonne-toi et reçois ton journal chaque matin !',
      'Upcoming event: Arms Control After New START | September 16, 2025 | Register',
      'The views expressed by panelists do not necessarily reflect those of the institute.',
      'doi: https://doi.org/10.1038/d41586-025-00001-x',
      '____________________',
      '[Pages S581-S583]',
      'Text available as: Formatted Text | PDF (218 KB)',
      'Accueil > Prises de parole > Traité sur la non-prolifération des armes nucléaires (TNP)',
      'EVENT RECAP',
      'LETTERS',
      'Retour en haut de la page',
    ]);
  });
  it('keeps the sentences that look like them', () => {
    keeps([
      'Quiz shows aside, the ministry said the warheads had been moved to a new base in Belarus.',
      'Letters from the Kremlin to NATO capitals warned of consequences, officials said on Tuesday.',
      'The world watched as Russia suspended its participation in New START on Tuesday.',
      'Home > World > Europe is how the site files the story, but the story itself is about warheads.',
    ]);
  });
});

describe('v15 noise: thank-you and live-radio prompts, numeric date lines, star ratings, signature counts, labels', () => {
  it('removes them', () => {
    removes([
      'Merci d’avoir lu cet article. Si vous souhaitez rester informé, inscrivez-vous à la lettre d’information.',
      'Radio Horizon – Écouter en direct',
      'Cet article est en accès libre.',
      '05.08.2025',
      '2025-08-05',
      '★★★★☆',
      '14,372 signatures',
      'News ID: 418872',
      'Spoiler note: this review describes the film’s structure but not its ending.',
      'Graphique interactif : survolez les barres pour afficher le détail.',
      'Données téléchargeables : arsenaux_2025.csv',
      'Études associées : Baromètre de la peur nucléaire (octobre 2022)',
      'Previous edition: Nov. 10 — Trump’s transition, COP29 opens',
      'Toute publication totale ou partielle doit utiliser la mention complète du sondage.',
      'Open Government Licence v3.0 | © Crown copyright',
      'Print | Send to friend',
      'Traduction non officielle',
      'Méthodologie',
    ]);
  });
  it('keeps the sentences that look like them', () => {
    keeps([
      'Thanks to the treaty, both sides kept their arsenals below 1,550 deployed warheads, officials said.',
      'The petition gathered 14,372 signatures before the government responded on 13 July 2023.',
      'Methodology matters: the survey asked 1,000 adults whether they feared a nuclear war.',
    ]);
  });
});

describe('article text is kept', () => {
  it('keeps agency leads, credit sentences and named bylines', () => {
    keeps([
      'WASHINGTON (Reuters) — The United States has seen no sign that Russia is moving nuclear weapons.',
      'MOSCOW (AP) — Russian President Vladimir Putin announced Tuesday that Moscow is suspending New START.',
      'Moscou, 10 déc. 2022 (AFP) – Le président russe a menacé vendredi d’utiliser l’arme nucléaire.',
      'L’Associated Press a contribué à ce rapport.',
      'Par Jean Dupont, AFP',
      'By Jane Doe',
      'Brussels, 10 October 2024',
      'By 2030',
      '14:05',
      'AFP, Reuters and TASS said',
    ]);
  });

  it('keeps sentences that start like a label, a credit or a prompt', () => {
    keeps([
      'Source: the defence ministry said on Tuesday that the missile had been launched from a test site in the south.',
      'Reporting by the New York Times on Tuesday suggested that the warheads had already been moved to Belarus, officials said.',
      'Follow-up talks between the two delegations are expected next week in Geneva.',
      'Updated figures show that Russia has about 1,550 deployed strategic warheads.',
      'Russia’s arsenal > 5,000 warheads, according to the Federation of American Scientists.',
      'Publié le 3 mars, le rapport du Pentagone estime que la Russie a modernisé ses forces nucléaires stratégiques.',
      'Le Kremlin n’a fait aucun commentaire sur ces informations.',
      '« Nous ne partagerons pas nos plans », a déclaré Dmitri Peskov.',
      'Russia did not accept all the conditions of the treaty.',
      'Share prices fell sharply in Moscow after the announcement of the nuclear exercises on Tuesday.',
      'The missile flew for 12 minutes before it fell into the sea.',
      'Vingt minutes plus tard, le Kremlin a démenti.',
      'Putin spoke for 90 minutes | the longest speech of his term | officials said on Tuesday that it was a warning.',
      'Le direct est terminé pour la Russie, a ironisé le ministre, qui estime que les négociations sont mortes.',
      'More from the same briefing came on Tuesday, when the spokesman said that the drills were routine.',
      'Analysts spotted an error in the radar data: the launch had been a test, the ministry said on Tuesday.',
      'More analysis is needed before the treaty can be signed, the senator said on Tuesday.',
      'By our count, Russia has fired more than 300 missiles at the power grid since October, officials said.',
      'Published in 2023, the report warned that the risk of nuclear use was rising in Europe and Asia.',
      'Our correspondent in Moscow was told by two officials that the drills had been planned for months.',
      'By Megan Ortiz | February 12, 2025',
      'Par Jeanne Martin | 3 mars 2024',
      'Nucléaire | Poutine menace l’Occident',
      'Nuclear talks | Russia walks out again',
      'Copyright law was not discussed at the summit, where the leaders agreed that all rights reserved by the treaty would stand.',
    ]);
  });

  it('never lets a prefix or shape rule drop a real sentence', () => {
    const lexicon = loadLexicon();
    const sentence = 'the ministry said on Tuesday that the missile had been launched from a test site in the south of the country.';
    const prefixes = [
      ...lexicon.labelPrefixes.map((p) => `${p}: `),
      ...lexicon.creditPrefixes.map((p) => `${p} `),
      ...lexicon.bylinePrefixes.map((p) => `${p} `),
      ...lexicon.timestampLabels.map((p) => `${p} `),
      ...lexicon.sharePrefixes.map((p) => `${p} `),
      ...lexicon.followPrefixes.map((p) => `${p} `),
    ];
    for (const prefix of prefixes) {
      const line = `${prefix[0].toUpperCase()}${prefix.slice(1)}${sentence}`;
      const r = cleanText(`Titre\n\nLe texte.\n\n${line}\n\nFin de l’article.`);
      expect(r.removed, line).toEqual([]);
    }
  });
});

describe('v16 page noise: archive warnings, topic links, paywall and newsletter prompts, related-headline cues', () => {
  it('removes them and keeps the article around them', () => {
    const page = [
      'Russia warns Britain over depleted uranium shells',
      'This article is more than 3 years old',
      'Last modified on Tue 4 Apr 2023 10.12 BST',
      'The Russian defence minister said the decision brought a nuclear collision closer.',
      'Free daily newsletter',
      'Choose which topics you want delivered to your inbox.',
      'Explore more on these topics',
      'Share | Reuse this content',
      'Recommended Stories',
      'Kremlin says talks with Kyiv are frozen',
      'end of list',
      'Cet article est réservé aux abonnés. Profitez de notre offre découverte : 1 € le premier mois.',
      'Vous avez trouvé une erreur? Merci de nous la signaler.',
      'Plus sur le sujet',
      'Nucléaire : Moscou et Minsk lancent des manœuvres',
      '4 mn',
      'Abonnés',
      'Live',
      'Here’s how you know',
      'An official website of the United States government',
      'Le ministre a rappelé que la France restait attachée au dialogue.',
    ].join('\n\n');
    const r = cleanText(page);
    expect(r.text).toBe([
      'Russia warns Britain over depleted uranium shells',
      'The Russian defence minister said the decision brought a nuclear collision closer.',
      'Le ministre a rappelé que la France restait attachée au dialogue.',
    ].join('\n\n'));
  });
  it('keeps sentences that only share words with those lines', () => {
    const prose = [
      'Titre',
      'Live fire drills near the border were cancelled on Monday, the ministry said in a statement.',
      'The minister said the article is more than a warning, it is a commitment to Europe.',
    ].join('\n\n');
    expect(cleanText(prose).removed).toEqual([]);
  });
});

describe('linear time on noise-shaped input', () => {
  it('cleans 200,000 short noise lines and 5 MB of separators quickly', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => (i % 2 ? 'Home > World > Europe' : 'Tags: a, b, c | Share'));
    const started = Date.now();
    const r = cleanText(`Title\n\nText.\n\n${lines.join('\n\n')}`);
    expect(r.removed.length).toBe(200_000);
    for (const big of ['> '.repeat(2_500_000), ' | x'.repeat(1_250_000), '© '.repeat(2_500_000)]) {
      const one = cleanText(`Title\n\n${big}`);
      expect(one.text.length).toBeGreaterThan(1_000_000);
    }
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);
});

describe('v17 page noise: audio players, app and push prompts, reuse and views notes, headline lists', () => {
  it('removes them and keeps the article around them', () => {
    const page = [
      'Moscow holds strategic forces drill',
      'Listen to the story',
      'Powered by Trinity Audio',
      'Only have a minute? Listen instead',
      'Lecture de 4 min',
      'Taille du texte A+ A-',
      'Le ministre russe de la Défense a annoncé un exercice des forces stratégiques.',
      'Support local journalism you can trust.',
      'Sign up to push alerts and get the news on your phone',
      'Find The Daily Courier on WhatsApp and stay up to date',
      'This story was originally published March 3, 2025 6:10 AM.',
      'Any reuse, redistribution or republication of our content without prior written consent is prohibited.',
      'The views expressed are the author\'s own and do not represent those of the institute.',
      'Registered charity no. 123456',
      'Latest Headlines',
      'Storm closes schools across the county',
      'À voir en vidéo',
      'Écouter plus tard | Ajouter à ma liste',
      'Durée : 15 min',
      'Avec',
      'The drill involved launches of ballistic missiles, the ministry said.',
    ].join('\n\n');
    const r = cleanText(page);
    expect(r.text).toBe([
      'Moscow holds strategic forces drill',
      'Listen to the story',
      'Le ministre russe de la Défense a annoncé un exercice des forces stratégiques.',
      'The drill involved launches of ballistic missiles, the ministry said.',
    ].join('\n\n'));
  });
  it('keeps sentences that only share words with those lines', () => {
    const prose = [
      'Titre',
      'Avec ses alliés, la France a rappelé que la durée de l\'exercice serait de trois jours.',
      'The senator said the views expressed by the Kremlin were dangerous and that Washington would listen to its allies.',
      'Support local journalism, the mayor said, before turning to the nuclear question.',
    ].join('\n\n');
    expect(cleanText(prose).removed).toEqual([]);
  });
});

describe('v18 page noise: language switchers, government footers, wire notices, paywalls, "Latest News" boxes', () => {
  it('removes them and keeps the article around them', () => {
    const page = [
      'Britain joins nuclear mission',
      'English | Français | Deutsch',
      'We use some essential cookies to make this website work.',
      'Le Royaume-Uni achètera douze avions capables d\'emporter des armes nucléaires de l\'OTAN.',
      'Read: Why the alliance needs more bombers',
      'Join our WhatsApp Channel and get the latest news and must-reads.',
      'Vous avez lu 2 articles sur 3 ce mois-ci. Abonnez-vous pour continuer.',
      'Connectez-vous pour réagir',
      'This copy is provided by the agency for its subscribers. Unauthorised reproduction is prohibited.',
      'All content is available under the Open Government Licence v3.0, except where otherwise stated',
      'Report a problem with this page',
      'Produced by a studio using AI narration.',
      'Privacy Policy | Do Not Sell or Share My Personal Information | Terms',
      'Gérer mes cookies',
      'The jets will be based in eastern England, the ministry said.',
      'Latest News',
      'Storm closes schools across the county',
      'Markets close higher on tech gains',
      'About the Author',
    ].join('\n\n');
    const r = cleanText(page);
    expect(r.text).toBe([
      'Britain joins nuclear mission',
      'Le Royaume-Uni achètera douze avions capables d\'emporter des armes nucléaires de l\'OTAN.',
      'The jets will be based in eastern England, the ministry said.',
    ].join('\n\n'));
  });
  it('keeps sentences that only share words with those lines', () => {
    const prose = [
      'Titre',
      'Readers were told the essential facts, the minister said, before the latest news about the nuclear test.',
      'The agency said unauthorised reproduction of its nuclear reports had become a problem for the inspectors in Vienna.',
      'Ready for talks, Moscow said on Friday that it would answer the offer within a week.',
    ].join('\n\n');
    expect(cleanText(prose).removed).toEqual([]);
  });
});

describe('v19 page noise: record navigation, donation and tip prompts, Quebec cookie banners, citation lines, a live blog\'s end', () => {
  it('removes them and keeps the article around them', () => {
    const page = [
      'Parliament debates the test ban',
      'Previous debate | Next debate',
      'Nous utilisons des témoins pour personnaliser votre expérience. En savoir plus | J\'accepte',
      'The deputy asked whether the government would raise the test moratorium at the United Nations.',
      'Follow Baltic Wire on Facebook and never miss an update!',
      'Not subscribed yet? Get our morning briefing in your inbox.',
      'Related debates: Arms Control – Statements (3 March 2025)',
      'Vous avez un scoop à nous transmettre? Écrivez-nous.',
      'Activer les notifications | Actualiser',
      'Ce direct est terminé. Merci de l\'avoir suivi.',
      'Soutenez une rédaction indépendante : faites un don',
      'Pour citer cet article : J. Martin, « Le moratoire en question », 2 mars 2025.',
      'All parliamentary content is licensed under the Open Data Licence.',
      'Le ministre a répondu que la question serait soulevée à New York.',
      'Publications similaires',
      'Le désarmement nucléaire en questions',
    ].join('\n\n');
    const r = cleanText(page);
    expect(r.text).toBe([
      'Parliament debates the test ban',
      'The deputy asked whether the government would raise the test moratorium at the United Nations.',
      'Le ministre a répondu que la question serait soulevée à New York.',
    ].join('\n\n'));
  });
  it('keeps sentences that only share words with those lines', () => {
    const prose = [
      'Titre',
      'The next debate on the treaty, the minister said, would come after the nuclear review in the spring.',
      'Les témoins de la scène ont raconté que le convoi de missiles avait quitté la base avant l\'aube, selon la police.',
    ].join('\n\n');
    expect(cleanText(prose).removed).toEqual([]);
  });
});

describe('v20 page noise: section kickers under the menu, hashtag lines, document symbols and addresses, wire end marks, comment widgets', () => {
  it('removes them and keeps the article around them', () => {
    const page = [
      'Baltic Wire',
      'Home | Defence | Politics | Business | World',
      'Defence',
      'Estonia asks NATO for more air defence',
      'GA/12575',
      'The Estonian defence minister asked the allies on Monday for two more air-defence batteries on the border.',
      '(ATTN: ADDS minister\'s quote in para 4)',
      'Le ministre a ajouté que les exercices de l\'Alliance se poursuivraient tout l\'automne.',
      '(END)',
      'desk@balticwire.ee',
      'Keywords #Estonia #NATO #air defence',
      '#Estonie #OTAN #défense aérienne',
      'Most Viewed',
      'U.S. envoy visits Tallinn ahead of summit',
      'N. Korea fires 2 missiles into the sea: JCS',
      'Article connexe : L\'Estonie rappelle son ambassadeur',
      'Vous pouvez aussi lire : La Lettonie ferme sa frontière',
      'Ce site est protégé par reCAPTCHA et les règles de confidentialité de Google s\'appliquent.',
      'Ce site utilise uniquement des cookies de mesure d\'audience exemptés de consentement.',
      'Commentaire *',
      'Nom *',
      'Publier le commentaire',
      'Notify of',
      'Inline Feedbacks',
      'View all comments',
      'Follow Baltic Wire on X and Facebook',
    ].join('\n\n');
    const r = cleanText(page);
    expect(r.text).toBe([
      'Estonia asks NATO for more air defence',
      'The Estonian defence minister asked the allies on Monday for two more air-defence batteries on the border.',
      'Le ministre a ajouté que les exercices de l\'Alliance se poursuivraient tout l\'automne.',
    ].join('\n\n'));
  });
  it('keeps sentences that only look like those lines', () => {
    const prose = [
      'Titre',
      'Welcome to the new arms race, the minister said, as the two sides traded warnings over the border.',
      'The campaign #NoNukes drew thousands of marchers to the square on Sunday, the organisers said.',
      'Estonia said it would ask the allies to follow Finland on X and Y, and the debate went on.',
      'Defence',
    ].join('\n\n');
    expect(cleanText(prose).removed).toEqual([]);
  });
});

describe('v21 page noise: site taglines under the name, crumb kickers, source lists, newsletter furniture, postal addresses', () => {
  it('removes them and keeps the article around them', () => {
    const page = [
      'CheckDesk',
      'The Independent Verification Institute',
      'Fact-checks | Politics | World | Newsletters',
      'Home > Fact-checks > Nuclear',
      'Nuclear',
      'No, the alliance has not moved bombs to the border',
      'View in browser',
      'Forwarded this email? Subscribe here for more',
      'The alliance said on Monday that no nuclear bombs had been moved to the eastern border, contrary to posts shared online.',
      'Le porte-parole a ajouté que l\'exercice annuel se déroulait loin de la frontière, comme chaque automne.',
      '(As delivered)',
      'Our Sources',
      'Alliance press office, statement, Oct. 13, 2025',
      'Defence ministry, briefing, Oct. 14, 2025',
      'Read About Our Process',
      'What did you think of today\'s newsletter? Great | OK | Not great',
      'You are receiving this email because you subscribed to CheckDesk Daily.',
      'Unsubscribe | Manage your preferences',
      'CheckDesk, 12 Main Street, Suite 4, Springfield, IL 62701',
      'Recevez toute l\'actualité directement dans votre boîte mail',
      'Les émissions récentes',
      'Invité du matin - Ukraine : le front à l\'approche de l\'hiver',
      'Cette page vous a-t-elle été utile ? Oui | Non',
      'Liberté Égalité Fraternité',
      'Avant de partir… CheckDesk est financé par les dons de ses lecteurs.',
    ].join('\n\n');
    const r = cleanText(page);
    expect(r.text).toBe([
      'No, the alliance has not moved bombs to the border',
      'The alliance said on Monday that no nuclear bombs had been moved to the eastern border, contrary to posts shared online.',
      'Le porte-parole a ajouté que l\'exercice annuel se déroulait loin de la frontière, comme chaque automne.',
    ].join('\n\n'));
  });
  it('keeps a title that opens the page above a share line, and sentences that only look like those lines', () => {
    const titled = [
      'Poutine menace l\'Occident',
      'Partager : Facebook | X | Email',
      'MOSCOU (AFP) - Le président russe a de nouveau brandi la menace nucléaire mercredi, selon l\'agence officielle.',
    ].join('\n\n');
    expect(cleanText(titled).text).toContain('Poutine menace l\'Occident');
    const prose = [
      'Titre',
      'Before you go to the summit, the minister said, read the treaty again: it is shorter than you think.',
      'Our sources in the ministry said the bombs had not moved, and the alliance confirmed it on Tuesday.',
      'The embassy, on 12 Main Street in Springfield, said it had received no note from the ministry.',
    ].join('\n\n');
    expect(cleanText(prose).removed).toEqual([]);
  });
});

describe('v22 page noise: save and playlist buttons, programme navigation, comment rules, paywall meters, publisher notes', () => {
  it('removes them and keeps the article around them', () => {
    const page = [
      'Le Courrier du Soir',
      'Essais nucléaires : Moscou répond à Washington',
      'SAVE FOR LATER',
      'Add to playlist',
      'Listen duration 12′ 08″',
      'Download: MP3 ( 11.2 MB )',
      'Le Kremlin a répondu mardi aux déclarations américaines sur une reprise des essais nucléaires, selon l\'agence officielle.',
      'La suite après la publicité',
      'The ministry said on Wednesday that the test site in the Arctic had been kept ready since 2023.',
      'Previous episode: Inside the hunt for a missing satellite',
      'Next episode: A short history of the hotline',
      'Suivez Le Courrier du Soir sur Google News',
      'Vous avez lu 2 articles gratuits ce mois-ci',
      'Cet article est paru dans l\'édition du Soir du 4 novembre 2025.',
      'Les commentaires sont modérés par la rédaction. Connectez-vous pour réagir.',
      'Comments have to be in English and civil. Please abide by our community guidelines.',
      'Printable version | Nov 4, 2025 10:02 am | https://example.org/world/article123.ece',
      'Le Courrier du Soir est édité par la société Presse Régionale SA.',
      'Newsday Ltd. Registered in England and Wales No. 0123456.',
      'Revue de presse',
    ].join('\n');
    const r = cleanText(page);
    expect(r.text).toBe([
      'Essais nucléaires : Moscou répond à Washington',
      'Le Kremlin a répondu mardi aux déclarations américaines sur une reprise des essais nucléaires, selon l\'agence officielle.',
      'The ministry said on Wednesday that the test site in the Arctic had been kept ready since 2023.',
    ].join('\n\n'));
  });
  it('keeps sentences that only share words with those lines', () => {
    const prose = [
      'Titre',
      'Vous avez lu le communiqué du ministère, qui dément toute reprise des essais nucléaires avant 2026, a dit le porte-parole.',
      'The newsletter of the arms control association reported on Tuesday that the talks had stalled in Geneva.',
      'Le rapport est édité par l\'institut de Stockholm et recense 12 121 ogives nucléaires dans le monde en 2025.',
    ].join('\n\n');
    expect(cleanText(prose).removed).toEqual([]);
  });
});
