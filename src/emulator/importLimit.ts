/** The largest state file the emulator reads: the panel refuses a bigger file before reading it. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
