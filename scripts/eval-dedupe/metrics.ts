export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 of `predicted` against `truth`; both are sets of pair keys. */
export function score(predicted: Set<string>, truth: Set<string>): Score {
  let truePositives = 0;
  for (const pair of predicted) if (truth.has(pair)) truePositives++;
  const falsePositives = predicted.size - truePositives;
  const falseNegatives = truth.size - truePositives;
  const precision = predicted.size === 0 ? 0 : truePositives / predicted.size;
  const recall = truth.size === 0 ? 0 : truePositives / truth.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

export function without(pairs: Set<string>, excluded: Set<string>): Set<string> {
  return new Set([...pairs].filter((p) => !excluded.has(p)));
}

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Per-record (B-cubed) precision and recall: every record's predicted group (the records linked to
 * it by predicted pairs, through any chain) against its true group, averaged over all records. A
 * pair count weighs big groups quadratically; this weighs each record once, as a user meets them.
 */
export function bcubed(ids: readonly string[], predicted: Iterable<string>, truth: Iterable<string>): BCubed {
  const predictedGroups = groupsOf(ids, predicted);
  const trueGroups = groupsOf(ids, truth);
  let precision = 0;
  let recall = 0;
  for (const id of ids) {
    const mine = predictedGroups.get(id)!;
    const real = trueGroups.get(id)!;
    let both = 0;
    for (const other of mine) if (real.has(other)) both++;
    precision += both / mine.size;
    recall += both / real.size;
  }
  const n = Math.max(ids.length, 1);
  const p = precision / n;
  const r = recall / n;
  return { precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Each record's group: itself and every record joined to it by pairs (union-find). */
function groupsOf(ids: readonly string[], pairs: Iterable<string>): Map<string, Set<string>> {
  const parent = new Map(ids.map((id) => [id, id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  for (const pair of pairs) {
    const [a, b] = pair.split('|');
    if (parent.has(a) && parent.has(b)) parent.set(root(a), root(b));
  }
  const members = new Map<string, Set<string>>();
  for (const id of ids) {
    const r = root(id);
    if (!members.has(r)) members.set(r, new Set());
    members.get(r)!.add(id);
  }
  return new Map(ids.map((id) => [id, members.get(root(id))!]));
}
