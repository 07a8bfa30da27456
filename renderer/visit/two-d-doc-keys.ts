// The wedge's Ctrl chords, written into the field as the names the shared
// format reads back (wedge.ts): the field stays readable, the code exact.
import { GS, RS, US } from '../../electron/common/two-d-doc/format.js';

export { controlForKey } from '../../electron/common/two-d-doc/wedge.js';

export const GS_TYPED: Record<string, string> = { [GS]: '<GS>', [RS]: '<RS>', [US]: '<US>' };
