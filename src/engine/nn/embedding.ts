// Embedding: a learnable table of numEmbeddings vectors; forward looks rows up by integer index.
import { Tensor } from '../tensor';
import type { Rng } from '../random';
import { index } from '../ops/select';
import { formatShape } from '../shape';
import { Module, Parameter } from './module';

export class Embedding extends Module {
  /** [numEmbeddings, embeddingDim], initialised N(0, 1) as in PyTorch. */
  weight: Parameter;

  constructor(readonly numEmbeddings: number, readonly embeddingDim: number, rng: Rng) {
    super();
    if (!Number.isInteger(numEmbeddings) || numEmbeddings < 1 || !Number.isInteger(embeddingDim) || embeddingDim < 1) {
      throw new Error(`Embedding: sizes must be positive integers, got ${numEmbeddings} × ${embeddingDim}`);
    }
    if (!rng || typeof rng.normal !== 'function') throw new Error('Embedding: an rng is required (use rng.stream("init"))');
    const w = new Float64Array(numEmbeddings * embeddingDim);
    for (let i = 0; i < w.length; i++) w[i] = rng.normal();
    this.weight = new Parameter(w, [numEmbeddings, embeddingDim], { label: 'E' });
  }

  /** Indices of any shape s → vectors of shape [...s, embeddingDim]. Backward adds into the rows used. */
  forward(indices: Tensor): Tensor {
    const d = indices.data;
    for (let i = 0; i < d.length; i++) {
      if (!Number.isInteger(d[i]) || d[i] < 0 || d[i] >= this.numEmbeddings) {
        throw new Error(`Embedding: index ${d[i]} at position ${i} of ${formatShape(indices.shape)} is out of range for ${this.numEmbeddings} embeddings`);
      }
    }
    return index(this.weight, indices);
  }
}
