import type { RefObject } from 'react';
import type { Who } from './kiosk-state.js';
import { useT } from './use-t.js';

/** For whom: me or a child first; then another person, once there is one (or "several" was chosen). */
export function WhoScreen(props: {
  heading: RefObject<HTMLHeadingElement | null>;
  nextPerson: boolean;
  onWho: (who: Who) => void;
  onSeveral: () => void;
}) {
  const t = useT();
  return (
    <section>
      <h1 ref={props.heading} tabIndex={-1}>
        {t(props.nextPerson ? 'who.next' : 'who.title')}
      </h1>
      <div className="choices">
        <button type="button" data-who="me" onClick={() => props.onWho('me')}>
          {t('who.me')}
        </button>
        <button type="button" data-who="child" onClick={() => props.onWho('child')}>
          {t('who.child')}
        </button>
        {props.nextPerson ? (
          <button type="button" data-who="other" onClick={() => props.onWho('other')}>
            {t('who.other')}
          </button>
        ) : (
          <button type="button" data-who="several" onClick={props.onSeveral}>
            {t('who.several')}
          </button>
        )}
      </div>
    </section>
  );
}
