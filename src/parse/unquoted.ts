import { isMap, isScalar, Scalar, type Document, type Node as YamlNode, type Pair } from 'yaml';

/**
 * Titles such as `Keynote: AI for HPC` or `Deep Learning, Fast and Slow` written
 * unquoted inside `{ }`: YAML reads the `: ` as a nested mapping and the `, ` as the
 * end of the value. These helpers recognise both and say how to quote the value.
 */

/** The advice, at the value's position: `this title contains ": " inside { }; put it in quotes: title: "Keynote: ..."`. */
export function quoteAdvice(key: string, value: string, separator: ': ' | ', ', inFlow = true): string {
  const quoted = JSON.stringify(value.trim());
  return `this ${key} contains "${separator}"${inFlow ? ' inside { }' : ''}; put it in quotes: ${key}: ${quoted}`;
}

/**
 * For yaml's "Block collections are not allowed within flow collections" (inside
 * `{ }`) or "Nested mappings are not allowed in compact mappings" (a block value) at
 * `from`: the key before the value and the value as written, when the line reads
 * `key: text: more`.
 */
export function colonInValue(text: string, from: number, to: number, code: string): { key: string; value: string; inFlow: boolean } | undefined {
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const before = text.slice(lineStart, from);
  const key = /([A-Za-z_][\w-]*)\s*:\s*$/.exec(before)?.[1];
  if (key === undefined) return undefined;
  const inFlow = code === 'BLOCK_IN_FLOW' && before.includes('{');
  if (!inFlow && code !== 'BLOCK_AS_IMPLICIT_KEY') return undefined;
  const lineEnd = text.indexOf('\n', from);
  const raw = inFlow ? text.slice(from, to) : text.slice(from, lineEnd < 0 ? text.length : lineEnd).replace(/\s#.*$/, '');
  const value = raw.replace(/[\s,}]+$/, '');
  return value.includes(': ') ? { key, value, inFlow } : undefined;
}

/**
 * For a key with no value inside `{ }` that follows plain text (`title: Deep
 * Learning, Fast and Slow`): the key whose value the comma cut, and the whole value as
 * written. Undefined for anything else.
 */
export function commaInFlow(doc: Document, text: string, parentPath: readonly (string | number)[], key: string): { key: string; value: string } | undefined {
  const parent = doc.getIn(parentPath, true) as YamlNode | undefined;
  if (!isMap(parent) || !parent.flow) return undefined;
  const pairs = parent.items as Pair<YamlNode, YamlNode | null>[];
  const at = pairs.findIndex((p) => isScalar(p.key) && String(p.key.value) === key);
  if (at < 1 || pairs[at]!.value !== null) return undefined;
  let k = at - 1;
  while (k >= 0 && pairs[k]!.value === null) k--;
  const before = pairs[k];
  if (!before || !isScalar(before.key) || !isScalar(before.value) || before.value.type !== Scalar.PLAIN || !before.value.range) return undefined;
  let last = at;
  while (last + 1 < pairs.length && pairs[last + 1]!.value === null) last++;
  const end = (pairs[last]!.key as YamlNode).range![1];
  return { key: String(before.key.value), value: text.slice(before.value.range[0], end) };
}
