// Empties dist/ before a build so that no stale module is ever packed.
import { rmSync } from 'node:fs';
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
