import type { Page } from 'playwright-core';

/** What a citizen does on the lobby kiosk, by touch. */
export class KioskPage {
  reference: string | null = null;

  constructor(readonly page: Page) {
    // The session's reference is never shown to the citizen; tests read it off the API's answer.
    page.on('response', async (response) => {
      if (response.url().endsWith('/api/startVisit'))
        this.reference = ((await response.json()) as { value: { reference: string } }).value.reference;
    });
  }

  tap(name: string | RegExp): Promise<void> {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' }).tap();
  }

  async typeDate(digits: string, confirm = 'Valider'): Promise<void> {
    const keypad = this.page.getByRole('group', { name: /Clavier|Keypad|لوحة/ });
    for (const digit of digits) await keypad.getByRole('button', { name: digit, exact: true }).tap();
    await this.tap(confirm);
  }

  heading(): Promise<string | null> {
    return this.page.getByRole('heading', { level: 1 }).first().textContent();
  }

  async waitHeading(text: string | RegExp): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: text }).first().waitFor();
  }

  /** Every visible control smaller than 44×44 px (WCAG 2.5.5 for a touch screen). */
  smallTargets(): Promise<string[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary, [role="button"]')]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(
          ({ el, box }) =>
            `${el.tagName.toLowerCase()} "${el.textContent?.trim() ?? ''}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        ),
    );
  }
}
