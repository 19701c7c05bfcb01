import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aMatter, code } from '../../catalog/test-support';
import type { ChainRecipe, Matter } from '../../catalog';
import { lintProcess } from '../lint';
import { is, many, one, text, type ModdleElement } from '../moddle-types';
import { parseBpmn } from '../parse-bpmn';
import { DEMO_CHAINS, SEED_DEPARTMENT_CODES, type DemoChain } from '../process-fixtures.test-support';
import { yilianAttributes } from '../yilian-extension';
import { generateProcess, type GenerateProcessInput } from './generate-process';

const departmentCodeOf = (name: string): string | undefined => SEED_DEPARTMENT_CODES[name];

/** The generated process, read back: elements by id, tasks by matter, and graph helpers. */
interface Generated {
  xml: string;
  warnings: string[];
  process: ModdleElement;
  definitions: ModdleElement;
  byId: Map<string, ModdleElement>;
  taskOf: (matterCode: string) => ModdleElement;
  /** True when `to` can be reached from `from` along sequence flows. */
  reaches: (from: ModdleElement, to: ModdleElement) => boolean;
  /** The condition on the flow into a node (or into its join). */
  conditionInto: (node: ModdleElement) => string | undefined;
}

async function generate(input: GenerateProcessInput): Promise<Generated> {
  const result = await generateProcess(input);
  if (!result.ok) throw new Error(result.error.message);
  const parsed = await parseBpmn(result.xml);
  if (!parsed.ok) throw new Error(parsed.message);
  const process = many(parsed.definitions, 'rootElements').find((e) => is(e, 'bpmn:Process'))!;
  const byId = new Map(many(process, 'flowElements').map((e) => [e.id!, e]));
  const targets = (node: ModdleElement) => many(node, 'outgoing').map((f) => one(f, 'targetRef')!);
  const reaches = (from: ModdleElement, to: ModdleElement): boolean => {
    const seen = new Set<ModdleElement>();
    const stack = targets(from);
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next === to) return true;
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(...targets(next));
      }
    }
    return false;
  };
  const taskOf = (matterCode: string) => {
    const found = [...byId.values()].filter((e) => is(e, 'bpmn:UserTask') && yilianAttributes(e).matter === matterCode);
    if (found.length !== 1) throw new Error(`${found.length} tasks for ${matterCode}`);
    return found[0]!;
  };
  const conditionInto = (node: ModdleElement): string | undefined => {
    let flow = many(node, 'incoming')[0];
    const source = flow ? one(flow, 'sourceRef') : undefined;
    // through a join: the condition sits on the join's incoming flows
    if (source && is(source, 'bpmn:Gateway') && many(source, 'incoming').length > 1) flow = many(source, 'incoming')[0];
    const expression = flow ? one(flow, 'conditionExpression') : undefined;
    return expression ? text(expression, 'body') : undefined;
  };
  return { xml: result.xml, warnings: result.warnings, process, definitions: parsed.definitions, byId, taskOf, reaches, conditionInto };
}

const demoInput = (chain: DemoChain): GenerateProcessInput => ({ recipe: chain.recipe, matters: chain.matters, departmentCodeOf });

