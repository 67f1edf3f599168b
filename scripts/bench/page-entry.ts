/** Entry of the in-page benchmark bundle: exposes the contenders to the benchmark driver. */
import { timeOnce } from './in-page';

(globalThis as unknown as { __vbBench: { timeOnce: typeof timeOnce } }).__vbBench = { timeOnce };
