/** Exporting the drawing as files: BPMN 2.0 XML, SVG, and PNG (the SVG drawn at 2×, Chinese labels included). */
import type { ProcessModeler } from '../modeler/process-modeler';
import { downloadBlob, processFileName, svgToPng } from '../file/process-file';

/** The three exports of a modeler (each a no-op while no modeler exists). */
export function processExports(modeler: () => ProcessModeler | null, chainCode: () => string) {
  return {
    async exportBpmn(): Promise<void> {
      const m = modeler();
      if (!m) return;
      const { xml } = await m.saveXML({ format: true });
      downloadBlob(processFileName(chainCode(), 'bpmn'), new Blob([xml ?? ''], { type: 'application/xml' }));
    },
    async exportSvg(): Promise<void> {
      const m = modeler();
      if (!m) return;
      const { svg } = await m.saveSVG();
      downloadBlob(processFileName(chainCode(), 'svg'), new Blob([svg], { type: 'image/svg+xml' }));
    },
    async exportPng(): Promise<void> {
      const m = modeler();
      if (!m) return;
      const { svg } = await m.saveSVG();
      downloadBlob(processFileName(chainCode(), 'png'), await svgToPng(svg));
    },
  };
}
