// Issue 18, item 8: a date typed at the counter as its 8 digits, the slashes added as it is typed.
import { describe, expect, it } from 'vitest';
import { parseFrenchDate, withDateSeparators } from '../../renderer/forms/french-date.js';

/** What the field shows after each key, as React's onChange sees the text grow. */
const typed = (keys: string) => [...keys].reduce((text, key) => withDateSeparators(text + key), '');

describe('a date typed as 8 digits', () => {
  it('gets its slashes as the digits come, and reads as the date', () => {
    expect(typed('02041990')).toBe('02/04/1990');
    expect(typed('0204')).toBe('02/04');
    expect(typed('02')).toBe('02');
    expect(parseFrenchDate(typed('02041990'))).toEqual({ ok: true, date: '1990-04-02' });
  });

  it('leaves a date typed with its own separators as typed, slashes included', () => {
    expect(typed('02/04/1990')).toBe('02/04/1990');
    expect(typed('2/4/1990')).toBe('2/4/1990');
    expect(typed('02.04.1990')).toBe('02.04.1990');
    expect(typed('2 avril')).toBe('2 avril');
  });

  it('lets the agent erase back through the slashes', () => {
    expect(withDateSeparators('02/04/199')).toBe('02/04/199');
    expect(withDateSeparators('02/04/')).toBe('02/04');
    expect(withDateSeparators('02/0')).toBe('02/0');
    expect(withDateSeparators('02/')).toBe('02');
    expect(withDateSeparators('')).toBe('');
  });

  it('does not grow past a date', () => {
    expect(typed('020419901')).toBe('02/04/19901');
    expect(parseFrenchDate(typed('020419901')).ok).toBe(false);
  });
});
