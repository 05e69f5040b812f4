import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../src/code/gazetteer.js';
import { tokenize } from '../../src/code/text.js';

const ids = (text: string, published: string | null = '2024-11-19') => gazetteer().match(tokenize(text), published).map((m) => (m.kind === 'adjective' ? `adj:${m.state}` : m.id));

describe('gazetteer matcher', () => {
  it('matches states, metonyms and alliances through elision', () => {
    expect(ids("l'OTAN et le Kremlin, Moscou, Washington et Pékin")).toEqual(['NATO', 'RUS', 'RUS', 'USA', 'CHN']);
    expect(ids("NATO allies met in Kyiv while Beijing watched")).toEqual(['NATO', 'UKR', 'CHN']);
  });
  it('matches inflected adjectives', () => {
    expect(ids('les forces russes et les frappes américaines')).toEqual(['adj:RUS', 'adj:USA']);
    expect(ids('les autorités ukrainiennes')).toEqual(['adj:UKR']);
  });
  it('matches French spellings, misspellings, swapped names and surnames', () => {
    expect(ids('Vladimir Poutine')).toEqual(['vladimir-putin']);
    expect(ids('Sergie Lavrov a parlé')).toEqual(['sergey-lavrov']);
    expect(ids('le secrétaire à la Défense, Austin Lloyd', '2022-11-03')).toEqual(['lloyd-austin', 'lloyd-austin']);
    expect(ids('Dmitri Peskov')).toEqual(['dmitry-peskov']);
    expect(ids('Hamish de Bretton Gordon')).toEqual(['hamish-de-bretton-gordon']);
  });
  it('resolves role phrases by the publication date', () => {
    expect(ids("le secrétaire général de l'OTAN", '2022-12-10')).toEqual(['jens-stoltenberg']);
    expect(ids("le secrétaire général de l'OTAN", '2025-02-01')).toEqual(['mark-rutte']);
    expect(ids('the US president said', '2022-06-01')).toEqual(['joe-biden']);
    expect(ids('the US president said', '2025-06-01')).toEqual(['donald-trump']);
    expect(ids('le porte-parole du Kremlin')).toEqual(['dmitry-peskov']);
    expect(ids("le secrétaire général de l'OTAN", null)).toEqual([null]);
  });
  it('does not take common words for acronyms or surnames', () => {
    expect(ids('he told us that the fire burns')).toEqual([]);
    expect(ids('un responsable a parlé')).toEqual([]);
    expect(ids('The US and the UN')).toEqual(['USA', 'UN']);
  });
  it('a surname too common to stand alone names the person only after the full name in the same text', () => {
    expect(ids('Singh a répondu aux questions.')).toEqual([]);
    expect(ids('La porte-parole Sabrina Singh a parlé. Singh a ensuite précisé sa pensée.')).toEqual(['sabrina-singh', 'sabrina-singh']);
    expect(ids('Deputy press secretary Sabrina Singh took questions. Later, Singh added a detail.')).toEqual(['sabrina-singh', 'sabrina-singh']);
  });
});
