import type { BaseWindow, PrintToPDFOptions, WebContents } from 'electron';
import type { PrintToPdfRequest, SaveFileResult } from '../../shared/ipc/contract';
import { saveWithDialog, type FileDeps } from './files';

const MM_PER_INCH = 25.4;

/**
 * The page box of the renderer's printed report: A4 portrait with the margins of its
 * CSS `@page` rule (18 mm at the top for the running header, 16 mm elsewhere). The
 * CSS is preferred; these say the same for whatever the CSS leaves open.
 */
export const REPORT_PAGE_MARGINS_MM = { top: 18, right: 16, bottom: 16, left: 16 } as const;

/** Electron's options for printing the report: A4, the CSS page box, backgrounds (table shading, chart fills), an outline. */
export function pdfOptions(req: PrintToPdfRequest): PrintToPDFOptions {
  const inches = (mm: number) => mm / MM_PER_INCH;
  const m = REPORT_PAGE_MARGINS_MM;
  return {
    pageSize: 'A4',
    landscape: req.landscape ?? false,
    margins: { top: inches(m.top), right: inches(m.right), bottom: inches(m.bottom), left: inches(m.left) },
    preferCSSPageSize: true,
    printBackground: true,
    generateDocumentOutline: true,
  };
}

/** Only the report view is laid out for paper: printing any other page of the app would be a screen capture. */
export function isPrintablePage(url: string): boolean {
  try {
    return /^#\/report(?:[/?]|$)/.test(new URL(url).hash);
  } catch {
    return false;
  }
}

/**
 * Prints the page that asked (the report view) to an A4 PDF. The page is
 * rendered before the save dialog opens so the PDF shows what the user saw
 * when they chose "print", not whatever the UI does while the dialog is up.
 */
export async function printToPdf(
  deps: FileDeps,
  win: BaseWindow,
  sender: Pick<WebContents, 'printToPDF' | 'getURL'>,
  req: PrintToPdfRequest,
): Promise<SaveFileResult> {
  if (!isPrintablePage(sender.getURL())) throw new Error('print refused: only the report view prints');
  const pdf = await sender.printToPDF(pdfOptions(req));
  const name = /\.pdf$/i.test(req.defaultName) ? req.defaultName : `${req.defaultName}.pdf`;
  return saveWithDialog(deps, win, { title: req.title, defaultName: name, filters: [{ name: 'PDF', extensions: ['pdf'] }] }, pdf);
}
