import { describe, expect, it } from 'vitest';
import { evaluate, parseFacts, territoryOf, timeZoneOf } from '../../rules/index.js';

describe("the station's territory from its département", () => {
  it.each([
    ['971', 'drom'],
    ['972', 'drom'],
    ['973', 'guyane'],
    ['974', 'drom'],
    ['975', 'drom'],
    ['976', 'mayotte'],
    ['977', 'drom'],
    ['978', 'drom'],
    ['75', 'general'],
    ['2A', 'general'],
    ['2B', 'general'],
    ['970', 'general'],
    ['979', 'general'],
  ])('%s → %s', (departement, territory) => expect(territoryOf(departement)).toBe(territory));

  it('gives the collectivities their own time zone', () => {
    expect(timeZoneOf('975')).toBe('America/Miquelon');
    expect(timeZoneOf('978')).toBe('America/Marigot');
  });

  it('a station in La Réunion never asks about Justif’Adresse nor the counter photo', () => {
    const parsed = parseFacts(
      {
        today: '2026-06-15',
        territory: territoryOf('974'),
        titles: ['passport'],
        birthDate: '1980-01-01',
        preApplication: true,
        residence: 'own',
      },
      '2026-06-15',
    );
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(evaluate(parsed.facts).questions).not.toContain('addressVerifiedOnline');
    expect(evaluate(parsed.facts).questions).not.toContain('photoAtCounter');
  });
});
