import { join } from 'node:path';
import { REPO_ROOT } from './runChild.js';

export const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results');
/** A fixed "now" for weekday-based year inference, so results do not depend on the clock. */
export const REFERENCE_DATE = '2026-11-23';
