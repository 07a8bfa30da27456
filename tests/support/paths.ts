import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The domain reference's public worked examples, kept in the repository so that it stands on its own. */
export const RULES_EXAMPLES = join(PROJECT_ROOT, 'tests', 'rules', 'examples');
