import { useEffect, useState } from 'react';
import { IntlProvider } from 'react-intl';
import { stationFr } from '../electron/common/messages/index.js';
import type { Settings } from '../electron/common/contract.js';
import { hostName } from './api/host-api.js';
import { KioskApp } from './kiosk/KioskApp.js';
import { HomeScreen } from './screens/HomeScreen.js';
import { SettingsScreen } from './screens/SettingsScreen.js';
import { VisitScreen } from './screens/VisitScreen.js';
import type { StartSettings } from './start-settings.js';
import { useStationText } from './station-text.js';
import { HostNotices } from './HostNotices.js';

type Route = { screen: 'home' } | { screen: 'visit'; reference: string } | { screen: 'settings' };

/** The route lives in the address (#/visite/K7Q-4MZ) so a reload stays on the visit. */
function readRoute(): Route {
  const visit = /^#\/visite\/([A-Z0-9-]+)$/.exec(location.hash);
  if (visit) return { screen: 'visit', reference: visit[1]! };
  return location.hash === '#/parametres' ? { screen: 'settings' } : { screen: 'home' };
}

function go(route: Route): void {
  location.hash = route.screen === 'visit' ? `#/visite/${route.reference}` : route.screen === 'settings' ? '#/parametres' : '#/';
}

export function App(props: { settings: StartSettings }) {
  const known = props.settings.known();
  const [settings, setSettings] = useState<Settings | null | undefined>(known?.ok ? known.settings : undefined);
  const [route, setRoute] = useState<Route>(readRoute);
  const [error, setError] = useState<string | null>(known && !known.ok ? known.message : null);

  useEffect(() => {
    if (!known) void props.settings.settled.then((outcome) => (outcome.ok ? setSettings(outcome.settings) : setError(outcome.message)));
    const onHash = () => setRoute(readRoute());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // The lobby kiosk: the citizen's path only, no way to the station or its settings.
  if (settings?.mode === 'kiosk') return <KioskApp settings={settings} />;
  return (
    <IntlProvider locale="fr" defaultLocale="fr" messages={stationFr}>
      <Station settings={settings} setSettings={setSettings} route={route} error={error} />
    </IntlProvider>
  );
}

function Station({
  settings,
  setSettings,
  route,
  error,
}: {
  settings: Settings | null | undefined;
  setSettings: (s: Settings) => void;
  route: Route;
  error: string | null;
}) {
  const t = useStationText();
  return (
    <>
      <a
        className="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skip')}
      </a>
      <header className="app-header">
        <p className="app-name">{t('app.name')}</p>
        {settings && <p className="mairie-name">{settings.mairieName}</p>}
        <nav aria-label={t('app.nav')}>
          <button type="button" onClick={() => go({ screen: 'home' })}>
            {t('app.home')}
          </button>
          <button type="button" onClick={() => go({ screen: 'settings' })}>
            {t('app.settings')}
          </button>
        </nav>
        <p className="host" title={t('app.hostTitle')}>
          {t('app.host', { host: hostName() })}
        </p>
      </header>
      <HostNotices />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {settings === undefined ? (
        <Loading />
      ) : settings === null || route.screen === 'settings' ? (
        <SettingsScreen
          current={settings}
          onSaved={(s) => {
            setSettings(s);
            go({ screen: 'home' });
          }}
        />
      ) : route.screen === 'visit' ? (
        <VisitScreen key={route.reference} reference={route.reference} settings={settings} onLeave={() => go({ screen: 'home' })} />
      ) : (
        <HomeScreen settings={settings} onOpen={(reference) => go({ screen: 'visit', reference })} />
      )}
    </>
  );
}

function Loading() {
  const t = useStationText();
  return (
    <main id="main">
      <p>{t('app.loading')}</p>
    </main>
  );
}
