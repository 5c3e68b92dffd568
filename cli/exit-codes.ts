/** Exit codes shared by every command. */
export const EXIT_OK = 0;
/** Invalid input or blocking findings; the problems are printed. */
export const EXIT_INVALID = 1;
/** Wrong command line: unknown command, missing argument, bad option. */
export const EXIT_USAGE = 2;
