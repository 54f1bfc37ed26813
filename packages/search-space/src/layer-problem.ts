import { isDepthwise, outputHeight, outputWidth, type ConvLayer, type Layer } from '@gamma-ts/model-zoo';
import type { Problem } from './problem.js';

/**
 * The loop nest a mapping addresses for one model layer.
 *
 * - Convolution: K, C, R, S as they are; Y/X are the *tight* padded input, `Y = strideY·(Y' − 1) + R`, so MAESTRO
 *   sees no trailing row that no output uses (MAESTRO versions disagree on such rows).
 * - Depthwise (groups = C = K): DSCONV with K = 1.
 * - Grouped convolution (including depthwise with a channel multiplier, K = m·C): one group's CONV, K/g and C/g,
 *   repeated g times.
 * - Dilation > 1: MAESTRO has no dilation, so R/S stay the kernel size and Y'/X' stay the real output size. The
 *   MAC count is exact; the input halo is that of an undilated kernel (slightly smaller than the real one).
 * - The batch multiplies `repeat`.
 * - GEMM (M×K)·(K×N): CONV with K = N, C = K, Y = M, X = R = S = 1 (GAMMA's convention); a batched matmul is the
 *   same with `repeat` = batch.
 */
export function problemFromLayer(layer: Layer): Problem {
  switch (layer.op) {
    case 'conv':
      return convProblem(layer);
    case 'gemm':
      return gemmProblem(layer.name, layer.M, layer.N, layer.K, 1);
    case 'matmul':
      return gemmProblem(layer.name, layer.M, layer.N, layer.K, layer.batch);
  }
}

function convProblem(layer: ConvLayer): Problem {
  const outRows = outputHeight(layer);
  const outCols = outputWidth(layer);
  const R = layer.kernelHeight;
  const S = layer.kernelWidth;
  const shape = {
    name: layer.name,
    Y: layer.strideY * (outRows - 1) + R,
    X: layer.strideX * (outCols - 1) + S,
    R,
    S,
    strideY: layer.strideY,
    strideX: layer.strideX,
  };
  if (isDepthwise(layer)) {
    return { op: 'DSCONV', K: 1, C: layer.inChannels, repeat: layer.batch, ...shape };
  }
  const g = layer.groups;
  return { op: 'CONV', K: layer.outChannels / g, C: layer.inChannels / g, repeat: layer.batch * g, ...shape };
}

function gemmProblem(name: string, M: number, N: number, K: number, repeat: number): Problem {
  return { op: 'CONV', name, K: N, C: K, Y: M, X: 1, R: 1, S: 1, strideY: 1, strideX: 1, repeat };
}
