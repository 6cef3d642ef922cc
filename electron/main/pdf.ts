import type { BaseWindow, WebContents } from 'electron';
import type { PrintToPdfRequest, SaveFileResult } from '../../shared/ipc/contract';
import { saveWithDialog, type FileDeps } from './files';

/**
 * Prints the page that asked (the report view) to an A4 PDF. The page is
 * rendered before the save dialog opens so the PDF shows what the user saw
 * when they chose "print", not whatever the UI does while the dialog is up.
 */
export async function printToPdf(
  deps: FileDeps,
  win: BaseWindow,
  sender: Pick<WebContents, 'printToPDF'>,
  req: PrintToPdfRequest,
): Promise<SaveFileResult> {
  const pdf = await sender.printToPDF({
    pageSize: 'A4',
    printBackground: true,
    landscape: req.landscape ?? false,
    generateDocumentOutline: true,
  });
  const name = /\.pdf$/i.test(req.defaultName) ? req.defaultName : `${req.defaultName}.pdf`;
  return saveWithDialog(deps, win, { title: req.title, defaultName: name, filters: [{ name: 'PDF', extensions: ['pdf'] }] }, pdf);
}
