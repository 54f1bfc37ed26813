/** One spatial axis of a sliding-window operator (pooling or convolution). */
export interface WindowAxis {
  /** Input size along the axis, elements (before padding). */
  readonly size: number;
  readonly kernel: number;
  readonly stride: number;
  /** Padding before the first element. */
  readonly padBegin: number;
  /** Padding after the last element. */
  readonly padEnd: number;
  readonly dilation?: number;
  /** Round the window count up instead of down (PyTorch / ONNX `ceil_mode`). */
  readonly ceilMode?: boolean;
}

/**
 * Output size of a sliding window along one axis. With `ceilMode`, a last window that would start inside the
 * trailing padding is dropped, as PyTorch and ONNX do, so ceil mode never produces a window of padding only.
 */
export function windowOutputSize(axis: WindowAxis): number {
  const extent = (axis.dilation ?? 1) * (axis.kernel - 1) + 1;
  const span = axis.size + axis.padBegin + axis.padEnd - extent;
  if (span < 0) return 0;
  if (!axis.ceilMode) return Math.floor(span / axis.stride) + 1;
  let out = Math.ceil(span / axis.stride) + 1;
  if ((out - 1) * axis.stride >= axis.size + axis.padBegin) out -= 1;
  return out;
}
