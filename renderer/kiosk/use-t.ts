import { createContext, useContext } from 'react';
import { figureValues } from '../../electron/common/figure-values.js';
import type { MessageId } from '../../electron/common/messages/index.js';
import { useCatalogText } from '../catalog-text.js';

/** The station's "today", once known: the figures the sentences state are those in force that day. */
export const TodayContext = createContext<string | null>(null);

/** Typed lookup in the kiosk's catalogs (an unknown id does not compile), with the day's figures. */
export function useT(): (id: MessageId, values?: Record<string, string | number>) => string {
  const today = useContext(TodayContext);
  return useCatalogText<MessageId>(today ? figureValues(today) : {});
}
