// Drives the station with the keyboard as a new agent would, from « Commencer
// une visite » to the saved PDF, and counts every input: each key press
// (Tab, Shift+Tab, an arrow, Space, Enter, each typed character) and each
// click counts one. The agent reads the screen and takes the shortest way
// there: Tab or Shift+Tab, whichever reaches the control in fewer presses;
// an answer is taken with Enter (a date typed as its 8 digits, an answer
// chosen with the arrows), which on the station moves the focus on.
import type { Locator, Page } from 'playwright-core';

/** A worked dossier's facts (`tests/rules/examples/*.json`), as the contract gives them. */
export type Facts = Record<string, unknown>;

/** One answer per question key, as the station names its questions (`currentPassport.status`). */
function flatten(facts: Facts, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(facts)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of flatten(value as Facts, `${key}.`)) out.set(k, v);
    else out.set(prefix + key, value);
  }
  return out;
}

export class InputCounter {
  count = 0;
  constructor(readonly page: Page) {}

  async press(key: string): Promise<void> {
    this.count += 1;
    await this.page.keyboard.press(key);
  }

  /** Each character typed is one input. */
  async type(text: string): Promise<void> {
    for (const c of text) await this.press(c);
  }

  /**
   * Moves the focus to the first element matching `selector` by Tab or
   * Shift+Tab, whichever the page's focus order makes shorter (radio groups
   * are one stop: their checked button, else their first).
   */
  async tabTo(selector: string, lost = false): Promise<void> {
    const plan = await this.page.evaluate((target) => {
      const scope: ParentNode = document.querySelector('dialog[open]') ?? document;
      const stops: Element[] = [];
      const groups = new Set<string>();
      for (const el of scope.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')) {
        if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.getClientRects().length === 0) continue;
        if (el instanceof HTMLInputElement && el.type === 'radio') {
          if (groups.has(el.name)) continue;
          groups.add(el.name);
          const checked = scope.querySelector<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]:checked`);
          stops.push(checked ?? el);
        } else stops.push(el);
      }
      const goal = scope.querySelector(target);
      const inGroup = (el: Element | null) => (el instanceof HTMLInputElement && el.type === 'radio' ? el.name : null);
      const at = (el: Element | null) => stops.findIndex((s) => s === el || (inGroup(el) !== null && inGroup(s) === inGroup(el)));
      const from = at(document.activeElement);
      const to = at(goal);
      if (to < 0) return { error: `no focus stop for ${target}` };
      if (from === to) return { forward: 0, backward: 0 };
      const n = stops.length;
      if (from < 0) return { lost: true as const };
      return { forward: (to - from + n) % n, backward: (from - to + n) % n };
    }, selector);
    if ('error' in plan) throw new Error(plan.error);
    if ('lost' in plan) {
      // The focus is nowhere (its control was disabled or removed): the agent presses Tab to see where it lands, then goes on.
      if (lost) throw new Error(`Tab lands nowhere on the way to ${selector}`);
      await this.press('Tab');
      return this.tabTo(selector, true);
    }
    const key = plan.forward <= plan.backward ? 'Tab' : 'Shift+Tab';
    for (let i = 0; i < Math.min(plan.forward, plan.backward); i++) await this.press(key);
    const reached = () =>
      this.page.evaluate((target) => {
        const a = document.activeElement;
        const goal = document.querySelector(target);
        return (
          a === goal || (a instanceof HTMLInputElement && goal instanceof HTMLInputElement && a.type === 'radio' && a.name === goal.name)
        );
      }, selector);
    // The page's own order may differ from the one read above (a browser stop): the agent keeps pressing, and each press counts.
    for (let extra = 0; !(await reached()); extra++) {
      if (extra === 10) throw new Error(`the focus did not reach ${selector}`);
      await this.press(key);
    }
  }

  /** As `tabTo`, to the control a locator names. */
  async tabToLocator(locator: Locator): Promise<void> {
    await locator.evaluate((el) => el.setAttribute('data-input-target', ''));
    await this.tabTo('[data-input-target]');
    await locator.evaluate((el) => el.removeAttribute('data-input-target'));
  }
}

/** The date as the agent types it: its 8 digits, the screen adds the slashes. */
const digits = (iso: string) => `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(0, 4)}`;

/** Answers the question `key` from the focus where it is. */
async function answer(agent: InputCounter, key: string, value: unknown): Promise<void> {
  const page = agent.page;
  const q = `.question[data-question="${key}"]`;
  if (key === 'titles') {
    const titles = value as string[];
    for (const [i, title] of titles.entries()) {
      await agent.tabTo(`${q} .option:nth-child(${title === 'cni' ? 1 : 2}) input`);
      // Enter on the last title ticks it and moves on; Space ticks one and stays.
      await agent.press(i === titles.length - 1 ? 'Enter' : 'Space');
    }
    return;
  }
  if (await page.locator(`${q} input[type="text"]`).count()) {
    await agent.tabTo(`${q} input[type="text"]`);
    await agent.type(digits(value as string));
    await agent.press('Enter');
    return;
  }
  const radios = page.locator(`${q} input[type="radio"]`);
  const values = await radios.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const target = values.indexOf(String(value));
  if (target < 0) throw new Error(`${key}: no answer ${String(value)} among ${values.join(', ')}`);
  await agent.tabTo(`${q} input[type="radio"]`);
  const checked = await radios.evaluateAll((els) => els.findIndex((e) => (e as HTMLInputElement).checked));
  // Tab enters an unanswered group on its first answer, Shift+Tab on its last: the arrows go on from there.
  const focusedAt = await radios.evaluateAll((els) => els.indexOf(document.activeElement as HTMLInputElement));
  const steps = target - (checked < 0 ? focusedAt : checked);
  for (let i = 0; i < Math.abs(steps); i++) await agent.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
  // Enter takes the answer under the focus and moves on to the next open question.
  await agent.press('Enter');
}

/**
 * From the home screen to the saved receipt for one person: « Commencer une
 * visite », every question the station asks answered from `facts`, every piece
 * presented, the receipt saved as a PDF. Returns the inputs counted and the PDF's bytes.
 */
export async function walkToPdf(
  page: Page,
  facts: Facts,
): Promise<{ inputs: number; pdf: Buffer; opening: { focused: string; primary: string[] } }> {
  const agent = new InputCounter(page);
  const answers = flatten(facts);
  const start = page.getByRole('button', { name: 'Commencer une visite' });
  await start.waitFor();
  // Each screen puts the focus where the agent starts from once it is drawn, a task after it shows: count from there.
  await page.waitForFunction(() => document.activeElement?.matches('.home h1') === true);
  await agent.tabToLocator(start);
  await agent.press('Enter');
  await page.getByRole('tabpanel').waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('.question[data-question="titles"]') != null);
  await answer(agent, 'titles', answers.get('titles'));
  await page.locator('.question.waiting').first().waitFor();
  for (let asked = 0; asked < 40; asked++) {
    const waiting = page.locator('.question.waiting').first();
    if (!(await waiting.count())) break;
    const key = (await waiting.getAttribute('data-question'))!;
    if (!answers.has(key)) {
      const shown = await page
        .locator('.question')
        .evaluateAll((qs) =>
          qs.map(
            (q) =>
              `${q.getAttribute('data-question')}=${(q.querySelector('input:checked, input[type="text"]') as HTMLInputElement | null)?.value}`,
          ),
        );
      throw new Error(`the dossier gives no answer to ${key} (on screen: ${shown.join(' ')})`);
    }
    await answer(agent, key, answers.get(key));
    await page.locator(`.question[data-question="${CSS_ESCAPE(key)}"]:not(.waiting)`).waitFor();
  }
  await page.getByText('Toutes les réponses utiles sont données.').waitFor();
  await agent.tabToLocator(page.getByRole('button', { name: 'Tout présenté' }));
  await agent.press('Enter');
  await page.getByText('Toutes les pièces à apporter sont présentées.').waitFor();
  await agent.tabToLocator(page.getByRole('button', { name: 'Reçu : aperçu, impression ou PDF' }));
  await agent.press('Enter');
  const dialog = page.locator('dialog[open]');
  const save = dialog.getByRole('button', { name: 'Enregistrer en PDF' });
  await save.waitFor();
  // What the agent meets as the dialog opens: which button has the focus, which is the primary one.
  const opening = {
    focused: await page.evaluate(() => document.activeElement?.textContent ?? ''),
    primary: await dialog.locator('.actions button.primary').allTextContents(),
  };
  await agent.tabToLocator(save);
  const downloaded = page.waitForEvent('download');
  await agent.press('Enter');
  const download = await downloaded;
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  return { inputs: agent.count, pdf: readFileSync(path), opening };
}

const CSS_ESCAPE = (s: string) => s.replace(/"/g, '\\"');
