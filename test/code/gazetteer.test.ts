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

describe('gazetteer v5: office holders and envoys often quoted on nuclear matters', () => {
  it('names them in French and English spellings', () => {
    expect(ids('Sergueï Karakaïev et Igor Konachenkov')).toEqual(['sergey-karakayev', 'igor-konashenkov']);
    expect(ids('Zhao Lijian told reporters, and Richard Marles replied')).toEqual(['zhao-lijian', 'richard-marles']);
    expect(ids('Iouri Ouchakov a confirmé, selon Viatcheslav Volodine')).toEqual(['yuri-ushakov', 'vyacheslav-volodin']);
  });
  it('resolves the new role phrases by the publication date', () => {
    expect(ids("Russia's ambassador to the United States said", '2023-06-01')).toEqual(['anatoly-antonov']);
    expect(ids("Russia's ambassador to the United States said", '2025-06-01')).toEqual(['alexander-darchiev']);
    expect(ids('le commandant du Stratcom a témoigné', '2021-04-20')).toEqual(['charles-richard']);
    expect(ids('the STRATCOM commander testified', '2024-03-01')).toEqual(['anthony-cotton']);
    expect(ids('le chef de la diplomatie européenne', '2023-03-01')).toEqual(['josep-borrell']);
    expect(ids("the EU's foreign policy chief", '2025-03-01')).toEqual(['kaja-kallas']);
    expect(ids('le président polonais', '2024-03-01')).toEqual(['andrzej-duda']);
    expect(ids('le vice-président du Conseil de sécurité russe')).toEqual(['dmitry-medvedev']);
  });
  it('new states: Switzerland, the Baltic states, Hungary', () => {
    expect(ids('la Suisse et la Lituanie, puis Budapest')).toEqual(['CHE', 'LTU', 'HUN']);
    expect(ids('Estonian and Latvian officials')).toEqual(['adj:EST', 'adj:LVA']);
  });
  it('a common surname or English word is not a person by itself', () => {
    expect(ids('The finer details of the plan were discussed by Reed.')).toEqual([]);
    expect(ids('Jon Finer spoke first. Finer then left.')).toEqual(['jon-finer', 'jon-finer']);
  });
});
