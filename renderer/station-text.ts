import { useIntl } from 'react-intl';
import type { StationMessageId } from '../electron/api/messages/index.js';
import { frenchSpaces } from '../electron/api/typography.js';

/**
 * Typed lookup in the station's catalog: an unknown id does not compile.
 * Every message comes out with French no-break spaces (before : ; ! ? and
 * inside « »), so a label never breaks before its colon.
 */
export function useStationText(): (id: StationMessageId, values?: Record<string, string | number>) => string {
  const intl = useIntl();
  return (id, values) => frenchSpaces(intl.formatMessage({ id }, values));
}
