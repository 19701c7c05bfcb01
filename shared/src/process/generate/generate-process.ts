/**
 * Generates the chain's BPMN process from its recipe and matters (pure; no DOM): 受理 → one user task
 * per matter → 统一反馈 → end, laid out left to right (see process-graph.ts and layered-layout.ts).
 */
import type { ChainRecipe, Matter } from '../../catalog';
import { dependencyGraph, findCycle, type CycleError } from '../../chain';
import { bpmnModdle, serializeBpmn } from '../bpmn-moddle';
import { buildDefinitions, SHAPE_SIZE } from './build-definitions';
import { layeredLayout } from './layered-layout';
import { buildProcessGraph } from './process-graph';

export interface GenerateProcessInput {
  /** The chain recipe: code, name, matter codes in chain order, applicability and chain-level ordering. */
  recipe: Pick<ChainRecipe, 'code' | 'name' | 'matters' | 'applicability' | 'dependsOn'>;
  /** Catalog matters; at least every matter the recipe names. */
  matters: readonly Matter[];
  /**
   * The department code (`scjg`) for a matter's department name (`市场监督管理局`); undefined when
   * unknown, which leaves the task's yilian:department empty for lint to flag.
   */
  departmentCodeOf?: (departmentName: string) => string | undefined;
}

/** A matter named by the recipe but missing from the given matters. */
export interface UnknownMatterError {
  kind: 'unknown_matter';
  codes: string[];
  message: string;
}

export type GenerateProcessResult =
  | { ok: true; xml: string; warnings: string[] }
  | { ok: false; error: CycleError | UnknownMatterError };

/** The generated process as BPMN 2.0 XML with diagram interchange, or why it cannot be generated. */
export async function generateProcess(input: GenerateProcessInput): Promise<GenerateProcessResult> {
  if (new Set(input.recipe.matters).size !== input.recipe.matters.length) {
    throw new Error(`generateProcess: a matter appears twice in chain ${input.recipe.code}`);
  }
  const byCode = new Map(input.matters.map((m) => [m.code, m]));
  const missing = input.recipe.matters.filter((code) => !byCode.has(code));
  if (missing.length > 0) {
    return { ok: false, error: { kind: 'unknown_matter', codes: missing, message: `目录中找不到事项：${missing.join('、')}` } };
  }
  const matters = input.recipe.matters.map((code) => byCode.get(code)!);
  const graph = dependencyGraph(matters, input.recipe.dependsOn);
  const cycle = findCycle(graph);
  if (cycle) return { ok: false, error: cycle };

  const warnings: string[] = [];
  const departmentOf = (matter: Matter): string | undefined => {
    const code = input.departmentCodeOf?.(matter.department)?.trim();
    if (code) return code;
    warnings.push(`事项「${matter.name}」的实施部门「${matter.department}」没有对应的部门编码，审批部门留空，请在流程中指定`);
    return undefined;
  };
  const processGraph = buildProcessGraph({ matters, graph, applicability: input.recipe.applicability ?? {}, departmentOf });
  const layout = layeredLayout(
    processGraph.nodes.map((node) => ({ id: node.id, ...SHAPE_SIZE[node.kind] })),
    processGraph.flows.map((flow) => ({ id: flow.id, source: flow.source, target: flow.target, labelled: flow.name !== undefined })),
  );
  const definitions = buildDefinitions(bpmnModdle(), input.recipe, processGraph, layout);
  return { ok: true, xml: await serializeBpmn(definitions), warnings };
}
