import type { Page } from 'playwright-core';

/**
 * Text at 200 % (WCAG 1.4.4), as a browser's text-only zoom does: the root
 * font size doubles. Returns what overflows: the page sideways, or a button
 * whose text no longer fits.
 */
export async function overflowAtDoubleText(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    document.documentElement.style.fontSize = '200%';
    await new Promise(requestAnimationFrame);
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth)
      problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    for (const button of document.querySelectorAll<HTMLElement>('button')) {
      if (button.getClientRects().length === 0) continue;
      if (button.scrollWidth > button.clientWidth + 1 || button.scrollHeight > button.clientHeight + 1)
        problems.push(`button clipped: "${button.textContent?.trim()}"`);
    }
    document.documentElement.style.fontSize = '';
    return problems;
  });
}
