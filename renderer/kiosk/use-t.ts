import { useIntl } from 'react-intl';
import type { MessageId } from '../../electron/api/messages/index.js';

/** Typed lookup in the kiosk's catalogs: an unknown id does not compile. */
export function useT(): (id: MessageId, values?: Record<string, string | number>) => string {
  const intl = useIntl();
  return (id, values) => intl.formatMessage({ id }, values);
}
