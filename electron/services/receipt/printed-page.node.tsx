/** @jsxRuntime automatic */
// The frame every printed page shares (receipt, ticket, test page): one
// document with its one style sheet and no script, rendered to static HTML by
// react-dom/server, which escapes every text and attribute it is given.
// (The pragma above: tsx applies the tsconfig's "jsx" only to the files the
// tsconfig lists, and the root one lists none.)
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { PaperId } from '../../common/papers.js';

interface PrintedPageProps {
  title: string;
  /** The page's whole style sheet, printed as is: the app's CSP allows it by its hash. */
  style: string;
  paper: PaperId;
  children: ReactNode;
}

/** React writes no doctype; Chromium needs one to lay the page out in standards mode. */
export const staticHtml = (page: ReactNode): string => `<!doctype html>\n${renderToStaticMarkup(page)}`;

export function PrintedPage({ title, style, paper, children }: PrintedPageProps) {
  return (
    <html lang="fr">
      <head>
        <meta charSet="utf-8" />
        <title>{title}</title>
        <style>{style}</style>
      </head>
      <body className={`paper-${paper}`}>{children}</body>
    </html>
  );
}

/**
 * A QR code's SVG, from the qrcode package: the one markup inserted as is.
 * It holds only the code's modules as paths (the text it encodes is not in
 * it), and it is never built from what a person typed.
 */
export function Qr({ svg, className = 'qr' }: { svg: string; className?: string }) {
  return <div className={className} aria-hidden="true" dangerouslySetInnerHTML={{ __html: svg }} />;
}
