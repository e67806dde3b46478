import type { Topic } from '../model.js';

/** A topic as written in workshop.yaml: text, or `{ text, items }`. */
export type TopicFile = string | { text: string; items?: TopicFile[] | undefined };

/** A topic as the model has it: a mapping always has `items`. */
export function resolveTopic(t: TopicFile): Topic {
  return typeof t === 'string' ? t : { text: t.text, items: (t.items ?? []).map(resolveTopic) };
}
