/**
 * Text in a slot of fixed height (a line or two, set by the sheet with `--lines`): what does not
 * fit is cut off, and a "more" button opens the whole text over what is above the slot, without
 * moving anything (the slot keeps its height). New text (`textKey` changes) starts closed again.
 *
 * The whole text stays in the element (only its box is clamped), so a live region still reads
 * all of it.
 */
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type HTMLAttributes,
  type ReactNode,
} from 'react';

interface BoundedTextProps extends HTMLAttributes<HTMLParagraphElement> {
  /** Changes when the text does: the text then starts closed. */
  readonly textKey: string;
  /** For the button: "Show more of the status line". */
  readonly what: string;
  /** Classes of the slot (the text keeps `className`). */
  readonly slotClassName: string;
  readonly children: ReactNode;
}

export function BoundedText({
  textKey,
  what,
  slotClassName,
  className = '',
  children,
  ...textProps
}: BoundedTextProps) {
  const text = useRef<HTMLParagraphElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [overflows, setOverflows] = useState(false);
  const [shownKey, setShownKey] = useState(textKey);
  if (shownKey !== textKey) {
    setShownKey(textKey);
    setExpanded(false);
  }

  // Whether the closed text is cut off: after each change of text, and when the slot's width
  // changes (a resize can make it fit, or not).
  const measure = () => {
    const el = text.current;
    if (!el || el.classList.contains('expanded')) return;
    setOverflows(el.scrollHeight > el.clientHeight + 1);
  };
  useLayoutEffect(measure, [textKey, expanded]);
  useEffect(() => {
    const el = text.current;
    if (!el) return;
    const observer = new ResizeObserver(() => measure());
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const id = `bounded-${slotClassName.split(' ')[0]}`;
  return (
    <div className={`bounded ${slotClassName}`}>
      <p
        {...textProps}
        id={id}
        ref={text}
        className={`bounded-text ${className}${expanded ? ' expanded' : ''}${overflows ? ' cut' : ''}`}
      >
        {children}
      </p>
      {(overflows || expanded) && (
        <button
          type="button"
          className="more-button"
          aria-expanded={expanded}
          aria-controls={id}
          aria-label={expanded ? `Show less of the ${what}` : `Show more of the ${what}`}
          onClick={() => setExpanded(!expanded)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && expanded) {
              e.preventDefault();
              setExpanded(false);
            }
          }}
        >
          {expanded ? 'less' : 'more'}
        </button>
      )}
    </div>
  );
}
