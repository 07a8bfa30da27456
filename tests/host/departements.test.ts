import { describe, expect, it } from 'vitest';
import { DEPARTEMENTS } from '../../rules/index.js';
import { departementLabel, departementName } from '../../electron/common/departements.js';

describe('départements by name', () => {
  it('names every département a station can be set in', () => {
    expect(DEPARTEMENTS.filter((code) => departementName(code) === null)).toEqual([]);
    expect(departementLabel('74')).toBe('74 – Haute-Savoie');
    expect(departementLabel('2A')).toBe('2A – Corse-du-Sud');
    expect(departementLabel('976')).toBe('976 – Mayotte');
  });

  it('shows an unknown code as it is rather than a guessed name', () => {
    expect(departementLabel('99')).toBe('99');
  });
});
