import { describe, expect, it } from 'vitest';
import { MAX_BPMN_BYTES, decodeBpmn } from './decode-bpmn';
import { many, one } from './moddle-types';
import { parseBpmn } from './parse-bpmn';
import { bpmnDocument, utf8Bytes } from './process-fixtures.test-support';

const TASK = '<bpmn:userTask id="Task_1" name="受理" />';

/** A document with two diagrams: one per process, plus a sub-process drill-down plane. */
const TWO_DIAGRAMS = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" id="Definitions_1" targetNamespace="x">
  <bpmn:process id="Process_a" name="甲"><bpmn:subProcess id="Sub_1" /></bpmn:process>
  <bpmn:process id="Process_b" name="乙" />
  <bpmndi:BPMNDiagram id="Diagram_a" name="甲图"><bpmndi:BPMNPlane id="Plane_a" bpmnElement="Process_a" /></bpmndi:BPMNDiagram>
  <bpmndi:BPMNDiagram id="Diagram_sub"><bpmndi:BPMNPlane id="Plane_sub" bpmnElement="Sub_1" /></bpmndi:BPMNDiagram>
  <bpmndi:BPMNDiagram id="Diagram_b"><bpmndi:BPMNPlane id="Plane_b" bpmnElement="Process_b" /></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

describe('parseBpmn refuses what it cannot import faithfully', () => {
  it('refuses files over 5 MiB as too_large, text or bytes', async () => {
    // given a document padded with a comment past the limit
    const xml = bpmnDocument(TASK).replace('<bpmn:process', `<!-- ${'x'.repeat(MAX_BPMN_BYTES)} --><bpmn:process`);
    const bytes = new Uint8Array(MAX_BPMN_BYTES + 1);

    // when
    const fromText = await parseBpmn(xml);
    const fromBytes = await parseBpmn(bytes);

    // then
    expect(fromText).toMatchObject({ ok: false, reason: 'too_large' });
    expect(fromBytes).toMatchObject({ ok: false, reason: 'too_large' });
  });

  it('counts the limit in UTF-8 bytes', async () => {
    // given fewer characters than the limit that take more bytes (3 per CJK character)
    const xml = bpmnDocument(`<bpmn:userTask id="Task_1" name="${'受'.repeat(MAX_BPMN_BYTES / 3 + 1)}" />`);

    // when
    const result = await parseBpmn(xml);

    // then
    expect(xml.length).toBeLessThan(MAX_BPMN_BYTES);
    expect(result).toMatchObject({ ok: false, reason: 'too_large' });
  });

  it('refuses a DOCTYPE or an entity declaration before parsing', async () => {
    // given an external entity (XXE) and a bare DOCTYPE
    const xxe = bpmnDocument(TASK).replace('<bpmn:definitions', '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><bpmn:definitions');
    const doctype = bpmnDocument(TASK).replace('<bpmn:definitions', '<!doctype bpmn:definitions><bpmn:definitions');

    // when / then
    expect(await parseBpmn(xxe)).toMatchObject({ ok: false, reason: 'forbidden_dtd' });
    expect(await parseBpmn(doctype)).toMatchObject({ ok: false, reason: 'forbidden_dtd' });
  });

  it('refuses malformed XML with the position', async () => {
    // given an unclosed element and plain text
    const unclosed = bpmnDocument('<bpmn:userTask id="Task_1">');

    // when
    const result = await parseBpmn(unclosed);

    // then
    expect(result).toMatchObject({ ok: false, reason: 'malformed_xml' });
    if (result.ok) return;
    expect(result.message).toMatch(/XML 格式错误（第 \d+ 行第 \d+ 列）/);
    expect(await parseBpmn('not xml at all')).toMatchObject({ ok: false, reason: 'malformed_xml' });
    expect(await parseBpmn('')).toMatchObject({ ok: false, reason: 'malformed_xml' });
  });

  it('refuses XML that is not a BPMN 2.0 definitions document', async () => {
    // when
    const result = await parseBpmn('<?xml version="1.0"?><definitions xmlns="urn:other" />');

    // then
    expect(result).toMatchObject({ ok: false, reason: 'not_bpmn' });
  });

  it('refuses IDs that are not XML IDs, naming every one', async () => {
    // given a leading digit and a space (moddle would drop these elements silently)
    const xml = bpmnDocument('<bpmn:userTask id="1_accept" /><bpmn:userTask id="task two" /><bpmn:userTask id="ok" />');

    // when
    const result = await parseBpmn(xml);

    // then
    expect(result).toMatchObject({ ok: false, reason: 'invalid_ids', ids: ['1_accept', 'task two'] });
    if (result.ok) return;
    expect(result.message).toContain('「1_accept」');
    expect(result.message).toContain('「task two」');
  });

  it('refuses duplicate IDs, naming them', async () => {
    // when
    const result = await parseBpmn(bpmnDocument('<bpmn:userTask id="Task_1" /><bpmn:userTask id="Task_1" />'));

    // then
    expect(result).toMatchObject({ ok: false, reason: 'duplicate_ids', ids: ['Task_1'] });
  });

  it('refuses content moddle cannot read (it would vanish on export), naming it', async () => {
    // given an unknown BPMN element and body text where none belongs
    const unknown = bpmnDocument('<bpmn:frobnicate id="F_1" />');
    const text = bpmnDocument('stray text');

    // when
    const first = await parseBpmn(unknown);
    const second = await parseBpmn(text);

    // then
    expect(first).toMatchObject({ ok: false, reason: 'unparsable_content' });
    if (!first.ok) expect(first.message).toContain('<bpmn:frobnicate>');
    expect(second).toMatchObject({ ok: false, reason: 'unparsable_content' });
  });

  it('refuses an undeclared encoding and bytes invalid in the declared one', async () => {
    // given
    const klingon = utf8Bytes(bpmnDocument(TASK).replace('UTF-8', 'x-klingon'));
    const latin1InUtf8 = Uint8Array.from([...utf8Bytes(bpmnDocument('<bpmn:userTask id="T" name="')), 0xe9, ...utf8Bytes('" /></bpmn:process></bpmn:definitions>')]);

    // when / then
    expect(await parseBpmn(klingon)).toMatchObject({ ok: false, reason: 'unsupported_encoding' });
    expect(decodeBpmn(latin1InUtf8)).toMatchObject({ ok: false, reason: 'malformed_xml' });
  });
});

