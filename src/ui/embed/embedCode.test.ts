import { describe, expect, it } from 'vitest';
import {
  choiceProblems,
  defaultTitle,
  embedQuery,
  embedSrc,
  escapeAttribute,
  FRAME_DEFAULTS,
  iframeSnippet,
  type EmbedChoices,
  type FrameChoices,
} from './embedCode';
import { EMBED_DEFAULTS, embedOptions, isEmbed } from './embedOptions';

const PAGE = 'https://teach.example/heapscope/';
const SHARE = `${PAGE}#s=eJyrVkrLz1eyUkpKLFKqBQAe1gRR`;
const FRAME: FrameChoices = { title: 'Heapscope: a = [1, 2]', ...FRAME_DEFAULTS };

/** What the embed reads back from the address the snippet holds (the real parser). */
function readBack(src: string): EmbedChoices {
  const url = new URL(src);
  expect(isEmbed(url.search)).toBe(true);
  const { problems, ...options } = embedOptions(url.search);
  expect(problems).toEqual([]);
  return options;
}

/** The `src` attribute of a snippet, unescaped as a browser would. */
function srcOf(snippet: string): string {
  const match = /^<iframe src="([^"]*)"/.exec(snippet);
  expect(match).not.toBeNull();
  return match![1]!
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('the embed address', () => {
  it('holds only embed=1 when every choice is the default', () => {
    expect(embedQuery(EMBED_DEFAULTS)).toBe('embed=1');
    expect(embedSrc(PAGE, EMBED_DEFAULTS)).toBe(`${PAGE}?embed=1`);
    expect(readBack(embedSrc(PAGE, EMBED_DEFAULTS))).toEqual(EMBED_DEFAULTS);
  });

  it('names each parameter that differs from its default, and no other', () => {
    expect(embedQuery({ ...EMBED_DEFAULTS, controls: 'step', console: 'read-only' })).toBe(
      'embed=1&console=read-only',
    );
    expect(embedQuery({ ...EMBED_DEFAULTS, controls: 'none', scale: 1 })).toBe(
      'embed=1&controls=none',
    );
    // A theme is always named: without one the embed follows the viewer's own setting.
    expect(embedQuery({ ...EMBED_DEFAULTS, theme: 'light' })).toBe('embed=1&theme=light');
    // The speed is autoplay's: without autoplay it is left out, with it only when not the default.
    expect(embedQuery({ ...EMBED_DEFAULTS, speed: 5 })).toBe('embed=1');
    expect(embedQuery({ ...EMBED_DEFAULTS, autoplay: true, speed: 2 })).toBe('embed=1&autoplay=1');
    expect(embedQuery({ ...EMBED_DEFAULTS, autoplay: true, speed: 0.5 })).toBe(
      'embed=1&autoplay=1&speed=0.5',
    );
    // Step 0 (nothing applied yet) is a choice, not the default (where the session is).
    expect(embedQuery({ ...EMBED_DEFAULTS, step: 0 })).toBe('embed=1&step=0');
  });

  it('is read back by the embed exactly as chosen', () => {
    const cases: EmbedChoices[] = [
      { ...EMBED_DEFAULTS, controls: 'step', console: 'read-only', theme: 'dark' },
      {
        id: 'lesson-3_refs',
        controls: 'none',
        console: 'full',
        theme: 'contrast',
        scale: 1.75,
        autoplay: true,
        speed: 0.25,
        step: 0,
        lesson: null,
      },
      { ...EMBED_DEFAULTS, controls: 'full', theme: 'light', scale: 0.75, step: 12 },
      { ...EMBED_DEFAULTS, autoplay: true, speed: 60, scale: 2.5 },
      { ...EMBED_DEFAULTS, lesson: 'cycles', step: 2, console: 'read-only' },
      { ...EMBED_DEFAULTS, lesson: 'references', theme: 'dark' },
    ];
    for (const choices of cases) {
      expect(choiceProblems(choices, FRAME)).toEqual({});
      const src = srcOf(iframeSnippet(embedSrc(SHARE, choices), FRAME));
      expect(readBack(src), src).toEqual(choices);
    }
  });

  it("keeps a share link's session and drops the page's own query and other hash", () => {
    const choices = { ...EMBED_DEFAULTS, console: 'full' as const };
    expect(embedSrc(SHARE, choices)).toBe(
      `${PAGE}?embed=1&console=full#s=eJyrVkrLz1eyUkpKLFKqBQAe1gRR`,
    );
    expect(embedSrc(`${PAGE}?embed=1&controls=none#x`, choices)).toBe(
      `${PAGE}?embed=1&console=full#x`,
    );
    // A page opened from disk (the single-file build) has no origin, only its file address.
    expect(embedSrc('file:///home/t/heapscope.html?x=1', EMBED_DEFAULTS)).toBe(
      'file:///home/t/heapscope.html?embed=1',
    );
  });
});

