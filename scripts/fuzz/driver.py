"""Runs many programs in one CPython process, for the Heapscope fuzzer (scripts/fuzz/python.ts).

Reads one JSON request per line on stdin: {"id": n, "path": "...", "src": "...", "probe": bool}.
Writes one JSON reply per line on stdout:
  {"id": n, "stdout": ..., "stderr": ..., "status": 0|1, "exit": ..., "suspect": ...}
Each program runs as `python3 path` would run it: compiled with its path, executed in a fresh
`{'__name__': '__main__'}` globals dict, with sys.stdout and sys.stderr captured; an uncaught
exception prints its traceback to the captured stderr and gives status 1. "exit" is whatever the
program prints while its globals are torn down after its last line: the fuzzer's programs delete
everything themselves, so a non-empty "exit" marks a program that depends on interpreter-exit
finalization (not compared by the spec).

A probe run replaces sys.getrefcount by a recorder: "suspect" names the first type it was asked
about whose count the spec does not compare (ints, strs, None, classes...), or is null. The probe's
own output is meaningless (every count reads 0); only "suspect" is used.
"""
import gc
import io
import json
import sys
import traceback
import types

REAL_STDOUT = sys.stdout
REAL_STDERR = sys.stderr


def reset_gc():
    gc.enable()
    gc.set_debug(0)
    gc.garbage.clear()
    gc.callbacks.clear()
    gc.collect()


COMPARED = (list, dict, tuple, types.MethodType)


class Recorder:
    """Stands in for sys.getrefcount in a probe run."""

    def __init__(self):
        self.suspect = None

    def __call__(self, obj):
        kind = type(obj)
        if self.suspect is None and kind not in COMPARED and kind.__module__ != "__main__":
            self.suspect = kind.__name__
        return 0


def run(path, src, probe=False):
    reset_gc()
    recorder = Recorder()
    real_getrefcount = sys.getrefcount
    if probe:
        sys.getrefcount = recorder
    out, err = io.StringIO(), io.StringIO()
    globs = {"__name__": "__main__"}
    status = 0
    sys.stdout, sys.stderr = out, err
    try:
        try:
            exec(compile(src, path, "exec"), globs)
        except BaseException:
            status = 1
            traceback.print_exc()
        tail = io.StringIO()
        sys.stdout = sys.stderr = tail
        globs.clear()
        gc.collect()
    finally:
        sys.stdout, sys.stderr = REAL_STDOUT, REAL_STDERR
        sys.getrefcount = real_getrefcount
    return {"stdout": out.getvalue(), "stderr": err.getvalue(), "status": status,
            "exit": tail.getvalue(), "suspect": recorder.suspect}


def main():
    # Everything the driver itself allocated goes to the permanent generation: each collection
    # then looks at the programs' objects only (about 1 ms less per gc.collect()).
    gc.collect()
    gc.freeze()
    for line in sys.stdin:
        if not line.strip():
            continue
        req = json.loads(line)
        reply = run(req["path"], req["src"], req.get("probe", False))
        reply["id"] = req["id"]
        REAL_STDOUT.write(json.dumps(reply) + "\n")
        REAL_STDOUT.flush()


if __name__ == "__main__":
    main()
