/**
 * Domain messages as codes: shared code answers `{ code, params }`, each app renders it in its
 * language (zh-CN strings that responses already carried are kept beside them).
 */

/** A parameter of a coded message: text, a number, or a list (rendered by the app, e.g. joined). */
export type MessageParam = string | number | string[];

/** A message as a stable code and its parameters, e.g. `{ code: 'chain_empty', params: {} }`. */
export interface CodedMessage {
  code: string;
  params: Record<string, MessageParam>;
}

/** Builds a coded message. */
export const coded = (code: string, params: Record<string, MessageParam> = {}): CodedMessage => ({ code, params });
