import { useIntl } from 'react-intl';
import type { StationMessageId } from '../electron/api/messages/index.js';

/** Typed lookup in the station's catalog: an unknown id does not compile. */
export function useStationText(): (id: StationMessageId, values?: Record<string, string | number>) => string {
  const intl = useIntl();
  return (id, values) => intl.formatMessage({ id }, values);
}
