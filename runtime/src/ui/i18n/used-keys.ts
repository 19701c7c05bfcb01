/** Message keys used literally in source text: in calls of t(), $t(), i18n.global.t() and in titleKey values. */
export function usedMessageKeys(source: string): string[] {
  const keys = new Set<string>();
  const patterns = [/\bt\(\s*'([A-Za-z][\w.-]*)'/g, /\bt\(\s*"([A-Za-z][\w.-]*)"/g, /Key:\s*'([A-Za-z][\w-]*\.[\w.-]+)'/g];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) {
      if (match[1]) keys.add(match[1]);
    }
  }
  return [...keys];
}
