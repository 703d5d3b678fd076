import { fileURLToPath } from 'node:url';

/** Absolute path of a file in `__tests__/fixtures/loaders/`. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/loaders/${name}`, import.meta.url));
}
