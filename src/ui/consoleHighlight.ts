/**
 * The console's Python highlighting in the theme's colours: CodeMirror's default style uses fixed
 * colours made for a white background (dark purple keywords vanish on the dark theme), so each
 * colour here is a variable of app.css, set for light, dark and high contrast.
 */
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';

const style = HighlightStyle.define([
  { tag: t.meta, color: 'var(--code-meta)' },
  { tag: t.keyword, color: 'var(--code-keyword)' },
  { tag: [t.atom, t.bool, t.url, t.contentSeparator, t.labelName], color: 'var(--code-atom)' },
  { tag: [t.literal, t.inserted], color: 'var(--code-number)' },
  { tag: [t.string, t.deleted], color: 'var(--code-string)' },
  { tag: [t.regexp, t.escape, t.special(t.string)], color: 'var(--code-escape)' },
  { tag: t.definition(t.variableName), color: 'var(--code-definition)' },
  { tag: t.local(t.variableName), color: 'var(--code-local)' },
  { tag: [t.typeName, t.namespace], color: 'var(--code-type)' },
  { tag: t.className, color: 'var(--code-class)' },
  { tag: [t.special(t.variableName), t.macroName], color: 'var(--code-special)' },
  { tag: t.definition(t.propertyName), color: 'var(--code-property)' },
  { tag: t.comment, color: 'var(--code-comment)' },
  { tag: t.invalid, color: 'var(--code-invalid)' },
]);

/** The extension: it takes over from minimalSetup's default style (that one is a fallback). */
export const consoleHighlighting = syntaxHighlighting(style);
