import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** CI clones the project with shared/ beside it, as on the developers' machines. */
export const SHARED_EXAMPLES = join(PROJECT_ROOT, '..', 'shared', 'domain', 'examples');
