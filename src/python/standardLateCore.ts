/**
 * The late parts of the core (lateCore.ts) as Heapscope ships them, in the library's chunk.
 */
import { condenseEvents, shownIdsOf } from '../engine';
import { allEvents } from '../engine/eventRows';
import { BulkRecorder } from '../engine/bulkEvents';
import { isLookPath, resolveLook } from '../lessons/look';
import { StepTrace } from './stepTrace';
import { rangeContains, rangeEquals } from './rangeObject';
import { dictsEqual, viewComparison, weakrefsEqual } from './lateEquality';
import { userEquality } from './userEquality';
import { classWeakref, descriptorAttribute } from './descriptorAttributes';
import { systemExit } from './systemExit';
import { refuseUnmodelledWeak } from './unmodelledWeak';
import { beforeWith, exitNormally, exitWithException, withBlock } from './withStatement';
import { genexpBody } from './resumable';
import { resumableOf } from './closures/generators';
import { resumableBody } from './compile/generatorBodies';
import { CORE_FUNCTIONS } from './builtinFunctions';
import { CORE_METHODS, listExtend, listInplaceRepeat } from './coreMethods';
import {
  boundMethod,
  descriptorGet,
  descriptorSet,
  DESCRIPTOR_METHODS,
  implicitClassMethod,
  implicitStaticMethod,
} from './descriptorCalls';
import { frameOrTracebackAttr, pushTraceback, takeOwnership } from './frameObjectAttrs';
import { floatFloorDiv, floatMod, floatPow, intTrueDivide } from './floatArithmetic';
import { collectWithCallbacks } from './gcCallbacks';
import { getFunctionField, setFunctionField } from './functionFields';
import { finalizeGenerator, generatorClose, newGenerator, resume } from './genObject';
import { bindArguments } from './initializeLocals';
import { iterObjectNext } from './iterObjectSteps';
import type { LateCore } from './lateCore';
import { deleteAttribute } from './deleteAttribute';
import { describeException, formatException, reportUnraisable } from './exceptionReport';
import { finalizeAtExit } from './exitFinalization';
import { deleteItem, getItem, setItem } from './objectItems';
import { callUserNew, objectNewCall } from './objectNewCalls';
import { repr, str } from './objectRepr';
import { checkKey } from './slotHash';
import { importModule, missingImport } from './modules/moduleImports';
import { SYS_FUNCTIONS } from './modules/sysFunctions';
import {
  buildMergedDict,
  buildStarredList,
  buildStarredSet,
  callFunctionEx,
  listToTuple,
} from './unpacking';

export const STANDARD_LATE_CORE: LateCore = Object.freeze({
  methods: CORE_METHODS,
  listExtend,
  listInplaceRepeat,
  functions: CORE_FUNCTIONS,
  repr,
  str,
  items: Object.freeze({ getItem, setItem, deleteItem }),
  deleteAttribute,
  finalizeAtExit,
  exceptionReport: Object.freeze({
    describe: describeException,
    format: formatException,
    unraisable: reportUnraisable,
  }),
  checkKey,
  callUserNew,
  objectNew: objectNewCall,
  bindArguments,
  descriptors: Object.freeze({
    ...DESCRIPTOR_METHODS,
    get: descriptorGet,
    set: descriptorSet,
    boundMethod,
    implicitStaticMethod,
    implicitClassMethod,
  }),
  floats: Object.freeze({ intTrueDivide, floatPow, floatFloorDiv, floatMod }),
  unpacking: Object.freeze({
    buildStarredList,
    listToTuple,
    buildStarredSet,
    buildMergedDict,
    callFunctionEx,
  }),
  frames: Object.freeze({ pushTraceback, takeOwnership, attr: frameOrTracebackAttr }),
  functionFields: Object.freeze({ get: getFunctionField, set: setFunctionField }),
  iterObjectNext,
  importModule,
  missingImport,
  collectWithCallbacks,
  sysFunctions: SYS_FUNCTIONS,
  generators: Object.freeze({
    newGenerator,
    resume,
    close: generatorClose,
    finalize: finalizeGenerator,
  }),
  condenseEvents,
  shownIdsOf,
  allEvents,
  newBulkRecorder,
  isLookPath,
  resolveLook,
  newStepTrace,
  resumableOf,
  genexpBody,
  resumableBody,
  withStatement: Object.freeze({
    block: withBlock,
    before: beforeWith,
    exitNormally,
    exitWithException,
  }),
  rangeContains,
  rangeEquals,
  dictsEqual,
  weakrefsEqual,
  viewComparison,
  userEquality,
  descriptorAttribute,
  classWeakref,
  systemExit,
  refuseUnmodelledWeak,
});

function newStepTrace(...args: ConstructorParameters<typeof StepTrace>): StepTrace {
  return new StepTrace(...args);
}

function newBulkRecorder(...args: ConstructorParameters<typeof BulkRecorder>): BulkRecorder {
  return new BulkRecorder(...args);
}
