/**
 * How the authoring tools write YAML: no folding of long lines and `[a, b]` lists, the layout the
 * articles are written in, so that a file read and written again is the same byte for byte.
 */
export const yamlWriteOptions = { lineWidth: 0, flowCollectionPadding: false } as const;
