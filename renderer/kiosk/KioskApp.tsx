import { useEffect, useState } from 'react';
import './kiosk.css';
import { IntlProvider } from 'react-intl';
import type { Settings } from '../../electron/common/contract.js';
import { isBlockedInKiosk, isBlockedWheelInKiosk } from '../../electron/common/kiosk-shortcuts.js';
import { CATALOGS, DIRECTION } from '../../electron/common/messages/index.js';
import { INITIAL_STATE, type KioskState } from './kiosk-state.js';
import { KioskFlow } from './KioskFlow.js';

/** The kiosk page: its language and direction, and the shortcuts it refuses; the path itself is KioskFlow. */
export function KioskApp({ settings }: { settings: Settings }) {
  const [state, setState] = useState<KioskState>(INITIAL_STATE);
  useEffect(() => {
    document.documentElement.lang = state.locale;
    document.documentElement.dir = DIRECTION[state.locale];
  }, [state.locale]);
  useEffect(() => {
    // The kiosk's own page refuses the shortcuts that would leave or break it.
    const block = (event: KeyboardEvent) => {
      if (isBlockedInKiosk({ key: event.key, control: event.ctrlKey, meta: event.metaKey, alt: event.altKey, shift: event.shiftKey })) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    const wheel = (event: WheelEvent) => {
      if (isBlockedWheelInKiosk({ control: event.ctrlKey, meta: event.metaKey })) event.preventDefault();
    };
    window.addEventListener('keydown', block, { capture: true });
    // Not passive, or preventDefault is ignored.
    window.addEventListener('wheel', wheel, { capture: true, passive: false });
    return () => {
      window.removeEventListener('keydown', block, { capture: true });
      window.removeEventListener('wheel', wheel, { capture: true });
    };
  }, []);
  return (
    <IntlProvider locale={state.locale} defaultLocale="fr" messages={CATALOGS[state.locale]}>
      <KioskFlow settings={settings} state={state} setState={setState} />
    </IntlProvider>
  );
}