interface Rect {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Shapes and edge waypoints of the generated diagram. */
function drawing(definitions: ModdleElement): { shapes: Rect[]; edges: Array<{ id: string; source: string; target: string; points: Array<{ x: number; y: number }> }> } {
  const plane = one(many(definitions, 'diagrams')[0]!, 'plane')!;
  const shapes: Rect[] = [];
  const edges: Array<{ id: string; source: string; target: string; points: Array<{ x: number; y: number }> }> = [];
  for (const di of many(plane, 'planeElement')) {
    const element = one(di, 'bpmnElement')!;
    if (is(di, 'bpmndi:BPMNShape')) {
      const b = one(di, 'bounds')!;
      shapes.push({ id: element.id!, x: b.get('x') as number, y: b.get('y') as number, width: b.get('width') as number, height: b.get('height') as number });
    } else {
      edges.push({
        id: element.id!,
        source: one(element, 'sourceRef')!.id!,
        target: one(element, 'targetRef')!.id!,
        points: many(di, 'waypoint').map((p) => ({ x: p.get('x') as number, y: p.get('y') as number })),
      });
    }
  }
  return { shapes, edges };
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** True when an axis-parallel segment passes through the inside of a shape. */
function crosses(p: { x: number; y: number }, q: { x: number; y: number }, r: Rect): boolean {
  const [x1, x2] = [Math.min(p.x, q.x), Math.max(p.x, q.x)];
  const [y1, y2] = [Math.min(p.y, q.y), Math.max(p.y, q.y)];
  return x1 < r.x + r.width - 1 && x2 > r.x + 1 && y1 < r.y + r.height - 1 && y2 > r.y + 1;
}

/** Every layout property the issue asks for, as a list of violations (empty = fine). */
function layoutViolations(definitions: ModdleElement, byId: Map<string, ModdleElement>): string[] {
  const { shapes, edges } = drawing(definitions);
  const out: string[] = [];
  if (shapes.length !== [...byId.values()].filter((e) => is(e, 'bpmn:FlowNode')).length) out.push('a flow node without a shape');
  if (edges.length !== [...byId.values()].filter((e) => is(e, 'bpmn:SequenceFlow')).length) out.push('a flow without an edge');
  shapes.forEach((a, i) => shapes.slice(i + 1).forEach((b) => overlaps(a, b) && out.push(`${a.id} overlaps ${b.id}`)));
  for (const edge of edges) {
    edge.points.slice(1).forEach((q, i) => {
      const p = edge.points[i]!;
      if (q.x < p.x) out.push(`${edge.id} runs right to left`);
      if (p.x !== q.x && p.y !== q.y) out.push(`${edge.id} has a diagonal segment`);
      for (const shape of shapes) if (shape.id !== edge.source && shape.id !== edge.target && crosses(p, q, shape)) out.push(`${edge.id} crosses ${shape.id}`);
    });
  }
  return out;
}

describe('generateProcess on the demo chains', () => {
  it.each(Object.entries(DEMO_CHAINS))('%s: one user task per matter with its department, role and promised days', async (_, chain) => {
    // when
    const generated = await generate(demoInput(chain));

    // then
    for (const matterCode of chain.recipe.matters) {
      const matter = chain.matters.find((m) => m.code === matterCode)!;
      expect(yilianAttributes(generated.taskOf(matterCode))).toEqual({
        matter: matterCode,
        department: SEED_DEPARTMENT_CODES[matter.department],
        role: 'reviewer',
        timeLimit: String(matter.promisedLimitDays),
      });
    }
    const tasks = [...generated.byId.values()].filter((e) => is(e, 'bpmn:UserTask'));
    expect(tasks).toHaveLength(chain.recipe.matters.length + 2);
    const accept = tasks.find((t) => yilianAttributes(t).step === 'accept')!;
    const feedback = tasks.find((t) => yilianAttributes(t).step === 'feedback')!;
    expect(yilianAttributes(accept)).toEqual({ step: 'accept', role: 'window-clerk' });
    expect(yilianAttributes(feedback)).toEqual({ step: 'feedback', role: 'window-clerk' });
    for (const matterCode of chain.recipe.matters) {
      expect(generated.reaches(accept, generated.taskOf(matterCode))).toBe(true);
      expect(generated.reaches(generated.taskOf(matterCode), feedback)).toBe(true);
    }
    expect(generated.warnings).toEqual([]);
  });

  it.each(Object.entries(DEMO_CHAINS))('%s: passes every lint rule (no errors, no warnings)', async (_, chain) => {
    // given
    const { xml } = await generate(demoInput(chain));

    // when
    const issues = await lintProcess(xml, { knownKeys: chain.knownKeys });

    // then
    expect(issues).toEqual([]);
  });

  it.each(Object.entries(DEMO_CHAINS))('%s: laid out left to right without overlaps, every gateway named, none both joining and forking', async (_, chain) => {
    // when
    const generated = await generate(demoInput(chain));

    // then
    expect(layoutViolations(generated.definitions, generated.byId)).toEqual([]);
    for (const gateway of [...generated.byId.values()].filter((e) => is(e, 'bpmn:Gateway'))) {
      expect(gateway.name?.trim()).toBeTruthy();
      expect(many(gateway, 'incoming').length > 1 && many(gateway, 'outgoing').length > 1).toBe(false);
    }
  });

  it('restaurant: 企业设立登记 first, then the four licences in parallel; 消防 and 烟草 only in their situations', async () => {
    // given
    const chain = DEMO_CHAINS.restaurant;

    // when
    const g = await generate(demoInput(chain));

    // then
    const registration = g.taskOf('000131127004');
    const licences = ['000131024000', '000116601000', '000125049000', '000162004000'].map(g.taskOf);
    for (const licence of licences) {
      expect(g.reaches(registration, licence)).toBe(true);
      expect(g.reaches(licence, registration)).toBe(false);
      for (const other of licences) expect(g.reaches(licence, other)).toBe(false);
    }
    expect(licences.map(g.conditionInto)).toEqual(['true', 'true', 'premises.area >= 300', 'sellsTobacco = true']);
    const split = one(many(licences[0]!, 'incoming')[0]!, 'sourceRef')!;
    expect(split.$type).toBe('bpmn:InclusiveGateway');
    const join = one(many(licences[0]!, 'outgoing')[0]!, 'targetRef')!;
    expect(join.$type).toBe('bpmn:InclusiveGateway');
    expect(many(join, 'incoming')).toHaveLength(4);
  });

  it('newborn: 出生医学证明 ∥ 预防接种证; 出生登记 after 出生医学证明 only; then 医保 ∥ 社保卡 ∥ 生育保险', async () => {
    // when
    const g = await generate(demoInput(DEMO_CHAINS.newborn));

    // then
    const [certificate, vaccination, registration, medical, card, maternity] = [
      '000129601000', '000129602000', '000111602000', '000178602000', '000120602000', '000178603000',
    ].map(g.taskOf) as [ModdleElement, ModdleElement, ModdleElement, ModdleElement, ModdleElement, ModdleElement];
    expect(g.reaches(certificate, vaccination) || g.reaches(vaccination, certificate)).toBe(false);
    expect(g.reaches(certificate, registration)).toBe(true);
    // each matter starts as soon as its own prerequisites finish, not when its stage does
    expect(g.reaches(vaccination, registration)).toBe(false);
    for (const after of [medical, card, maternity]) {
      expect(g.reaches(registration, after)).toBe(true);
      for (const other of [medical, card, maternity]) expect(g.reaches(after, other)).toBe(false);
    }
    expect([vaccination, medical, card, maternity].map(g.conditionInto)).toEqual(['needsVaccinationCert = true', 'true', 'true', 'motherInsured = true']);
  });

  it('company: 企业设立登记, then six registrations in parallel, 发票 and 银行 only when asked for', async () => {
    // when
    const g = await generate(demoInput(DEMO_CHAINS.company));

    // then
    const registration = g.taskOf('000131127004');
    const rest = ['000111601000', '000132601000', '000120601000', '000178601000', '000116602000', '000150601000'];
    for (const matterCode of rest) expect(g.reaches(registration, g.taskOf(matterCode))).toBe(true);
    expect(rest.map((c) => g.conditionInto(g.taskOf(c)))).toEqual(['true', 'needsInvoice = true', 'true', 'true', 'true', 'wantsBankAppointment = true']);
  });

  it('generates the same XML for the same chain', async () => {
    // when
    const first = await generateProcess(demoInput(DEMO_CHAINS.newborn));
    const second = await generateProcess(demoInput(DEMO_CHAINS.newborn));

    // then
    expect(first).toEqual(second);
  });
});

describe('generateProcess on other chains', () => {
  const recipe = (matters: readonly Matter[], extra: Partial<ChainRecipe> = {}): GenerateProcessInput['recipe'] => ({
    code: 'YL-TEST-001',
    name: '测试链条',
    matters: matters.map((m) => m.code),
    ...extra,
  });

  it('leaves the department empty when its name has no code, warns, and lint flags the task', async () => {
    // given
    const matters = [aMatter(code(1), { department: '不存在的局' })];

    // when
    const result = await generateProcess({ recipe: recipe(matters), matters, departmentCodeOf });
    if (!result.ok) throw new Error(result.error.message);
    const issues = await lintProcess(result.xml);

    // then
    expect(result.warnings).toEqual([`事项「事项 ${code(1)}」的实施部门「不存在的局」没有对应的部门编码，审批部门留空，请在流程中指定`]);
    expect(issues.map((i) => [i.rule, i.elementId])).toEqual([['yilian/user-task-assignee', `Task_${code(1)}`]]);
  });

  it('refuses a dependency cycle and a matter missing from the catalog', async () => {
    // given
    const a = aMatter(code(1), { dependsOn: [code(2)] });
    const b = aMatter(code(2), { dependsOn: [code(1)] });

    // when
    const cycle = await generateProcess({ recipe: recipe([a, b]), matters: [a, b], departmentCodeOf });
    const missing = await generateProcess({ recipe: recipe([a, b]), matters: [a], departmentCodeOf });

    // then
    expect(cycle).toMatchObject({ ok: false, error: { kind: 'cycle', cycle: [code(1), code(2), code(1)] } });
    expect(missing).toMatchObject({ ok: false, error: { kind: 'unknown_matter', codes: [code(2)] } });
  });

  it('puts a conditional matter that others need between an exclusive decision and a merge, so they still run', async () => {
    // given A → B (only if big) → C
    const [a, b, c] = [aMatter(code(1)), aMatter(code(2), { dependsOn: [code(1)] }), aMatter(code(3), { dependsOn: [code(2)] })];
    const input = { recipe: recipe([a, b, c], { applicability: { [code(2)]: 'premises.area >= 300' } }), matters: [a, b, c], departmentCodeOf: () => 'xzsp' };

    // when
    const g = await generate(input);

    // then
    const decision = one(many(g.taskOf(code(2)), 'incoming')[0]!, 'sourceRef')!;
    expect(decision.$type).toBe('bpmn:ExclusiveGateway');
    const skip = one(decision, 'default')!;
    expect(one(skip, 'targetRef')).toBe(one(many(g.taskOf(code(2)), 'outgoing')[0]!, 'targetRef'));
    expect(g.reaches(decision, g.taskOf(code(3)))).toBe(true);
    expect(g.conditionInto(g.taskOf(code(2)))).toBe('premises.area >= 300');
    expect(await lintProcess(g.xml, { knownKeys: ['premises.area'] })).toEqual([]);
    expect(layoutViolations(g.definitions, g.byId)).toEqual([]);
  });

  it('keeps the chain moving when every successor of a matter is conditional, and handles a matterless chain', async () => {
    // given A → B (only if flag)
    const [a, b] = [aMatter(code(1)), aMatter(code(2), { dependsOn: [code(1)] })];
    const input = { recipe: recipe([a, b], { applicability: { [code(2)]: 'flag = true' } }), matters: [a, b], departmentCodeOf: () => 'xzsp' };

    // when
    const g = await generate(input);
    const empty = await generateProcess({ recipe: { ...recipe([]), matters: [] }, matters: [], departmentCodeOf });

    // then
    const split = one(many(g.taskOf(code(1)), 'outgoing')[0]!, 'targetRef')!;
    expect(split.$type).toBe('bpmn:InclusiveGateway');
    expect(many(split, 'outgoing').map((f) => text(one(f, 'conditionExpression')!, 'body'))).toEqual(['flag = true', 'true']);
    expect(await lintProcess(g.xml, { knownKeys: ['flag'] })).toEqual([]);
    if (!empty.ok) throw new Error(empty.error.message);
    expect(await lintProcess(empty.xml)).toEqual([]);
  });

  it('any acyclic chain with conditional matters: one task per matter, dependencies kept, lint-clean, readable layout', async () => {
    const chains = fc
      .integer({ min: 1, max: 8 })
      .chain((n) =>
        fc.record({
          n: fc.constant(n),
          edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 2 }),
          conditional: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
          days: fc.array(fc.nat(20), { minLength: n, maxLength: n }),
        }),
      );
    await fc.assert(
      fc.asyncProperty(chains, async ({ n, edges, conditional, days }) => {
        // given matters whose prerequisites come earlier in chain order (acyclic)
        const matters = Array.from({ length: n }, (_, i) =>
          aMatter(code(i + 1), {
            promisedLimitDays: days[i]!,
            dependsOn: [...new Set(edges.filter(([x, y]) => Math.max(x, y) === i && x !== y).map(([x, y]) => code(Math.min(x, y) + 1)))],
          }),
        );
        const applicability = Object.fromEntries(matters.filter((_, i) => conditional[i]).map((m, i) => [m.code, `flag${i} = true`]));
        const knownKeys = matters.map((_, i) => `flag${i}`);

        // when
        const g = await generate({ recipe: recipe(matters, { applicability }), matters, departmentCodeOf: () => 'xzsp' });

        // then
        for (const matter of matters) for (const p of matter.dependsOn) expect(g.reaches(g.taskOf(p), g.taskOf(matter.code))).toBe(true);
        expect(await lintProcess(g.xml, { knownKeys })).toEqual([]);
        expect(layoutViolations(g.definitions, g.byId)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
