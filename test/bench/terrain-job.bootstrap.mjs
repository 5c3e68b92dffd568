// Worker entry of the terrain benchmark: registers tsx in this thread, then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./terrain-job.worker.ts');
