// What an op's source is made of: the names src/engine/ops/activations.ts imports. The page's engine
// editor hands exactly these to a reader's edited op, so edited code runs against the real engine
// (tests/engine/opBuildingBlocks.test.ts keeps this list and those imports in step).
import { Tensor } from './tensor';
import { tracks, record, gradBuffer } from './autograd';
import { erf, normalCdf, normalPdf } from './math';
import { allocate } from './storage';

export const OP_BUILDING_BLOCKS = { Tensor, tracks, record, gradBuffer, allocate, erf, normalCdf, normalPdf } as const;
