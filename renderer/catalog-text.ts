import { useIntl } from 'react-intl';

type Values = Record<string, string | number>;

/**
 * The one typed lookup in the catalog of the nearest IntlProvider, for the
 * station and the kiosk alike: an id the catalog's type lacks does not
 * compile. `defaults` are arguments any message may use (the kiosk's
 * figures of the day); `finish` sets the text (the station's French spaces).
 */
export function useCatalogText<Id extends string>(
  defaults: Values = {},
  finish: (text: string) => string = (text) => text,
): (id: Id, values?: Values) => string {
  const intl = useIntl();
  return (id, values) => finish(intl.formatMessage({ id }, { ...defaults, ...values }));
}
