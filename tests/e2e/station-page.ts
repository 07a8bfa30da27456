import type { Page } from 'playwright-core';

/** What an agent does on the station, by what is written on the screen. */
export class StationPage {
  constructor(readonly page: Page) {}

  async startVisit(): Promise<string> {
    await this.page.getByRole('button', { name: 'Commencer une visite' }).click();
    const reference = this.page.locator('[data-reference]');
    await reference.waitFor();
    return (await reference.getAttribute('data-reference'))!;
  }

  /** Adds an applicant requesting `titles` (the new-applicant checkboxes start on the CNI alone). */
  async addApplicant(titles: ('cni' | 'passport')[]): Promise<void> {
    const group = this.page.getByRole('group', { name: 'Nouveau demandeur : titres' });
    const passport = group.getByRole('checkbox', { name: 'Passeport' });
    const cni = group.getByRole('checkbox', { name: "Carte d'identité" });
    if (titles.includes('passport') !== (await passport.isChecked())) await passport.click();
    if (titles.includes('cni') !== (await cni.isChecked())) await cni.click();
    const before = await this.page.getByRole('navigation', { name: 'Demandeurs de la visite' }).getByRole('listitem').count();
    await this.page.getByRole('button', { name: 'Ajouter un demandeur' }).click();
    await this.page.getByRole('navigation', { name: 'Demandeurs de la visite' }).getByRole('listitem').nth(before).waitFor();
  }

  async answerDate(label: string, frenchDate: string): Promise<void> {
    const input = this.page.getByLabel(label);
    await input.fill(frenchDate);
    await input.press('Enter');
  }

  async choose(question: string, answer: string): Promise<void> {
    await this.page.getByRole('group', { name: question, exact: true }).getByRole('radio', { name: answer, exact: true }).check();
  }

  async mark(piece: string, status: 'Présentée' | 'Manquante' | 'Non vérifiée'): Promise<void> {
    await this.page.locator(`[data-piece="${piece}"]`).getByRole('radio', { name: status, exact: true }).check();
  }

  async pieceIds(): Promise<string[]> {
    return this.page.locator('[data-piece]').evaluateAll((items) => items.map((i) => i.getAttribute('data-piece')!));
  }

  async waitComplete(): Promise<void> {
    await this.page.getByText('Toutes les réponses utiles sont données.').waitFor();
  }

  async selectApplicant(name: RegExp): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Demandeurs de la visite' }).getByRole('button', { name }).click();
  }
}
