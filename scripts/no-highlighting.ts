import type { Plugin } from 'vite';

/**
 * The interpreter's worker parses Python with @lezer/python, which also declares how the editor
 * highlights each node (@lezer/highlight's styleTags). The worker never highlights: this plugin
 * gives its bundle a stand-in for @lezer/highlight whose tags are inert and whose styleTags adds no
 * node property, so the parse trees are the same and the worker is 2 kB (gz) smaller.
 */
export function noHighlighting(): Plugin {
  const id = '\0heapscope-no-highlighting';
  return {
    name: 'heapscope-no-highlighting',
    enforce: 'pre',
    resolveId: (source) => (source === '@lezer/highlight' ? id : null),
    load: (loaded) =>
      loaded === id
        ? [
            '/* Any tag, called or read, is the same inert tag. */',
            'const tag = new Proxy(function () { return tag; }, { get: () => tag });',
            'export const tags = tag;',
            '/* A node property source that adds nothing to any node type. */',
            'export const styleTags = () => () => null;',
          ].join('\n')
        : null,
  };
}
