import { gemm, matmul } from '../layer.js';
import type { Model } from '../model.js';

const HIDDEN = 768;
const HEADS = 12;
const HEAD_SIZE = HIDDEN / HEADS;
const INTERMEDIATE = 3072;

/**
 * One BERT-base encoder block (Hugging Face `BertLayer` module names) for `sequenceLength` tokens per sequence.
 * Projections are GEMMs over all tokens of the batch; the two attention products are batched per head.
 */
export function bertBase(sequenceLength = 128, batch = 1): Model {
  const tokens = batch * sequenceLength;
  const heads = batch * HEADS;
  return {
    name: 'bert_base',
    description: `BERT-base encoder block, sequence length ${sequenceLength}`,
    layers: [
      gemm({ name: 'attention.self.query', M: tokens, N: HIDDEN, K: HIDDEN }),
      gemm({ name: 'attention.self.key', M: tokens, N: HIDDEN, K: HIDDEN }),
      gemm({ name: 'attention.self.value', M: tokens, N: HIDDEN, K: HIDDEN }),
      // Attention scores QKᵀ: (seq × head) · (head × seq) per head.
      matmul({ name: 'attention.self.scores', batch: heads, M: sequenceLength, N: sequenceLength, K: HEAD_SIZE }),
      // Context A·V: (seq × seq) · (seq × head) per head.
      matmul({ name: 'attention.self.context', batch: heads, M: sequenceLength, N: HEAD_SIZE, K: sequenceLength }),
      gemm({ name: 'attention.output.dense', M: tokens, N: HIDDEN, K: HIDDEN }),
      gemm({ name: 'intermediate.dense', M: tokens, N: INTERMEDIATE, K: HIDDEN }),
      gemm({ name: 'output.dense', M: tokens, N: HIDDEN, K: INTERMEDIATE }),
    ],
  };
}
