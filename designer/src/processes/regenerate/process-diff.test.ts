import { beforeAll, describe, expect, it } from 'vitest';
import { createBpmnModdle, generateProcess, parseCatalog, type ChainRecipe, type Matter, type ModdleElement } from '@yilian/shared';
import { restaurantCatalog } from '@yilian/shared/testing';
import { diffProcesses } from './process-diff';

const DEPARTMENTS: Record<string, string> = { 市场监督管理局: 'scjg', 综合行政执法局: 'zhzf', 消防救援大队: 'xf', 烟草专卖局: 'yc', 行政审批服务局: 'xzsp' };

let recipe: ChainRecipe;
let matters: Matter[];

async function generated(codes: readonly string[]): Promise<string> {
  const result = await generateProcess({ recipe: { ...recipe, matters: [...codes], dependsOn: {} }, matters, departmentCodeOf: (name) => DEPARTMENTS[name] });
  if (!result.ok) throw new Error(result.error.message);
  return result.xml;
}

const read = async (xml: string): Promise<ModdleElement> => (await createBpmnModdle().fromXML(xml, 'bpmn:Definitions')).rootElement;

beforeAll(() => {
  const parsed = parseCatalog(restaurantCatalog);
  if (!parsed.ok) throw new Error('fixture');
  recipe = parsed.value.chains![0]!;
  matters = parsed.value.matters;
});

describe('regenerate diff', () => {
  it('finds nothing to change between a generated process and itself', async () => {
    // given the restaurant chain's generated process
    const xml = await generated(recipe.matters);
    // when compared with a fresh generation
    const diff = diffProcesses(await read(xml), await read(xml));
    // then it is the same, every task kept
    expect(diff.same).toBe(true);
    expect(diff.tasks.kept).toBe(recipe.matters.length + 2);
  });

  it('lists tasks added and removed by matter, and gateways by id', async () => {
    // given a drawing made from the chain without its last matter
    const all = recipe.matters;
    const dropped = all.at(-1)!;
    const current = await read(await generated(all.slice(0, -1)));
    // when the chain (with the matter again) is regenerated
    const diff = diffProcesses(current, await read(await generated(all)));
    // then the matter's task is added, nothing removed
    expect(diff.tasks.added.map((t) => t.matter)).toEqual([dropped]);
    expect(diff.tasks.removed).toEqual([]);
    expect(diff.same).toBe(false);
    // and the other way round it is removed
    const back = diffProcesses(await read(await generated(all)), current);
    expect(back.tasks.removed.map((t) => t.matter)).toEqual([dropped]);
  });

  it('names what changed on a kept task: name, department, time limit', async () => {
    // given a drawing whose first matter task the author renamed and reassigned
    const xml = await generated(recipe.matters);
    const current = await read(xml);
    const task = (function find(container: ModdleElement): ModdleElement {
      const elements = container.get('flowElements') as ModdleElement[];
      return elements.find((e) => e.$type === 'bpmn:UserTask' && e.get('yilian:matter') === recipe.matters[0])!;
    })((current.get('rootElements') as ModdleElement[])[0]!);
    const originalName = task.name;
    task.set('name', '食品经营许可（改）');
    task.set('yilian:department', 'wj');
    task.set('yilian:timeLimit', '99');
    // when compared with the generated process
    const diff = diffProcesses(current, await read(xml));
    // then the task is listed as changed with each property's before and after
    expect(diff.tasks.changed).toHaveLength(1);
    expect(diff.tasks.changed[0]!.changes.map((c) => [c.property, c.before, c.after])).toEqual([
      ['name', '食品经营许可（改）', originalName],
      ['department', 'wj', expect.any(String)],
      ['timeLimit', '99', expect.any(String)],
    ]);
  });

  it('lists drawn tasks and gateways without a generated counterpart as removed', async () => {
    // given a drawing with an extra hand-drawn task and gateway
    const xml = await generated(recipe.matters);
    const extra = xml.replace(
      '</bpmn:process>',
      '<bpmn:userTask id="Task_extra" name="现场核查" yilian:role="reviewer" /><bpmn:parallelGateway id="Gateway_drawn" /></bpmn:process>',
    );
    // when regenerated
    const diff = diffProcesses(await read(extra), await read(xml));
    // then both would be removed
    expect(diff.tasks.removed).toEqual([{ key: 'id:Task_extra', id: 'Task_extra', name: '现场核查' }]);
    expect(diff.gateways.removed).toEqual([{ id: 'Gateway_drawn', name: '', type: 'bpmn:ParallelGateway' }]);
  });
});
