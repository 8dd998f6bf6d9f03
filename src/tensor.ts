/** A float32 activation with its shape (row-major). bf16 activations hold bf16-representable values. */
export interface Tensor {
  shape: number[];
  data: Float32Array;
}

export function tensor(shape: number[], data?: Float32Array): Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  if (data && data.length !== n) throw new Error(`tensor: data has ${data.length} elements, shape [${shape}] needs ${n}`);
  return { shape, data: data ?? new Float32Array(n) };
}

export function numel(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}