describe('parseBpmn imports files from other modelers', () => {
  it('decodes uploads by their declared encoding (ISO-8859-1)', async () => {
    // given Latin-1 bytes for "Prüfung"
    const xml = bpmnDocument('<bpmn:userTask id="Task_1" name="Pr\u00fcfung" />').replace('UTF-8', 'ISO-8859-1');
    const bytes = Uint8Array.from([...xml].map((c) => c.charCodeAt(0)));

    // when
    const result = await parseBpmn(bytes);

    // then
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const task = many(many(result.definitions, 'rootElements')[0]!, 'flowElements')[0]!;
    expect(task.name).toBe('Prüfung');
    expect(result.warnings).toEqual([]);
  });

  it('warns when text declaring another encoding was read as UTF-8', async () => {
    // when
    const result = await parseBpmn(bpmnDocument(TASK).replace('UTF-8', 'ISO-8859-1'));

    // then
    expect(result).toMatchObject({ ok: true, warnings: [{ code: 'encoding' }] });
  });

  it('accepts documentation with foreign markup, warning that the markup is dropped', async () => {
    // given XHTML inside documentation (Signavio, Trisotech)
    const xml = bpmnDocument('<bpmn:userTask id="Task_1"><bpmn:documentation>见 <b xmlns="http://www.w3.org/1999/xhtml">附件</b></bpmn:documentation></bpmn:userTask>');

    // when
    const result = await parseBpmn(xml);

    // then
    expect(result).toMatchObject({ ok: true, warnings: [{ code: 'documentation_dropped' }] });
    if (result.ok) expect(result.warnings[0]!.message).toContain('<b>');
  });

  it('keeps foreign extension elements and attributes', async () => {
    // given another modeler's extensions
    const xml = bpmnDocument(
      '<bpmn:userTask id="Task_1" camunda:assignee="demo"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="x">1</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:userTask>',
    ).replace('xmlns:yilian=', 'xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:yilian=');

    // when
    const result = await parseBpmn(xml);

    // then
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });

  it('warns about references to missing elements', async () => {
    // when
    const result = await parseBpmn(bpmnDocument(`${TASK}<bpmn:sequenceFlow id="Flow_1" sourceRef="Task_1" targetRef="Nowhere" />`));

    // then
    expect(result).toMatchObject({ ok: true, warnings: [{ code: 'unresolved_reference', elementId: 'Flow_1' }] });
  });

  it('lists the diagrams showing a process or collaboration, not sub-process drill-downs', async () => {
    // when
    const result = await parseBpmn(TWO_DIAGRAMS);

    // then
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.diagrams).toEqual([
      { id: 'Diagram_a', name: '甲图', elementId: 'Process_a', elementType: 'bpmn:Process' },
      { id: 'Diagram_b', name: '乙', elementId: 'Process_b', elementType: 'bpmn:Process' },
    ]);
  });

  it('aims a plane pointing at the definitions (or at nothing) at the first process, with a warning', async () => {
    // given planes bpmn-js would refuse or guess
    const atDefinitions = TWO_DIAGRAMS.replace('bpmnElement="Process_a"', 'bpmnElement="Definitions_1"');
    const atNothing = TWO_DIAGRAMS.replace(' bpmnElement="Process_b"', '');

    // when
    const first = await parseBpmn(atDefinitions);
    const second = await parseBpmn(atNothing);

    // then
    expect(first).toMatchObject({ ok: true, warnings: [{ code: 'plane_repaired', elementId: 'Diagram_a' }] });
    expect(second).toMatchObject({ ok: true, warnings: [{ code: 'plane_repaired', elementId: 'Diagram_b' }] });
    if (!first.ok || !second.ok) return;
    const planeOf = (definitions: typeof first.definitions, id: string) =>
      one(one(many(definitions, 'diagrams').find((d) => d.id === id)!, 'plane')!, 'bpmnElement')?.id;
    expect(planeOf(first.definitions, 'Diagram_a')).toBe('Process_a');
    expect(planeOf(second.definitions, 'Diagram_b')).toBe('Process_a');
    expect(first.diagrams.map((d) => d.elementId)).toEqual(['Process_a', 'Process_b']);
  });
});
