import type { Page } from 'playwright-core';

/** The answer to a question key (`currentCni.status`) in a request's answers, if it holds one. */
const answerIn = (answers: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], answers);

/** What an agent does on the station, by what is written on the screen. */
export class StationPage {
  constructor(readonly page: Page) {}

  /** Starts a visit: it opens on its first applicant, whose first question is the titles. */
  async startVisit(): Promise<string> {
    await this.page.getByRole('button', { name: 'Commencer une visite' }).click();
    const reference = this.page.locator('[data-reference]');
    await reference.waitFor();
    await this.page.getByRole('tabpanel').waitFor();
    return (await reference.getAttribute('data-reference'))!;
  }

  /** The applicant tabs of the visit. */
  tabs() {
    return this.page.getByRole('tablist', { name: 'Demandeurs de la visite' }).getByRole('tab');
  }

  /**
   * An applicant requesting `titles`: the visit's first applicant while its
   * titles are not answered yet, otherwise a new one ("Ajouter un demandeur").
   */
  async addApplicant(titles: ('cni' | 'passport')[]): Promise<void> {
    let group = this.page.getByRole('tabpanel').getByRole('group', { name: 'Titres demandés', exact: true });
    const untouched = !(await group.getByRole('checkbox', { checked: true }).count());
    if (!untouched) {
      const before = await this.tabs().count();
      await this.page.getByRole('button', { name: 'Ajouter un demandeur' }).click();
      await this.tabs().nth(before).waitFor();
      await this.page.getByRole('tab', { selected: true }).and(this.tabs().nth(before)).waitFor();
      group = this.page.getByRole('tabpanel').getByRole('group', { name: 'Titres demandés', exact: true });
    }
    for (const title of titles) await group.getByRole('checkbox', { name: title === 'cni' ? 'Carte d’identité' : 'Passeport' }).check();
  }

  async answerDate(label: string, frenchDate: string): Promise<void> {
    const input = this.page.getByLabel(label);
    await input.fill(frenchDate);
    await input.press('Enter');
  }

  async choose(question: string, answer: string): Promise<void> {
    await this.page.getByRole('group', { name: question, exact: true }).getByRole('radio', { name: answer, exact: true }).check();
  }

  async mark(piece: string, status: 'Présentée' | 'Manquante' | 'À vérifier'): Promise<void> {
    await this.page.locator(`[data-piece="${piece}"]`).getByRole('radio', { name: status, exact: true }).check();
  }

  async pieceIds(): Promise<string[]> {
    return this.page.locator('[data-piece]').evaluateAll((items) => items.map((i) => i.getAttribute('data-piece')!));
  }

  async waitComplete(): Promise<void> {
    await this.page.getByText('Toutes les réponses utiles sont données.').waitFor();
  }

  async selectApplicant(name: RegExp): Promise<void> {
    await this.tabs().filter({ hasText: name }).click();
  }

  /** The summary's text as a person reads it, no-break spaces read as spaces. */
  async summaryText(): Promise<string> {
    return ((await this.page.locator('.summary').textContent()) ?? '').replace(/\s+/g, ' ');
  }

  /**
   * Answers the questions the engine asks, in its order, from `answers`
   * (question key → the date typed or the answer's label), each one stored
   * before the next; a question without an answer there fails the test by its key.
   */
  async answerAll(answers: Record<string, string>): Promise<void> {
    for (let asked = 0; asked < 40; asked++) {
      const waiting = this.page.locator('.question.waiting').first();
      if (!(await waiting.count())) return;
      const key = (await waiting.getAttribute('data-question'))!;
      const answer = answers[key];
      if (answer === undefined) throw new Error(`no answer given for the question ${key}`);
      // The next question shows before the answer is stored: wait for its save too, so a caller reading the
      // store or the receipt reads every answer. The saves go in order; the first to hold `key` is this one.
      const stored = this.page.waitForResponse(
        (r) =>
          r.url().endsWith('/api/saveAnswers') &&
          answerIn((r.request().postDataJSON() as { answers?: unknown }).answers, key) !== undefined,
      );
      const date = waiting.locator('input[type="text"]');
      if (await date.count()) {
        await date.fill(answer);
        await date.press('Enter');
      } else {
        await waiting.getByRole('radio', { name: answer, exact: true }).check();
      }
      await stored;
      await this.page.locator(`.question[data-question="${key}"]:not(.waiting)`).waitFor();
    }
    throw new Error('the questions never ended');
  }
}
