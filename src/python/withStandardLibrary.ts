/**
 * Imported for its effect by every entry point that runs Python at once (the command line, the
 * in-page fallback, scripts, tests): interpreters made afterwards attach the standard library when
 * they are made. The page's worker loads the library itself, after its first heap (worker.ts).
 */
import { provideLibrary } from './library';
import { STANDARD_LIBRARY } from './standardLibrary';

provideLibrary(STANDARD_LIBRARY);
