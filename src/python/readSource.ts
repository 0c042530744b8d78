/**
 * Everything CPython checks in source before running any of it, in its order: reading and
 * parsing (parse.ts), the symbol table's `global` rules (globalDeclarations.ts), then the errors
 * and refusals found while compiling (unsupported.ts). What passes can be compiled.
 */
import { checkGlobalDeclarations } from './globalDeclarations';
import { parse, position, type ParsedSource } from './parse';
import { refuseUnsupported } from './unsupported';

export function readSource(source: string): ParsedSource {
  const parsed = parse(source);
  const lineOf = (o: number) => position(parsed.lineStarts, o).line;
  checkGlobalDeclarations(parsed.tree, parsed.source, lineOf);
  refuseUnsupported(parsed.tree, parsed.source, lineOf);
  return parsed;
}
