/** Where Chromium is found: Debian's package by default, or CHROMIUM_PATH. */
export declare const CHROMIUM_PATH: string;
