import { describe, expect, it } from 'vitest';
import { isBlockedInKiosk, isBlockedWheelInKiosk } from '../../electron/common/kiosk-shortcuts.js';

describe('kiosk escape chords the page refuses too', () => {
  it('blocks Shift+Esc (the task manager) and lets Escape alone through', () => {
    expect(isBlockedInKiosk({ key: 'Escape', control: false, meta: false, alt: false, shift: true })).toBe(true);
    expect(isBlockedInKiosk({ key: 'Escape', control: false, meta: false, alt: false, shift: false })).toBe(false);
  });
  it('blocks Ctrl+wheel and Cmd+wheel zoom, not scrolling', () => {
    expect(isBlockedWheelInKiosk({ control: true, meta: false })).toBe(true);
    expect(isBlockedWheelInKiosk({ control: false, meta: true })).toBe(true);
    expect(isBlockedWheelInKiosk({ control: false, meta: false })).toBe(false);
  });
});
