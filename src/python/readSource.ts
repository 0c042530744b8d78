/**
 * Everything CPython checks in source before running any of it, in its order: reading and
 * parsing (parse.ts), the symbol table's `global` rules (globalDeclarations.ts), then the errors
 * and refusals found while compiling (unsupported.ts). What passes can be compiled.
 *
 * The checks beyond parsing belong to the library (library.ts): the app's setup is compiled
 * before the library loads, and its source, Heapscope's own, is known to pass them (the tests
 * compile it with the library attached).
 */
import type { Tree } from '@lezer/common';
import type { BlockContext } from './blocks';
import type { Nesting } from './nesting';
import { parse, position, type ParsedSource } from './parse';
import type { SourceError } from './tokenizer';

/**
 * A parser error; `memory` marks the parser's stack giving out (a bare MemoryError), `readsOn`
 * a failure at a token that starts an expression, which CPython's error rules parse before
 * deciding (so they read the token after it).
 */
export type ParserError = SourceError & { readonly memory?: boolean; readonly readsOn?: boolean };

export interface SourceChecks {
  /** The first error CPython's parser meets, or null. `lezerAt`: lezer's first error. */
  readonly firstParserError: (
    ctx: BlockContext,
    nesting: readonly Nesting[],
    lezerAt: number | null,
  ) => ParserError | null;
  /** CPython's choice between the parser's first error and the tokenizer's. */
  readonly reportedError: (
    parserError: ParserError | null,
    tokenError: SourceError | null,
    lastTokenAt: number,
  ) => ParserError | null;
  readonly checkGlobalDeclarations: (
    tree: Tree,
    source: string,
    lineOf: (offset: number) => number,
  ) => void;
  readonly refuseUnsupported: (
    tree: Tree,
    source: string,
    lineOf: (offset: number) => number,
  ) => void;
}

/** `checks` is null only for the setup's own source, before the library is attached. */
export function readSource(source: string, checks: SourceChecks | null): ParsedSource {
  const parsed = parse(source, checks);
  if (!checks) return parsed;
  const lineOf = (o: number) => position(parsed.lineStarts, o).line;
  checks.checkGlobalDeclarations(parsed.tree, parsed.source, lineOf);
  checks.refuseUnsupported(parsed.tree, parsed.source, lineOf);
  return parsed;
}
