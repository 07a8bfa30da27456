import { describe, expect, it } from 'vitest';
import { isBlockedInKiosk, type KeyInput } from '../../electron/common/kiosk-shortcuts.js';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});

describe('kiosk shortcut policy', () => {
  it.each([
    ['reload', key('r', { control: true })],
    ['hard reload', key('R', { control: true, shift: true })],
    ['F5', key('F5')],
    ['devtools', key('I', { control: true, shift: true })],
    ['devtools F12', key('F12')],
    ['devtools console', key('J', { control: true, shift: true })],
    ['inspect element', key('C', { control: true, shift: true })],
    ['print dialog', key('p', { control: true })],
    ['zoom in', key('+', { control: true })],
    ['zoom in (=)', key('=', { control: true })],
    ['zoom out', key('-', { control: true })],
    ['zoom reset', key('0', { control: true })],
    ['back', key('ArrowLeft', { alt: true })],
    ['forward', key('ArrowRight', { alt: true })],
    ['browser back key', key('BrowserBack')],
    ['close window', key('w', { control: true })],
    ['close (Alt+F4)', key('F4', { alt: true })],
    ['quit', key('q', { control: true })],
    ['new window', key('n', { control: true })],
    ['address bar', key('l', { control: true })],
    ['fullscreen toggle', key('F11')],
    ['view source', key('u', { control: true })],
    ['macOS reload', key('r', { meta: true })],
    ['clear browsing data (a settings window)', key('Delete', { control: true, shift: true })],
    ['profile menu', key('M', { control: true, shift: true })],
    ['bookmarks bar', key('B', { control: true, shift: true })],
  ])('blocks %s', (_, input) => expect(isBlockedInKiosk(input)).toBe(true));

  it.each([
    ['typing', key('a')],
    ['capital', key('A', { shift: true })],
    ['Tab', key('Tab')],
    ['Shift+Tab', key('Tab', { shift: true })],
    ['Enter', key('Enter')],
    ['Escape', key('Escape')],
    ['Backspace', key('Backspace')],
    ['arrows', key('ArrowDown')],
    ['copy', key('c', { control: true })],
    ['space', key(' ')],
  ])('lets %s through', (_, input) => expect(isBlockedInKiosk(input)).toBe(false));
});
