/**
 * The verification code as a QR code: its modules as a square of booleans (true is dark), drawn as
 * vector squares by the HTML and PDF renderers, so it prints sharp at any size. Error correction
 * level M (15 %) survives a fold or a stain on paper and keeps the code small enough for the printed
 * size. The code's text is ASCII by its format (`report-code.ts`), one byte per character.
 */
import qrcode from 'qrcode-generator';

/** The quiet zone around the code, in modules, that scanners need (ISO/IEC 18004). */
export const QR_QUIET_ZONE = 4;

export function qrModules(payload: string): boolean[][] {
  const code = qrcode(0, 'M');
  code.addData(payload, 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_unused, column) => code.isDark(row, column)),
  );
}
