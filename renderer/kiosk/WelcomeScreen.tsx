import type { RefObject } from 'react';
import { withFigures } from '../../electron/common/figure-values.js';
import { CATALOGS, LOCALES, type Locale } from '../../electron/common/messages/index.js';
import { useT } from './use-t.js';

/** The first screen: what the kiosk does, the language, and the start button. */
export function WelcomeScreen(props: {
  heading: RefObject<HTMLHeadingElement | null>;
  locale: Locale;
  today: string | null;
  onLocale: (locale: Locale) => void;
  onStart: () => void;
}) {
  const t = useT();
  return (
    <section className="welcome">
      <h1 ref={props.heading} tabIndex={-1}>
        {t('welcome.title')}
      </h1>
      <p>{t('welcome.body')}</p>
      <p>{t('welcome.privacy')}</p>
      {/* Its figures (the temporary passport's stamp and validity) are those of the station's day: shown once it is known. */}
      {props.today && <p className="example">{withFigures(t, props.today)('welcome.scope')}</p>}
      <div role="group" aria-label={t('language.choose')} className="languages">
        {LOCALES.map((locale) => (
          <button key={locale} type="button" lang={locale} aria-pressed={props.locale === locale} onClick={() => props.onLocale(locale)}>
            {CATALOGS[locale]['language.name']}
          </button>
        ))}
      </div>
      <button type="button" className="primary big" data-action="start" onClick={props.onStart}>
        {t('welcome.start')}
      </button>
    </section>
  );
}
