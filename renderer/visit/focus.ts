import { useEffect, useRef, useState } from 'react';

/** The first question still waiting (or the first field): where the agent's hands go next. */
function firstQuestion(): HTMLInputElement | null {
  return (
    document.querySelector<HTMLInputElement>('.question.waiting input:checked, .question.waiting input') ??
    document.querySelector<HTMLInputElement>('.question input')
  );
}

/**
 * The visit's focus: the heading, and a request to put the focus on the first
 * waiting question, honoured once React has put that question on the page.
 */
export function useVisitFocus() {
  const heading = useRef<HTMLHeadingElement>(null);
  const [focusAsked, askFocus] = useState(0);
  useEffect(() => {
    if (focusAsked > 0) (firstQuestion() ?? heading.current)?.focus();
  }, [focusAsked]);
  return {
    heading,
    focusFirstQuestion: () => askFocus((n) => n + 1),
    focusHeading: () => heading.current?.focus(),
    /** After a tab is removed: the selected tab, else the heading. */
    focusSelectedTab: () =>
      requestAnimationFrame(
        () => document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus() ?? heading.current?.focus(),
      ),
  };
}

export type VisitFocus = ReturnType<typeof useVisitFocus>;
