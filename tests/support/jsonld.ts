/** Every `{ "@id": … }` reference in a JSON-LD graph that no node of the graph defines. */
export function danglingReferences(graph: unknown): string[] {
  const defined = new Set<string>();
  const references: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const node = value as Record<string, unknown>;
    const id = node['@id'];
    if (typeof id === 'string' && Object.keys(node).length === 1) {
      references.push(id);
      return;
    }
    if (typeof id === 'string') defined.add(id);
    Object.values(node).forEach(walk);
  };
  walk((graph as { '@graph'?: unknown })['@graph'] ?? graph);
  return references.filter((id) => !defined.has(id));
}
