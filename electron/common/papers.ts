// The paper a receipt or ticket is printed on, said once: the settings'
// choice, the contract's enum, Chromium's and Electron's page size and
// CUPS's media all read this table, so a new paper is one entry here, its
// label in the station catalog and its body style in the template.

/** The papers in the order the settings offer them. */
export const PAPER_IDS = ['80mm', 'a4'] as const;
export type PaperId = (typeof PAPER_IDS)[number];

interface PaperSize {
  /** The printable width, in millimetres. */
  widthMm: number;
  /** A sheet's fixed height; null for a roll, cut as long as the page Chromium measured. */
  heightMm: number | null;
  /**
   * The size Chromium and Electron know by name (their own rounding of a
   * sheet); null: the page is given in millimetres.
   */
  named: 'A4' | null;
  /** CUPS's media for a sheet; a roll is a custom media of its width and measured height. */
  cupsMedia: string | null;
}

export const PAPERS: Readonly<Record<PaperId, PaperSize>> = {
  '80mm': { widthMm: 80, heightMm: null, named: null, cupsMedia: null },
  a4: { widthMm: 210, heightMm: 297, named: 'A4', cupsMedia: 'A4' },
};

/** Room under the measured content, so a rounding in Chromium never moves the last line onto a second page. */
const ROLL_SLACK_MM = 2;

/** The page's height: a sheet's own, or for a roll the content's measured height (mm, rounded up) and a little slack. */
export function pageHeightMm(paper: PaperId, contentMm: number): number {
  return PAPERS[paper].heightMm ?? Math.ceil(contentMm) + ROLL_SLACK_MM;
}

/** CUPS's `media=` for a page of this paper and height: a sheet by name, a roll cut at the page's height. */
export function cupsMedia(paper: PaperId, heightMm: number): string {
  const size = PAPERS[paper];
  return size.cupsMedia ?? `Custom.${size.widthMm}x${Math.ceil(heightMm)}mm`;
}
