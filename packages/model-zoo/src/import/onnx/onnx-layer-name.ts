/**
 * A layer name from an ONNX node name. PyTorch exports name nodes by module scope, e.g.
 * `/layer2/layer2.0/downsample/downsample.0/Conv`; each scope segment repeats its parent's dotted prefix for
 * container children, so the module path is rebuilt by letting a segment that extends the previous one replace
 * it: `layer2.0.downsample.0`. A trailing segment that is just the operator type is dropped; any other trailing
 * segment (a second `Conv_1` in one module) is kept so names stay distinct.
 */
export function onnxLayerName(nodeName: string, opType: string): string {
  if (!nodeName.startsWith('/')) return nodeName;
  const segments = nodeName.split('/').filter((s) => s !== '');
  if (segments.length === 0) return nodeName;
  const last = segments[segments.length - 1];
  const scope = last === opType ? segments.slice(0, -1) : segments;
  if (scope.length === 0) return last;
  const path: string[] = [];
  for (const segment of scope) {
    const previous = path[path.length - 1];
    if (previous !== undefined && segment.startsWith(`${previous}.`)) path[path.length - 1] = segment;
    else path.push(segment);
  }
  return path.join('.');
}
