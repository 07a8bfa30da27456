import type { Page } from 'playwright-core';

/** Where the keyboard focus is: the control's own name and the legend of its group, as a person reads them. */
function focused(page: Page): Promise<{ label: string; group: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    const label = el?.labels?.[0]?.textContent ?? el?.closest('label')?.textContent ?? el?.textContent ?? '';
    // No-break spaces (French typography) read as spaces, as a person reads them.
    const text = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() ?? null;
    return { label: text(label)!, group: text(el?.closest('fieldset')?.querySelector('legend')?.textContent) };
  });
}

/** Presses Tab until the focus is on the control named `label` (in the group `group`), as an agent would. */
export async function tabTo(page: Page, target: { label?: string; group?: string }, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    const now = await focused(page);
    if ((target.label === undefined || now.label === target.label) && (target.group === undefined || now.group === target.group)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)}`);
}
