/**
 * BPMN files in and out of the process designer. Import: the file's bytes go through parseBpmn (decoded
 * by their declared encoding; refusals with a message naming the cause), a file without any diagram is
 * refused (it would open as a blank canvas), and the modeler gets the document as bpmn-moddle writes it
 * (planes repaired by parseBpmn included). Export: what the modeler saves, as .bpmn, .svg or .png.
 */
import { parseBpmn, serializeBpmn, type DiagramChoice, type ParseWarning } from '@yilian/shared';

export type ReadBpmnResult =
  | { ok: true; xml: string; diagrams: DiagramChoice[]; warnings: ParseWarning[] }
  | { ok: false; message: string };

/** Reads an uploaded BPMN file for the modeler, or says why it cannot be opened. */
export async function readBpmnFile(bytes: Uint8Array, noDiagramMessage: string): Promise<ReadBpmnResult> {
  const parsed = await parseBpmn(bytes);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  if (parsed.diagrams.length === 0) return { ok: false, message: noDiagramMessage };
  return { ok: true, xml: await serializeBpmn(parsed.definitions), diagrams: parsed.diagrams, warnings: parsed.warnings };
}

/** A file name from the chain code: `YL-370800-CY-001-process.bpmn`. */
export function processFileName(chainCode: string, extension: 'bpmn' | 'svg' | 'png'): string {
  const base = chainCode.replace(/[^\w.-]+/g, '_') || 'process';
  return `${base}-process.${extension}`;
}

/** Saves a blob as a file (the designer-wide helper). */
export { downloadBlob } from '../../kernel/download';

/** The SVG's size in CSS pixels (its width/height, else its viewBox). */
export function svgSize(svg: string): { width: number; height: number } {
  const number = (name: string) => Number(new RegExp(`<svg[^>]*\\s${name}="([\\d.]+)`).exec(svg)?.[1] ?? NaN);
  const viewBox = /<svg[^>]*\sviewBox="[-\d.]+\s+[-\d.]+\s+([\d.]+)\s+([\d.]+)"/.exec(svg);
  const width = number('width') || Number(viewBox?.[1] ?? 0);
  const height = number('height') || Number(viewBox?.[2] ?? 0);
  return { width: Math.max(1, Math.ceil(width)), height: Math.max(1, Math.ceil(height)) };
}

/**
 * Rasterises an exported SVG on a white canvas at `scale` (2 = sharp on high-density screens). The SVG's
 * texts name CJK font families first (DIAGRAM_FONT_FAMILY), so Chinese labels render with the system's
 * CJK face; the browser waits for its fonts before drawing.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  await document.fonts?.ready;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('svg image failed to load'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas 2d context unavailable');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('png encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
