import { parseExpression } from 'feelin';
import type { FeelProblem, FeelSource } from './feel';

export interface FeelAnalysis {
  /** Root variable names the expression reads (`premises` for `premises.area`), in first-use order. */
  names: string[];
  /** Syntax problems; empty when the expression parses. */
  problems: FeelProblem[];
}

/**
 * Parses a FEEL expression once, without evaluating it: its syntax problems and the root names it
 * reads. Callers cache this per expression text and build contexts of these names only (a context of
 * the whole form costs feelin milliseconds per evaluation). Names bound inside the expression
 * (`some x in …`) and built-in function names may be listed too; looking them up finds nothing.
 */
export function analyzeFeel(expression: string, source: FeelSource): FeelAnalysis {
  if (expression.trim() === '') return { names: [], problems: [{ source, expression, kind: 'syntax', message: `${source}: 表达式为空` }] };
  const names: string[] = [];
  let error: number | undefined;
  parseExpression(expression, {}, undefined).iterate({
    enter(node) {
      if (node.type.isError) error ??= node.from;
      else if (node.name === 'VariableName') {
        const name = expression.slice(node.from, node.to);
        if (!names.includes(name)) names.push(name);
      }
    },
  });
  if (error === undefined) return { names, problems: [] };
  const problem: FeelProblem = { source, expression, kind: 'syntax', message: `${source}: 语法错误，位置 ${error}: ${expression}`, position: { from: error, to: error } };
  return { names, problems: [problem] };
}
