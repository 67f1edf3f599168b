/**
 * The only import of webextension-polyfill. Current Chrome and Firefox both expose a promise-based
 * `browser.*`; the polyfill is frozen upstream and a no-op where `browser` exists, so dropping it
 * later means changing this one file.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
export { browser };
