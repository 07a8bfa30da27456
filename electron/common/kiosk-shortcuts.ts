// In kiosk mode, the keys that would let a citizen escape or break the
// kiosk: reload, devtools, print dialog, zoom, back, close, new window,
// address bar. One policy, applied by Electron's before-input-event and by
// the page itself in the browser host.

export interface KeyInput {
  key: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

const FUNCTION_KEYS = new Set([
  'F1',
  'F3',
  'F5',
  'F6',
  'F7',
  'F11',
  'F12',
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
  'BrowserHome',
  'ContextMenu',
]);
/** With Ctrl (or Cmd): reload, print, devtools, zoom, close, quit, new window or tab, address bar, history, save, open, find, view source; with Shift too: clear browsing data (Delete, opens a settings window), profiles (m), bookmarks (b). */
const MODIFIED_KEYS = new Set([
  'r',
  'p',
  'i',
  'j',
  'c',
  'u',
  's',
  'o',
  'f',
  'g',
  'h',
  'l',
  'n',
  't',
  'w',
  'q',
  'd',
  'e',
  'k',
  '+',
  '=',
  '-',
  '_',
  '0',
  'Tab',
  'PageUp',
  'PageDown',
  'Delete',
  'm',
  'b',
]);

export function isBlockedInKiosk(input: KeyInput): boolean {
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  if (FUNCTION_KEYS.has(key)) return true;
  // Shift+Esc: Chromium's task manager, which can end the page's process (the policy disables it too).
  if (input.shift && key === 'Escape') return true;
  if (input.alt && (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home' || key === 'F4')) return true;
  if ((input.control || input.meta) && MODIFIED_KEYS.has(key)) {
    // Copy and paste stay possible without Shift; Ctrl+Shift+C opens devtools.
    return !(key === 'c' && !input.shift);
  }
  return false;
}

/** Ctrl (or Cmd) + wheel zooms the page out of its layout: the kiosk page refuses it (pinch zoom is off by Chromium's flag). */
export function isBlockedWheelInKiosk(input: { control: boolean; meta: boolean }): boolean {
  return input.control || input.meta;
}
