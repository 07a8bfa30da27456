import type { RefObject } from 'react';
import type { Who } from './kiosk-state.js';
import { useT } from './use-t.js';

type Title = 'cni' | 'passport';

/** Which titles this person asks for: the card, the passport, or both. */
export function TitlesScreen(props: { heading: RefObject<HTMLHeadingElement | null>; who: Who; onTitles: (titles: Title[]) => void }) {
  const t = useT();
  return (
    <section>
      <h1 ref={props.heading} tabIndex={-1}>
        {t('titles.title', { who: props.who })}
      </h1>
      <div className="choices">
        <button type="button" data-titles="cni" onClick={() => props.onTitles(['cni'])}>
          {t('titles.cni')}
        </button>
        <button type="button" data-titles="passport" onClick={() => props.onTitles(['passport'])}>
          {t('titles.passport')}
        </button>
        <button type="button" data-titles="cni,passport" onClick={() => props.onTitles(['cni', 'passport'])}>
          {t('titles.both')}
        </button>
      </div>
    </section>
  );
}
