import { useEffect, useState } from 'react';
import { api } from './api/host-api.js';
import { useStationText } from './station-text.js';

/**
 * What the host has to tell the agent about the machine (a damaged database
 * set aside, a clock that jumped): read once when the station opens, shown
 * under the header until the agent dismisses it. A host that cannot answer
 * shows nothing here: its own errors speak elsewhere.
 */
export function HostNotices() {
  const t = useStationText();
  const [lines, setLines] = useState<string[]>([]);
  useEffect(() => {
    api.getNotices({}).then(setLines, () => setLines([]));
  }, []);
  if (lines.length === 0) return null;
  return (
    <section className="host-notices" role="status" aria-label={t('fault.notices.title')}>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <button type="button" onClick={() => setLines([])}>
        {t('fault.notices.dismiss')}
      </button>
    </section>
  );
}
