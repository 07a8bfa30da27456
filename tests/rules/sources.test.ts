import { describe, expect, it } from 'vitest';
import { describeSource, sourceRecord, SOURCE_RECORDS } from '../../rules/index.js';
import { observedEvaluations } from './observed.js';

describe('sources people can read', () => {
  it('names the guide and a dated fiche, never a file name', () => {
    expect(describeSource('001_ef3dc94e20273a21.txt')).toBe('Guide des usagers de la préfecture (UATS-UNSA, 2021)');
    expect(describeSource('004_4d9f1b684ba4e417.txt')).toBe(
      'Carte d’identité d’un majeur\u00a0: en cas de perte (service-public.fr (Direction de l’information légale et administrative), vérifié le 25/04/2022)',
    );
    expect(describeSource('service-public.fr F14807 (modifiée le 2025-10-07)')).toContain('modifié le 07/10/2025');
  });

  it('keeps the original file name only as a detail of the record', () => {
    expect(sourceRecord('003_dee88f691fe38e78.txt')).toMatchObject({ publisher: 'Mairie de Thônes', file: '003_dee88f691fe38e78.txt' });
  });

  it('says an unknown source is unknown, without showing the raw id', () => {
    expect(describeSource('999_deadbeef.txt')).toBe('Source non répertoriée');
    expect(sourceRecord('999_deadbeef.txt')).toBeNull();
  });

  it('every source a piece cites has a record, and no description shows a file name', () => {
    const cited = new Set(observedEvaluations(20).flatMap(({ evaluation }) => evaluation.pieces.flatMap((p) => p.sources)));
    for (const id of cited) {
      expect(sourceRecord(id), id).not.toBeNull();
      expect(describeSource(id)).not.toMatch(/\.txt|_[0-9a-f]{8,}/);
    }
    for (const r of Object.values(SOURCE_RECORDS)) expect(r.title.length).toBeGreaterThan(10);
  });
});

describe('a source dated by its year alone', () => {
  it('shows the year, with no « modifié le » or « publié le » before it', () => {
    const yearOnly = Object.values(SOURCE_RECORDS).filter((r) => r.date?.length === 4);
    expect(yearOnly.length).toBeGreaterThan(0);
    for (const r of yearOnly) expect(describeSource(r.id)).toBe(`${r.title} (${r.publisher}, ${r.date})`);
  });
});
