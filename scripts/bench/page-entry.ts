/** Entry of the in-page benchmark bundle: exposes the contenders to the benchmark driver. */
import { timeOnce, timePage } from './in-page';

(globalThis as unknown as { __vbBench: { timeOnce: typeof timeOnce; timePage: typeof timePage } }).__vbBench = { timeOnce, timePage };
