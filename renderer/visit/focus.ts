import { useEffect, useRef, useState } from 'react';

/** The first question still waiting (or the first field): where the agent's hands go next. */
function firstQuestion(): HTMLInputElement | null {
  return (
    document.querySelector<HTMLInputElement>('.question.waiting input:checked, .question.waiting input') ??
    document.querySelector<HTMLInputElement>('.question input')
  );
}

/**
 * Where the keyboard goes once a question is accepted with Enter: the next
 * open question; with none left, « Tout présenté » while pieces wait; then
 * the receipt. So an agent answers, marks and prints without a Tab.
 */
function nextStep(): HTMLElement | null {
  return (
    document.querySelector<HTMLInputElement>('.question.waiting input:checked, .question.waiting input') ??
    document.querySelector<HTMLElement>('[data-next="all-presented"]:not(:disabled)') ??
    document.querySelector<HTMLElement>('[data-next="receipt"]:not(:disabled)')
  );
}

/**
 * The visit's focus: the heading, and a request to put the focus on the first
 * waiting question, honoured once React has put that question on the page.
 */
export function useVisitFocus() {
  const heading = useRef<HTMLHeadingElement>(null);
  /** What to focus once React has drawn the change that asked it. */
  const [focusAsked, askFocus] = useState<{ where: 'first' | 'next' | 'receipt'; n: number }>({ where: 'first', n: 0 });
  useEffect(() => {
    if (focusAsked.n === 0) return;
    const target =
      focusAsked.where === 'first'
        ? firstQuestion()
        : focusAsked.where === 'next'
          ? nextStep()
          : document.querySelector<HTMLElement>('[data-next="receipt"]:not(:disabled)');
    (target ?? heading.current)?.focus();
  }, [focusAsked]);
  const ask = (where: 'first' | 'next' | 'receipt') => askFocus((f) => ({ where, n: f.n + 1 }));
  return {
    heading,
    focusFirstQuestion: () => ask('first'),
    focusNext: () => ask('next'),
    focusReceipt: () => ask('receipt'),
    focusHeading: () => heading.current?.focus(),
    /** After a tab is removed: the selected tab, else the heading. */
    focusSelectedTab: () =>
      requestAnimationFrame(
        () => document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus() ?? heading.current?.focus(),
      ),
  };
}

export type VisitFocus = ReturnType<typeof useVisitFocus>;
