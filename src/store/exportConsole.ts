/**
 * The console of an exported session, in Python (exportPython.ts puts it at the top of the file):
 * `run(source)` runs one statement as Python's interactive console runs it, `replay(...)` prints
 * what a statement that cannot be run printed in Heapscope, `end()` leaves with the heap as it is.
 * Kept as Python text verbatim (String.raw), so that every build and Node can read it.
 */
export const CONSOLE_PY = String.raw`# ---- The console: how each statement of the session is run --------------------------------------
# Heapscope's console runs what you type as Python's interactive console does; so does this.
import linecache
import os
import sys
import traceback

# stdout is flushed at every line, so that it interleaves with stderr as it did in Heapscope
# (written to a pipe or a file, it would otherwise come out in blocks).
sys.stdout.reconfigure(line_buffering=True)

# The session's namespace, its __main__, kept apart from the names of this file.
console = {"__name__": "__main__", "__doc__": None}
# Each code object compiled from a statement (by id, with the statement's lines, which tracebacks
# show). Keeping the code objects keeps their ids theirs.
compiled = {}


def run(source):
    """Runs one statement as the interactive console runs it, in 'single' mode: an expression
    statement outside a function or class prints its repr (unless it is None) through
    sys.displayhook, which also keeps the value in builtins._; an error prints its traceback and
    stays in sys.last_value (with the frames it holds), and the session goes on."""
    lines = source.split("\n")
    try:
        code = compile_statement(source)
    except Exception:
        report(lines)
        return
    remember(code, lines)
    try:
        exec(code, console)
    except BaseException:  # SystemExit too: the session goes on, as it did in Heapscope
        report(lines)


def compile_statement(source):
    """The code of one input. Heapscope's console takes several statements at once, which 'single'
    mode refuses: those are compiled as one interactive unit from their syntax tree (only then, so
    as not to allocate objects the console would not)."""
    try:
        return compile(source + "\n", "<console>", "single")
    except SyntaxError as error:
        if not error.msg.startswith("multiple statements found"):
            raise
    import ast

    tree = ast.parse(source, "<console>")
    return compile(ast.Interactive(tree.body), "<console>", "single")


def remember(code, lines):
    compiled[id(code)] = (code, lines)
    for constant in code.co_consts:
        if isinstance(constant, type(code)):
            remember(constant, lines)


def report(lines):
    """Prints the error being handled as the console does, and keeps it in sys.last_value."""
    error = sys.exc_info()[1]
    if isinstance(error, SyntaxError) and error.text is None and error.filename == "<console>":
        # Errors found after parsing ('return' outside function) come without their line.
        if error.lineno and 0 < error.lineno <= len(lines):
            error.text = lines[error.lineno - 1]
    sys.last_type, sys.last_value, sys.last_traceback = type(error), error, error.__traceback__
    sys.stdout.flush()
    sys.stderr.write("".join(format_error(error)))


def format_error(error, seen=None):
    """The lines that report an error, laid out as Heapscope's console shows them: as CPython does
    (chained errors first), with each frame's source line (those of the console from its
    statement), no ^^^ marks under them, and one ^ under a syntax error."""
    seen = set() if seen is None else seen
    seen.add(id(error))
    out = []
    cause, context = error.__cause__, error.__context__
    if cause is not None and id(cause) not in seen:
        out += format_error(cause, seen)
        out.append("\nThe above exception was the direct cause of the following exception:\n\n")
    elif context is not None and not error.__suppress_context__ and id(context) not in seen:
        out += format_error(context, seen)
        out.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    here = run.__code__.co_filename
    frames = [
        (frame.f_code, line)
        for frame, line in traceback.walk_tb(error.__traceback__)
        if frame.f_code.co_filename != here
    ]
    if frames:
        out.append("Traceback (most recent call last):\n")
        out += format_frames(frames[-1000:])
    if isinstance(error, SyntaxError) and error.offset:
        error.end_offset = error.offset  # one ^, not a run of them
    return out + traceback.format_exception_only(type(error), error)


def format_frames(frames):
    """One entry per frame; the same frame more than 3 times in a row is counted, not repeated."""
    out, last, count = [], None, 0
    for code, line in frames:
        where = (code.co_filename, line, code.co_name)
        if where != last:
            if count > 3:
                out.append(repeated(count - 3))
            last, count = where, 0
        count += 1
        if count > 3:
            continue
        out.append(f'  File "{code.co_filename}", line {line}, in {code.co_name}\n')
        text = source_line(code, line).strip()
        if text:
            out.append(f"    {text}\n")
    if count > 3:
        out.append(repeated(count - 3))
    return out


def repeated(n):
    return f"  [Previous line repeated {n} more time{'s' if n > 1 else ''}]\n"


def source_line(code, line):
    known = compiled.get(id(code))
    if known is None:
        return linecache.getline(code.co_filename, line or 0)
    lines = known[1]
    return lines[line - 1] if line and 0 < line <= len(lines) else ""


def show_unraisable(unraisable):
    """An error Python cannot raise (in a __del__, a weakref callback), as the console shows it."""
    message = unraisable.err_msg or "Exception ignored in"
    if unraisable.object is not None:
        message += f": {unraisable.object!r}"
    sys.stdout.flush()
    sys.stderr.write(message + "\n" + "".join(format_error(unraisable.exc_value)))


sys.unraisablehook = show_unraisable


def replay(*output):
    """Prints what a statement that is not run here printed in Heapscope."""
    for stream, text in output:
        sys.stdout.flush()
        (sys.stdout if stream == "stdout" else sys.stderr).write(text)


def end():
    """The session is still open in Heapscope: leave without finalizing the objects still alive
    (a normal exit would run their __del__ and print)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
`;
