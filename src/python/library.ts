/**
 * The interpreter's library: the parts of Python a program reaches only by name (built-in
 * functions beyond the core, built-in types' further methods, the modules past `sys` and `gc`,
 * and the tables that tell a name CPython has from a misspelt one). The core (compiler,
 * interpreter, object model) runs the app's setup without them, so the page draws its first heap
 * before the library has loaded; the library is attached before the first statement a person
 * runs. On Node it is attached when an interpreter is made (`provideLibrary`).
 *
 * A library is a frozen table of code: checkpoints treat a frozen object as a constant.
 */
import type { PyCounter, PyInstance, PyObject, PySet, PyType, PyWrapperObject } from '../engine';
import type { Frame } from './frame';
import type { BuiltinImpl } from './builtins';
import type { Interpreter } from './interpreter';
import type { LateCore } from './lateCore';
import type { MethodFn } from './methods';
import type { BinaryOp, CompareOp } from './operators';
import type { FirstImportModule } from './modules/firstImport';
import type { SourceChecks } from './readSource';
import type { ParsedSource } from './parse';

export interface Library {
  /** Built-in functions added to the builtins module. */
  readonly functions: readonly BuiltinImpl[];
  /** Built-in types made per interpreter and named in the builtins module (enumerate, zip...). */
  readonly types: (interp: Interpreter) => readonly PyType[];
  /** The parts of the core the app's setup never runs (lateCore.ts). */
  readonly core: LateCore;
  /** Methods of built-in types, by type name, beside the core's own. */
  readonly methods: Readonly<Record<string, Readonly<Record<string, MethodFn>>>>;
  /** Importable modules, by name: each makes its module's members once, when attached. */
  readonly modules: Readonly<Record<string, (interp: Interpreter) => Record<string, PyObject>>>;
  /** Members of those modules refused by name even where the module binds something. */
  readonly refusedModuleMembers: Readonly<Record<string, readonly string[]>>;
  /** Importable modules made at their first import (modules/firstImport.ts), by name. */
  readonly firstImportModules: Readonly<Record<string, FirstImportModule>>;
  /** A value formatted by a spec or its type's __format__ (format.ts; formatField.ts first). */
  readonly formatValue: (
    interp: Interpreter,
    value: PyObject,
    conv: string | null,
    spec: string,
  ) => string;
  /** `C.__dict__` of a class statement's class: a new mappingproxy (mappingProxy.ts). */
  readonly classDictProxy: (interp: Interpreter, t: PyType) => PyObject;
  /** An attribute read through a super object (super objects are made only by `super()`). */
  readonly superGetAttr: (interp: Interpreter, s: PyWrapperObject, name: string) => PyObject;
  /** type_new_init_subclass, for a class whose base defines `__init_subclass__`. */
  readonly initSubclass: (interp: Interpreter, t: PyType) => void;
  /**
   * UNPACK_EX's unpacking of `a, *rest, z = v` (starredUnpack.ts): the targets' values, new
   * references, `v` borrowed.
   */
  readonly unpackStarred: (
    interp: Interpreter,
    v: PyObject,
    before: number,
    after: number,
  ) => PyObject[];
  /** `raise X from Y` once X and Y are evaluated, taking their references (chainedExceptions.ts). */
  readonly raiseFrom: (interp: Interpreter, f: Frame, exc: PyObject, cause: PyObject) => never;
  /** An exception's `__traceback__`, `__cause__`, `__context__`, `__suppress_context__`, or sets it. */
  readonly exceptionAttr: (
    interp: Interpreter,
    exc: PyInstance,
    name: string,
    value: PyObject | null,
  ) => PyObject | null;
  /** The cause or context chain an uncaught exception's report prints first. */
  readonly formatChain: (interp: Interpreter, exc: PyInstance, seen: Set<PyObject>) => string;
  /** Compile-time SyntaxWarnings of a module (syntaxWarnings.ts), kept until flushed. */
  readonly syntaxWarnings: (
    interp: Interpreter,
    parsed: ParsedSource,
    source: string,
    file: string,
  ) => void;
  /** Writes the kept SyntaxWarnings to stderr: after compiling, before the code runs. */
  readonly flushSyntaxWarnings: (interp: Interpreter) => void;
  /**
   * The operators the core leaves to the library (bitwiseOperators.ts): `& | ^ << >>` and `~`,
   * set `-`, dict `|`, and their in-place forms. Each returns a new reference.
   */
  readonly operators: {
    readonly binary: (interp: Interpreter, op: BinaryOp, a: PyObject, b: PyObject) => PyObject;
    readonly inPlace: (interp: Interpreter, op: BinaryOp, a: PyObject, b: PyObject) => PyObject;
    /** `-x` past the numbers, `+x` past ints and floats, `~x`: special methods and errors. */
    readonly unary: (interp: Interpreter, op: '-' | '+' | '~', a: PyObject) => PyObject;
    /** `<`, `<=`, `>`, `>=` of two sets: subset and superset tests. */
    readonly setOrder: (op: CompareOp, a: PySet, b: PySet) => boolean;
    /**
     * fold_iter's constant frozenset of the unit's constants `values` (references taken): the
     * parse tree's, or (`merged`) the code object's (frozenset.ts).
     */
    readonly constantFrozenset: (
      interp: Interpreter,
      values: PyObject[],
      merged: boolean,
    ) => PyObject;
    /** Counter.__eq__ (counterEquality.ts). */
    readonly countersEqual: (interp: Interpreter, a: PyCounter, b: PyCounter) => boolean;
  };
  /** What the library does after a script's last line, before the final collections. */
  readonly atExit: (interp: Interpreter) => void;
  /** The parser's errors and the checks made before compiling (the setup's source needs none). */
  readonly sourceChecks: SourceChecks;
  /** Every name of CPython 3.11's builtins module (`dir(builtins)`). */
  readonly cpythonBuiltinNames: ReadonlySet<string>;
  /** Attribute names of CPython 3.11's built-in types, by type name (`dir(T)`). */
  readonly cpythonTypeAttributes: Readonly<Record<string, ReadonlySet<string>>>;
  /** Member names of CPython 3.11's modules, by module name (`dir(m)`). */
  readonly cpythonModuleMembers: Readonly<Record<string, ReadonlySet<string>>>;
}

let provided: Library | null = null;

/** Makes `library` the one every interpreter made from now on attaches at once (Node, tests). */
export function provideLibrary(library: Library): void {
  provided = library;
}

/** The library provided to this thread, or null (the page's worker attaches its own later). */
export function providedLibrary(): Library | null {
  return provided;
}

/** The interpreter's library, which anything reached only by a program's names can rely on. */
export function libraryOf(interp: Interpreter): Library {
  if (!interp.library) throw new Error('The Python library is not attached yet.');
  return interp.library;
}
