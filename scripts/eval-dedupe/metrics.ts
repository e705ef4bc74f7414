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
