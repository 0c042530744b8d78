import type { Lesson } from './format';

export const exceptions: Lesson = {
  name: 'exceptions',
  title: 'An exception keeps your objects alive',
  summary:
    'A saved exception holds its traceback, the traceback holds the frames, and the frames hold their local variables.',
  steps: [
    {
      text: 'A class whose objects say when they die, and a function that makes one in a local variable and then fails.',
      python: [
        'import gc',
        'class Big:\n    def __init__(self, name):\n        self.name = name\n    def __del__(self):\n        print("__del__", self.name)',
        'def work():\n    big = Big("big")\n    raise ValueError("something went wrong")',
      ],
      look: ['Big', 'work'],
    },
    {
      text: 'Call it and handle the error.',
      python: ['try:\n    work()\nexcept ValueError as e:\n    print("caught:", e)'],
      predict: {
        kind: 'output',
        question: 'After `caught: something went wrong`, what is the last line printed?',
        explain:
          '`__del__ big`, after the handler’s line: while the exception is handled, its traceback keeps `work`’s frame alive, and the frame keeps its local `big`. At the end of the `except` block Python deletes `e`, and the exception, the traceback, the frame and `big` go with it.',
      },
    },
    {
      text: 'This time, keep the exception for later, as code that logs or retries errors often does.',
      python: ['try:\n    work()\nexcept ValueError as e:\n    saved = e'],
      look: ['saved', 'saved.__traceback__'],
      predict: {
        kind: 'choice',
        question: 'Is the `Big` made by this call freed when the `try` statement ends?',
        options: ['Yes: `work` has returned', 'No: it is still alive'],
        answer: 1,
        explain:
          'No `__del__` line: `saved` holds the exception, which holds its traceback, which holds `work`’s frame, which holds `big`.',
      },
    },
    {
      text: 'The chain can be followed: the exception’s `__traceback__` starts at the frame that caught it, its `tb_next` leads to `work`’s frame, and that frame’s `f_locals` has `big`.',
      python: ['print(saved.__traceback__.tb_next.tb_frame.f_locals["big"].name)'],
      look: ['saved.__traceback__.tb_next.tb_frame'],
      predict: {
        kind: 'output',
        question: 'What does it print?',
        explain:
          '`big`: the local variable of a function that returned (by raising) long ago is still reachable, and still alive.',
      },
    },
    {
      text: 'Let go of the exception.',
      python: ['del saved'],
      predict: {
        kind: 'output',
        question: 'What does `del saved` print?',
        explain:
          '`__del__ big`: the exception’s count reached zero, and freeing it freed the traceback, the frame and `big`, one after the other.',
      },
    },
    {
      text: 'Worse: keep the exception in a local variable of the function that caught it. Now the frame holds the exception, and the exception (through its traceback) holds the frame: a cycle.',
      python: [
        'def handle():\n    big = Big("big2")\n    try:\n        raise ValueError("oops")\n    except ValueError as e:\n        err = e',
        'handle()',
        'print("handle() returned")',
      ],
      predict: {
        kind: 'choice',
        question: 'Is `big2` freed when `handle()` returns?',
        options: ['Yes', 'No'],
        answer: 1,
        explain:
          'No `__del__` line before `handle() returned`: the frame and the exception keep each other alive, and the frame keeps `big2`. Reference counting cannot free a cycle.',
      },
    },
    {
      text: 'The collector can.',
      python: ['found = gc.collect()'],
      predict: {
        kind: 'output',
        question: 'What does `found = gc.collect()` print?',
        explain:
          '`__del__ big2`: the collector found the cycle (the exception, its `args` tuple, the traceback, the frame, and what only they reach, `big2` among them) and freed it. This cycle is why Python deletes the name of `except ... as e` at the end of the block.',
      },
    },
    {
      text: 'The cure: keep what you need from the exception (its message, say), not the exception itself.',
      python: [
        'def handle():\n    big = Big("big3")\n    try:\n        raise ValueError("oops")\n    except ValueError as e:\n        message = str(e)\n    return message',
        'print(handle())',
      ],
      predict: {
        kind: 'output',
        question: 'What is the last line printed?',
        explain:
          '`__del__ big3` comes first: when `handle` returned, its frame was freed and `big3` with it, before `print` printed the message `oops`.',
      },
    },
  ],
};
