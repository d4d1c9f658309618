/**
 * QR codes drawn as vector rectangles (one filled path), so they stay sharp at any size
 * and add a few hundred bytes instead of an image.
 */
import QRCode from 'qrcode';
import {
  closePath,
  fill,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFillingRgbColor,
  type PDFPage,
} from 'pdf-lib';

/** Symbols by text: a unit's URL is encoded again for every poster, card and rebuild in a process. */
const symbols = new Map<string, { size: number; data: Uint8Array }>();
const SYMBOLS_KEPT = 1024;

/** Drops the kept symbols, so the next build encodes them like a fresh process (benchmarks). */
export function forgetQrSymbols(): void {
  symbols.clear();
}

/** Modules of the symbol, row-major, true = dark. */
export function qrModules(text: string): { size: number; dark: (row: number, col: number) => boolean } {
  let symbol = symbols.get(text);
  if (symbol === undefined) {
    const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
    symbol = { size, data: Uint8Array.from(data) };
    if (symbols.size >= SYMBOLS_KEPT) symbols.clear();
    symbols.set(text, symbol);
  }
  const { size, data } = symbol;
  return { size, dark: (row, col) => data[row * size + col] === 1 };
}

/**
 * Draw the code with its top-left corner at (x, top) in PDF coordinates (y up), `side`
 * points wide including the 4-module quiet zone, which is painted white.
 */
export function drawQr(page: PDFPage, text: string, x: number, top: number, side: number): void {
  const { size, dark } = qrModules(text);
  const cell = side / (size + 8);
  page.drawRectangle({ x, y: top - side, width: side, height: side, color: rgb(1, 1, 1) });
  const ops = [pushGraphicsState(), setFillingRgbColor(0, 0, 0)];
  const r = (v: number): number => Math.round(v * 1000) / 1000;
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!dark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && dark(row, col)) col++;
      const x0 = r(x + (start + 4) * cell);
      const x1 = r(x + (col + 4) * cell);
      const y0 = r(top - (row + 4) * cell);
      const y1 = r(top - (row + 5) * cell);
      ops.push(moveTo(x0, y0), lineTo(x1, y0), lineTo(x1, y1), lineTo(x0, y1), closePath());
    }
  }
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
}
