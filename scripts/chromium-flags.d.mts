// Types for scripts/chromium-flags.mjs.
export declare const chromiumArgs: string[];