describe('an embedded lesson', () => {
  it('is named with its step in the address, with no autoplay', () => {
    expect(embedQuery({ ...EMBED_DEFAULTS, lesson: 'cycles', step: 2 })).toBe(
      'embed=1&lesson=cycles&step=2',
    );
    expect(embedQuery({ ...EMBED_DEFAULTS, lesson: 'cycles', autoplay: true, speed: 5 })).toBe(
      'embed=1&lesson=cycles',
    );
  });

  it("reads `step` as the lesson's step, counted from 1, not as the session's", () => {
    const read = (query: string) => embedOptions(query);
    expect(read('?embed=1&lesson=cycles&step=2')).toMatchObject({
      lesson: 'cycles',
      step: 2,
      problems: [],
    });
    expect(read('?embed=1&lesson=cycles')).toMatchObject({ lesson: 'cycles', step: null });
    // A session's step 0 (nothing applied) is no lesson step: the lesson opens at its first.
    expect(read('?embed=1&step=0')).toMatchObject({ lesson: null, step: 0, problems: [] });
    const zero = read('?embed=1&lesson=cycles&step=0');
    expect(zero).toMatchObject({ step: 1 });
    expect(zero.problems).toEqual(['step=0 (a number from 1 to 1000)']);
    // Its name is kept as given: the lesson panel, which knows the lessons, says if none has it.
    expect(read('?embed=1&lesson=no-such')).toMatchObject({ lesson: 'no-such', problems: [] });
    expect(read('?embed=1&lesson=')).toMatchObject({ lesson: null });
  });

  it('ignores autoplay, and says so', () => {
    const options = embedOptions('?embed=1&lesson=cycles&autoplay=1');
    expect(options.autoplay).toBe(false);
    expect(options.problems).toEqual(['autoplay=1 (not with a lesson)']);
    expect(embedOptions('?embed=1&autoplay=1').autoplay).toBe(true);
  });

  it('starts at a step from 1 to its last', () => {
    const lesson = { ...EMBED_DEFAULTS, lesson: 'cycles' };
    expect(choiceProblems({ ...lesson, step: 1 }, FRAME, 6)).toEqual({});
    expect(choiceProblems({ ...lesson, step: 6 }, FRAME, 6)).toEqual({});
    expect(choiceProblems({ ...lesson, step: 7 }, FRAME, 6).step).toBe(
      "Start at step: at most 6, the lesson's last step.",
    );
    expect(choiceProblems({ ...lesson, step: 0 }, FRAME, 6)).toHaveProperty('step');
    // Autoplay's speed is not used with a lesson, so it is not checked.
    expect(choiceProblems({ ...lesson, autoplay: true, speed: 0 }, FRAME)).toEqual({});
  });
});

describe('the snippet', () => {
  it('is a titled, sized, borderless, lazily loaded frame', () => {
    expect(iframeSnippet(`${PAGE}?embed=1&theme=dark#s=abc`, FRAME)).toBe(
      '<iframe src="https://teach.example/heapscope/?embed=1&amp;theme=dark#s=abc" ' +
        'title="Heapscope: a = [1, 2]" width="960" height="540" ' +
        'style="border: 0; max-width: 100%" loading="lazy"></iframe>',
    );
  });

  it('escapes attribute text: no title or address can end its attribute or the element', () => {
    expect(escapeAttribute(`a & b "c" 'd' <e>`)).toBe(
      'a &amp; b &quot;c&quot; &#39;d&#39; &lt;e&gt;',
    );
    // Already escaped text is escaped again, so it shows as typed.
    expect(escapeAttribute('&amp;')).toBe('&amp;amp;');
    const title = `Heapscope: s = "</iframe><script>alert('x')</script>" & more`;
    const snippet = iframeSnippet(`${PAGE}?embed=1&controls=none`, { ...FRAME, title });
    expect(snippet.match(/</g)).toHaveLength(2); // <iframe and </iframe>
    expect(snippet.match(/"/g)).toHaveLength(12); // six attributes, each quoted once
    const parsed = /title="([^"]*)"/.exec(snippet)![1]!;
    expect(parsed).toBe(
      'Heapscope: s = &quot;&lt;/iframe&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; &amp; more',
    );
    expect(snippet).toContain('src="https://teach.example/heapscope/?embed=1&amp;controls=none"');
  });
});

describe('the choices', () => {
  it('are refused, field by field, outside what the embed and a frame accept', () => {
    expect(choiceProblems(EMBED_DEFAULTS, FRAME)).toEqual({});
    const problems = choiceProblems(
      { ...EMBED_DEFAULTS, scale: 3, autoplay: true, speed: 0, step: 1.5, id: 'my lesson' },
      { title: '  ', width: 50, height: Number.NaN },
    );
    expect(Object.keys(problems).sort()).toEqual(
      ['height', 'id', 'scale', 'speed', 'step', 'title', 'width'].sort(),
    );
    expect(problems.id).toMatch(/letters, digits, - and _/);
    expect(problems.title).toMatch(/needs one/);
    // Without autoplay the speed is not used, so it is not checked.
    expect(choiceProblems({ ...EMBED_DEFAULTS, speed: 0 }, FRAME)).toEqual({});
    expect(choiceProblems({ ...EMBED_DEFAULTS, id: 'x'.repeat(65) }, FRAME)).toHaveProperty('id');
    expect(choiceProblems({ ...EMBED_DEFAULTS, step: -1 }, FRAME)).toHaveProperty('step');
    // Known to open with 3 statements, it can start at any of 0 to 3, no further.
    expect(choiceProblems({ ...EMBED_DEFAULTS, step: 3 }, FRAME, 3)).toEqual({});
    expect(choiceProblems({ ...EMBED_DEFAULTS, step: 4 }, FRAME, 3).step).toBe(
      'Start at step: at most 3, the statements the embed opens with.',
    );
  });

  it('give a default title from the first statement', () => {
    expect(defaultTitle(null)).toBe('Heapscope: Python heap');
    expect(defaultTitle('  ')).toBe('Heapscope: Python heap');
    expect(defaultTitle('a = [1, 2]')).toBe('Heapscope: a = [1, 2]');
    expect(defaultTitle('for i in range(3):\n    print(i)')).toBe('Heapscope: for i in range(3):');
    const long = defaultTitle(`x = ${'1 + '.repeat(30)}1`);
    expect(long).toHaveLength('Heapscope: '.length + 60);
    expect(long.endsWith('…')).toBe(true);
  });
});
