/** True when cost vector a is no worse than b everywhere and better somewhere (minimisation). */
export function dominates(a: readonly number[], b: readonly number[]): boolean {
  let better = false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] > b[i]) return false;
    if (a[i] < b[i]) better = true;
  }
  return better;
}

/** NSGA-II's fast non-dominated sort: fronts of indices, first front first; within a front, increasing index. */
export function nonDominatedSort(costs: readonly (readonly number[])[]): number[][] {
  const n = costs.length;
  const dominatedBy: number[][] = Array.from({ length: n }, () => []);
  const dominationCount = new Array<number>(n).fill(0);
  const fronts: number[][] = [[]];
  for (let p = 0; p < n; p++) {
    for (let q = p + 1; q < n; q++) {
      if (dominates(costs[p], costs[q])) {
        dominatedBy[p].push(q);
        dominationCount[q]++;
      } else if (dominates(costs[q], costs[p])) {
        dominatedBy[q].push(p);
        dominationCount[p]++;
      }
    }
  }
  for (let p = 0; p < n; p++) if (dominationCount[p] === 0) fronts[0].push(p);
  let i = 0;
  while (fronts[i].length > 0) {
    const next: number[] = [];
    for (const p of fronts[i]) {
      for (const q of dominatedBy[p]) {
        dominationCount[q]--;
        if (dominationCount[q] === 0) next.push(q);
      }
    }
    next.sort((a, b) => a - b);
    fronts.push(next);
    i++;
  }
  fronts.pop();
  return fronts;
}

/** NSGA-II crowding distance of each member of one front (same order as `front`); boundary points get Infinity. */
export function crowdingDistance(costs: readonly (readonly number[])[], front: readonly number[]): number[] {
  const distance = new Array<number>(front.length).fill(0);
  if (front.length === 0) return distance;
  const objectives = costs[front[0]].length;
  for (let m = 0; m < objectives; m++) {
    const order = front.map((_, i) => i).sort((a, b) => costs[front[a]][m] - costs[front[b]][m] || a - b);
    const min = costs[front[order[0]]][m];
    const max = costs[front[order[order.length - 1]]][m];
    distance[order[0]] = Infinity;
    distance[order[order.length - 1]] = Infinity;
    if (max === min) continue;
    for (let k = 1; k < order.length - 1; k++) {
      distance[order[k]] += (costs[front[order[k + 1]]][m] - costs[front[order[k - 1]]][m]) / (max - min);
    }
  }
  return distance;
}

/**
 * NSGA-II's total order: by front, then by decreasing crowding distance, ties by index (so the order is
 * deterministic). Returns indices, best first.
 */
export function nsgaOrder(costs: readonly (readonly number[])[]): number[] {
  const order: number[] = [];
  for (const front of nonDominatedSort(costs)) {
    const distance = crowdingDistance(costs, front);
    const ranked = front.map((index, i) => ({ index, d: distance[i] }));
    ranked.sort((a, b) => (b.d === a.d ? a.index - b.index : b.d > a.d ? 1 : -1));
    for (const r of ranked) order.push(r.index);
  }
  return order;
}
