/**
 * The library as Heapscope ships it (see library.ts): what a program reaches by name and the app's
 * setup never does. The page's worker loads this module with import() after its first heap; Node
 * entry points provide it at once.
 */
import { libraryBinaryOp, libraryInPlaceOp, libraryUnary, setOrder } from './bitwiseOperators';
import { CHAR_FUNCTIONS } from './charBuiltins';
import { DICT_METHODS, DICT_SUBCLASS_METHODS, LIST_METHODS } from './containerMethods';
import { FLOAT_METHODS, INT_METHODS } from './numberMethods';
import { countersEqual } from './counterEquality';
import { CPYTHON_BUILTIN_NAMES } from './cpythonBuiltinNames';
import { CPYTHON_MODULE_MEMBERS } from './cpythonModuleMembers';
import { CPYTHON_TYPE_ATTRIBUTES } from './cpythonTypeAttributes';
import { formatValue, STR_FORMAT } from './format';
import { INTROSPECTION_FUNCTIONS } from './introspection';
import { ITER_FUNCTIONS, iteratorTypes } from './iterBuiltins';
import type { Interpreter } from './interpreter';
import type { Library } from './library';
import { MIN_MAX } from './minMax';
import { STANDARD_LATE_CORE } from './standardLateCore';
import { FIRST_IMPORT_MODULES } from './modules/firstImport';
import { LIBRARY_MODULES, LIBRARY_REFUSED_MEMBERS } from './modules/library';
import { runAtexitFinalizers } from './modules/weakref';
import { NUMBER_FUNCTIONS } from './numberBuiltins';
import { POW } from './powBuiltin';
import { PREDICATE_FUNCTIONS } from './predicateBuiltins';
import { listSortMethod, SORTED } from './sorting';
import { FROZENSET_METHODS, SET_METHODS } from './setMethods';
import { constantFrozenset, frozensetType } from './frozenset';
import { STR_CASE_METHODS } from './strCaseMethods';
import { STR_LAYOUT_METHODS } from './strLayoutMethods';
import { STR_METHODS } from './strMethods';
import { initSubclass, superGetAttr, superType } from './superObject';
import { classDictProxy, MAPPINGPROXY_METHODS } from './mappingProxy';
import { checkGlobalDeclarations } from './globalDeclarations';
import { firstParserError, reportedError } from './parserErrors';
import { refuseUnsupported } from './unsupported';
import { unpackStarred } from './starredUnpack';
import { exceptionAttr, formatChain, raiseFrom } from './chainedExceptions';
import { collectSyntaxWarnings, flushSyntaxWarnings } from './syntaxWarnings';

export const STANDARD_LIBRARY: Library = Object.freeze({
  core: STANDARD_LATE_CORE,
  functions: [
    SORTED,
    ...MIN_MAX,
    ...ITER_FUNCTIONS,
    ...NUMBER_FUNCTIONS,
    ...PREDICATE_FUNCTIONS,
    ...INTROSPECTION_FUNCTIONS,
    POW,
    ...CHAR_FUNCTIONS,
  ],
  types: (interp: Interpreter) => [
    ...iteratorTypes(interp),
    superType(interp),
    frozensetType(interp),
  ],
  methods: {
    str: { ...STR_METHODS, ...STR_LAYOUT_METHODS, ...STR_CASE_METHODS, format: STR_FORMAT },
    list: { sort: listSortMethod, ...LIST_METHODS },
    int: INT_METHODS,
    // bool's own table: its base here is object, not int (its methods are int's in CPython).
    bool: INT_METHODS,
    float: FLOAT_METHODS,
    dict: DICT_METHODS,
    set: SET_METHODS,
    frozenset: FROZENSET_METHODS,
    mappingproxy: MAPPINGPROXY_METHODS,
    ...DICT_SUBCLASS_METHODS,
  },
  operators: {
    binary: libraryBinaryOp,
    inPlace: libraryInPlaceOp,
    unary: libraryUnary,
    setOrder,
    countersEqual,
    constantFrozenset,
  },
  formatValue,
  superGetAttr,
  classDictProxy,
  initSubclass,
  unpackStarred,
  raiseFrom,
  exceptionAttr,
  formatChain,
  modules: LIBRARY_MODULES,
  refusedModuleMembers: LIBRARY_REFUSED_MEMBERS,
  firstImportModules: FIRST_IMPORT_MODULES,
  atExit: runAtexitFinalizers,
  sourceChecks: { firstParserError, reportedError, checkGlobalDeclarations, refuseUnsupported },
  syntaxWarnings: collectSyntaxWarnings,
  flushSyntaxWarnings,
  cpythonBuiltinNames: CPYTHON_BUILTIN_NAMES,
  cpythonTypeAttributes: CPYTHON_TYPE_ATTRIBUTES,
  cpythonModuleMembers: CPYTHON_MODULE_MEMBERS,
});
