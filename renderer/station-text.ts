import type { StationMessageId } from '../electron/common/messages/index.js';
import { frenchSpaces } from '../electron/common/typography.js';
import { useCatalogText } from './catalog-text.js';

/**
 * Typed lookup in the station's catalog: an unknown id does not compile.
 * Every message comes out with French no-break spaces (before : ; ! ? and
 * inside « »), so a label never breaks before its colon.
 */
export const useStationText = () => useCatalogText<StationMessageId>({}, frenchSpaces);
