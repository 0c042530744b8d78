/**
 * LOAD_GLOBAL's cache, and LOAD_NAME's where the names are the globals (module code): CPython
 * 3.11 specialises them as LOAD_GLOBAL_MODULE and LOAD_GLOBAL_BUILTIN, guarded by the dicts'
 * keys versions. Each load site keeps where it last found its name, and a hit hashes nothing:
 * - the entry it was found in is still at its index. An entry is its key's for as long as the
 *   dict holds it (a value set again is written into it; a key stored again gets a new entry),
 *   so it holds the name's value now.
 * - found in the builtins, the globals have stored no key since (`PyDict.insertions`): the name
 *   is still not a global.
 * Anything else looks the name up again, as dictGet does.
 */
import { hashKey, type DictEntry, type PyDict, type PyObject } from '../../engine';

export class GlobalNameCache {
  /** The globals of the last lookup that found the name, and their insertions then. */
  private globals: PyDict | null = null;
  private insertions = 0;
  /** Where the name was found: the globals or the builtins, the entry and its index. */
  private dict: PyDict | null = null;
  private entry: DictEntry | undefined = undefined;
  private index = 0;

  constructor(private readonly key: PyObject) {}

  /** The name's value (borrowed) in `globals`, else in `builtins`, else undefined. */
  lookup(globals: PyDict, builtins: PyDict): PyObject | undefined {
    if (globals === this.globals) {
      const dict = this.dict!;
      const e = dict.entries[this.index];
      if (e === this.entry && (dict === globals || globals.insertions === this.insertions))
        return e!.value;
    }
    return this.fill(globals, builtins);
  }

  private fill(globals: PyDict, builtins: PyDict): PyObject | undefined {
    const h = hashKey(this.key);
    let dict = globals;
    let i = globals.index.get(h);
    if (i === undefined) {
      dict = builtins;
      i = builtins.index.get(h);
    }
    if (i === undefined) {
      this.globals = null;
      return undefined;
    }
    this.globals = globals;
    this.insertions = globals.insertions;
    this.dict = dict;
    this.index = i;
    this.entry = dict.entries[i];
    return this.entry!.value;
  }
}
