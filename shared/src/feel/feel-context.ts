/** Turns answers keyed by dotted names (`premises.area`) into the nested context FEEL paths read. */
export function toFeelContext(answers: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(answers)) {
    const parts = key.split('.');
    let node = root;
    parts.slice(0, -1).forEach((part) => {
      const next = node[part];
      if (next === null || typeof next !== 'object' || Array.isArray(next)) node[part] = {};
      node = node[part] as Record<string, unknown>;
    });
    node[parts[parts.length - 1]!] = value;
  }
  return root;
}
